package dev.strike.alerts.core;

import static dev.strike.alerts.core.Fixtures.SECOND;
import static dev.strike.alerts.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.EventSamples;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.PositionSnapshot;
import dev.strike.common.event.Severity;
import dev.strike.common.event.Side;
import dev.strike.common.event.Venue;
import dev.strike.common.id.AccountId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NotifierTest {
  private final Notifier notifier = new Notifier(Fixtures.settings(), T0);

  @Test
  void shouldDescribeAFillWithExactMoneyWhenATradeExecutes() {
    List<Notification> out = notifier.onEvent(Fixtures.fill("t1", Action.BUY, "0.4700", "25.00", "0.4375", T0));

    assertThat(out).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(EventType.TRADE_EXECUTED);
      assertThat(n.id()).isEqualTo("trade_executed:t1:" + EventSamples.CLIENT_ORDER_ID.value());
      assertThat(n.title()).isEqualTo("Trade: BUY 25.00 YES KXBTC15M-26AUG171330-30 @ $0.4700");
      assertThat(n.text()).startsWith("notional $11.75, fee $0.4375 (taker)\nstrategy fair-value-edge, paper, "
          + "2026-08-17 10:00:00 EDT");
      assertThat(n.fields()).containsEntry("notional", "11.75").containsEntry("price", "0.4700")
          .containsEntry("qty", "25.00").containsEntry("fee", "0.4375");
    });
  }

  @Test
  void shouldAddABigWinWhenASellClosesAPositionAboveTheThreshold() {
    notifier.onEvent(Fixtures.fill("b", Action.BUY, "0.2000", "500.00", "1.00", T0)); // cost $101.00
    List<Notification> out = notifier.onEvent(Fixtures.fill("s", Action.SELL, "0.5000", "500.00", "2.00", T0 + 1));

    assertThat(out).extracting(Notification::type).containsExactly(EventType.TRADE_EXECUTED, EventType.BIG_WIN);
    assertThat(out.get(0).fields()).containsEntry("realizedPnl", "147.00"); // 250 - 2 - 101
    assertThat(out.get(1).title()).isEqualTo("Big win: +$147.00 on KXBTC15M-26AUG171330-30");
  }

  @Test
  void shouldNotCallItABigWinWhenTheGainIsBelowTheThreshold() {
    notifier.onEvent(Fixtures.fill("b", Action.BUY, "0.4000", "100.00", "0", T0));
    List<Notification> out = notifier.onEvent(Fixtures.fill("s", Action.SELL, "0.5000", "100.00", "0", T0 + 1));

    assertThat(out).extracting(Notification::type).containsExactly(EventType.TRADE_EXECUTED);
    assertThat(out.get(0).fields()).containsEntry("realizedPnl", "10.00");
  }

  @Test
  void shouldCallASettlementABigWinWhenItPaysAtLeastTheThresholdOverCost() {
    notifier.onEvent(Fixtures.fill("b", Action.BUY, "0.3000", "200.00", "0", T0)); // cost $60
    MarketSettled settled = new MarketSettled(EventSamples.TICKER, AccountId.of("paper"), Venue.PAPER,
        MarketResult.YES, Price.ONE, Qty.parse("200.00"), Qty.ZERO, Money.parse("200"), Money.ZERO, T0 + SECOND,
        T0 + SECOND);

    assertThat(notifier.onEvent(settled)).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(EventType.BIG_WIN);
      assertThat(n.fields()).containsEntry("realizedPnl", "140.00");
    });
  }

  @Test
  void shouldMapAlertKindsToEventTypesWhenOtherServicesPublish() {
    assertThat(type(Severity.CRITICAL, "breaker")).isEqualTo(EventType.BREAKER);
    assertThat(type(Severity.CRITICAL, "emergency_stop")).isEqualTo(EventType.EMERGENCY_STOP);
    assertThat(type(Severity.CRITICAL, "error")).isEqualTo(EventType.ERROR);
    assertThat(type(Severity.WARNING, "control")).isEqualTo(EventType.CONTROL);
    assertThat(type(Severity.WARNING, "reconciliation")).isEqualTo(EventType.ERROR);
    assertThat(type(Severity.INFO, "reconciliation")).isEqualTo(EventType.NOTICE);
  }

  private EventType type(Severity severity, String kind) {
    return notifier.onEvent(Fixtures.alert("a-" + kind + severity, severity, kind, "x", T0)).get(0).type();
  }

  @Test
  void shouldCarryTheAlertIdTextAndNumbersWhenAnAlertArrives() {
    Notification n = notifier.onEvent(Fixtures.alert("abc", Severity.CRITICAL, "breaker",
        "breaker daily-loss tripped", T0)).get(0);

    assertThat(n.id()).isEqualTo("alert:abc");
    assertThat(n.title()).isEqualTo("[CRITICAL] breaker");
    assertThat(n.text()).isEqualTo("breaker daily-loss tripped\nequity: 950.25");
  }

  @Test
  void shouldSendTheDailySummaryOnceWhenTheTradingDayEnds() {
    notifier.onEvent(Fixtures.fill("b", Action.BUY, "0.4000", "10.00", "0.10", T0));
    long midnight = ZonedDateTime.of(2026, 8, 18, 0, 0, 0, 0, Fixtures.NEW_YORK).toInstant().toEpochMilli()
        * 1_000_000L;

    assertThat(notifier.onTick(midnight - 1)).isEmpty();
    List<Notification> out = notifier.onTick(midnight + SECOND);
    assertThat(out).singleElement().satisfies(n -> {
      assertThat(n.id()).isEqualTo("daily_summary:2026-08-17");
      assertThat(n.text()).startsWith("fills 1 (1 buys, 0 sells), traded $4.00, fees $0.10");
    });
    assertThat(notifier.onTick(midnight + 2 * SECOND)).isEmpty();
    assertThat(notifier.onTick(midnight + 86_400 * SECOND)).singleElement()
        .satisfies(n -> assertThat(n.text()).startsWith("fills 0"));
  }

  @Test
  void shouldWarnOfADrawdownOncePerTradingDayWhenEquityFallsBelowTheThreshold() {
    PortfolioSnapshot deep = snapshot("900", "1000", T0);

    assertThat(notifier.onEvent(snapshot("980", "1000", T0 - 1))).isEmpty();
    assertThat(notifier.onEvent(deep)).singleElement().satisfies(n -> {
      assertThat(n.type()).isEqualTo(EventType.DRAWDOWN_WARNING);
      assertThat(n.title()).isEqualTo("Drawdown 10.00% from peak");
    });
    assertThat(notifier.onEvent(snapshot("890", "1000", T0 + 1))).isEmpty();
  }

  private static PortfolioSnapshot snapshot(String cash, String peak, long ts) {
    PositionSnapshot none = null;
    return new PortfolioSnapshot(AccountId.of("paper"), Money.parse(cash), Money.ZERO, Money.ZERO, Money.ZERO,
        Money.parse(peak), none == null ? List.of() : List.of(none), new TreeMap<>(), ts, ts);
  }

  @Test
  void shouldCountASideClosedBySellWhenTheSnapshotSeededThePosition() {
    PortfolioSnapshot seeded = new PortfolioSnapshot(AccountId.of("paper"), Money.parse("1000"), Money.ZERO,
        Money.ZERO, Money.ZERO, Money.parse("1000"), List.of(new PositionSnapshot(EventSamples.TICKER,
            EventSamples.EVENT, EventSamples.SERIES, Side.YES, Qty.parse("10.00"), Money.parse("4.00"),
            Money.ZERO)), new TreeMap<>(), T0, T0);
    notifier.seed(seeded);

    List<Notification> out = notifier.onEvent(Fixtures.fill("s", Action.SELL, "0.6000", "10.00", "0", T0 + 1));
    assertThat(out.get(0).fields()).containsEntry("realizedPnl", "2.00");
  }
}
