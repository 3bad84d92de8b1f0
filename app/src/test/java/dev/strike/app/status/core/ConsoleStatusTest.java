package dev.strike.app.status.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.money.Money;
import org.junit.jupiter.api.Test;

class ConsoleStatusTest {
  private static final ConsoleStatus.Account ACCOUNT = new ConsoleStatus.Account(Money.parse("987.65"),
      Money.parse("-12.35"), 2, 3, 2, Money.parse("0.4225"));

  @Test
  void shouldPrintEveryFigureWhenTheProcessRunsExecutionAndRisk() {
    ConsoleStatus status = new ConsoleStatus(3_725, 19_809, new ConsoleStatus.Trades(12, 3), ACCOUNT);

    assertThat(status.format()).isEqualTo("status: up 1h02m05s | events 19809 | trades 12 (maker 25.0%)"
        + " | balance $987.65 | daily P&L -$12.35 | open positions 2 | win rate 60.0% (3 of 5) | fees $0.4225");
  }

  @Test
  void shouldLeaveOutTheAccountWhenRiskRunsInAnotherProcess() {
    ConsoleStatus status = new ConsoleStatus(45, 7, new ConsoleStatus.Trades(0, 0), null);

    assertThat(status.format()).isEqualTo("status: up 45s | events 7 | trades 0");
  }

  @Test
  void shouldLeaveOutTheTradesAndSayNoWinRateWhenNoRoundTripClosed() {
    ConsoleStatus status = new ConsoleStatus(2 * 86_400 + 4 * 3_600, 0, null,
        new ConsoleStatus.Account(Money.ofDollars(1_000), Money.ZERO, 0, 0, 0, Money.ZERO));

    assertThat(status.format()).isEqualTo("status: up 2d04h00m00s | events 0 | balance $1000.00 | daily P&L $0.00"
        + " | open positions 0 | win rate n/a (no round trip closed) | fees $0.00");
  }

  @Test
  void shouldRoundTheMakerShareHalfUpWhenItHasMoreThanOneDecimal() {
    assertThat(ConsoleStatus.percent(1, 3)).isEqualTo("33.3%");
    assertThat(ConsoleStatus.percent(2, 3)).isEqualTo("66.7%");
    assertThat(ConsoleStatus.percent(1, 16)).isEqualTo("6.3%");
    assertThat(ConsoleStatus.duration(187)).isEqualTo("3m07s");
  }

  @Test
  void shouldRejectMoreMakerFillsThanFillsWhenBuilt() {
    assertThatThrownBy(() -> new ConsoleStatus.Trades(1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
