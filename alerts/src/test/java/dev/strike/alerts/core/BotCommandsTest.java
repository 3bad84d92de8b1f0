package dev.strike.alerts.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.EventSamples;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.PositionSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.id.AccountId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BotCommandsTest {
  private final BotCommands commands = new BotCommands(Fixtures.NEW_YORK);
  private final PortfolioSnapshot snapshot = new PortfolioSnapshot(AccountId.of("paper"), Money.parse("990.50"),
      Money.parse("5"), Money.parse("12.25"), Money.parse("1.10"), Money.parse("1000"), List.of(new PositionSnapshot(
          EventSamples.TICKER, EventSamples.EVENT, EventSamples.SERIES, Side.YES, Qty.parse("10.00"),
          Money.parse("4.10"), Money.ZERO, Price.parse("0.55"), Price.parse("0.55"), Fixtures.T0)),
      new TreeMap<>(), Fixtures.T0, Fixtures.T0);

  @Test
  void shouldReportBalanceFromTheLatestSnapshotWhenAsked() {
    BotCommands.Reply reply = commands.handle("/balance", snapshot);

    assertThat(reply.action()).isEqualTo(BotCommands.Action.NONE);
    assertThat(reply.text()).isEqualTo("Cash $990.50 (reserved for orders $5.00)\nEquity $996.00\n"
        + "As of 2026-08-17 10:00:00 EDT");
  }

  @Test
  void shouldListPositionsWithUnrealizedPnlWhenAsked() {
    assertThat(commands.handle("/positions@StrikeBot", snapshot).text())
        .contains("• KXBTC15M-26AUG171330-30 YES 10.00 cost $4.10, mark $0.5500 (unrealized +$1.40)");
  }

  @Test
  void shouldAskTheShellToPauseWithTheGivenReasonWhenPauseArrives() {
    assertThat(commands.handle("/pause  news at 10", snapshot).action()).isEqualTo(BotCommands.Action.PAUSE);
    assertThat(BotCommands.pauseReason("/pause  news at 10")).isEqualTo("news at 10");
    assertThat(BotCommands.pauseReason("/pause")).isEqualTo("paused from Telegram");
    assertThat(commands.handle("/resume", snapshot).action()).isEqualTo(BotCommands.Action.RESUME);
  }

  @Test
  void shouldSayThereIsNoSnapshotWhenNoneWasSeen() {
    assertThat(commands.handle("/status", null).text()).startsWith("No portfolio snapshot yet");
    assertThat(commands.handle("/performance", snapshot).text()).startsWith("Realized P&L +$12.25, fees $1.10");
  }

  @Test
  void shouldListTheCommandsWhenHelpOrAnUnknownCommandArrives() {
    assertThat(commands.handle("/help", snapshot).text()).isEqualTo(BotCommands.HELP);
    assertThat(commands.handle("/buy", snapshot).text()).startsWith("Unknown command /buy. Strike bot commands:");
  }
}
