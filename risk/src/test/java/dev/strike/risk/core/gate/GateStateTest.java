package dev.strike.risk.core.gate;

import static dev.strike.risk.core.gate.GateFixtures.NOW;
import static dev.strike.risk.core.gate.GateFixtures.SECOND_NS;
import static dev.strike.risk.core.gate.GateFixtures.STRATEGY;
import static dev.strike.risk.core.gate.GateFixtures.TICKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.strike.common.event.Action;
import dev.strike.common.event.GateStateSnapshot;
import dev.strike.common.event.GateStateSnapshot.BreakerTrip;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.gate.GateState.TradingState;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.id.AccountId;
import dev.strike.common.json.JsonCodec;
import dev.strike.common.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GateStateTest {
  private static final RiskLimits BASE = RiskProfile.BALANCED.limits();

  private static void approve(GateState state, long nowNs, int times) {
    for (int i = 0; i < times; i++) {
      state.onApproved(TICKER, Side.YES, Action.BUY, nowNs, 0);
    }
  }

  /** The counted seconds of {@code state}'s snapshot, epoch second to count. */
  private static List<Map.Entry<Long, Long>> secondsOf(GateState state) {
    List<Map.Entry<Long, Long>> seconds = new ArrayList<>();
    state.export().orderSeconds().forEachSecond((second, count) -> seconds.add(entry(second, count)));
    return seconds;
  }

  private static PortfolioSnapshot portfolioWith(GateStateSnapshot gate) {
    Money thousand = Money.ofDollars(1_000);
    return new PortfolioSnapshot(AccountId.of("kalshi-demo"), thousand, Money.ZERO, Money.ZERO, Money.ZERO,
        thousand, List.of(), new TreeMap<>(), thousand, 0, 0, 0, 0, 0, List.of(), List.of(), List.of(), gate,
        new TreeMap<>(), 0, NOW, NOW);
  }

  private static GateState everythingSet() {
    GateState state = new GateState();
    state.pause("news at 14:00");
    state.setStrategyEnabled(STRATEGY, false);
    state.trip(new BreakerTrip(Breakers.DRAWDOWN, NOW - 5 * SECOND_NS, "drawdown 1500 bps"));
    state.setBreakerBaseline(Breakers.CONSECUTIVE_LOSSES, 3);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 2 * SECOND_NS, 30 * SECOND_NS);
    state.onApproved(MarketTicker.of("KXETH15M-X"), Side.NO, Action.SELL, NOW - SECOND_NS, 30 * SECOND_NS);
    state.setParameter(BASE, "max-order-qty", "10");
    state.setParameter(BASE, "cooldown", "45s");
    return state;
  }

  @Test
  void shouldRestoreTheSameStateWhenExportedAndRestored() {
    GateState state = everythingSet();

    GateStateSnapshot snapshot = state.export();
    GateState restored = GateState.restore(snapshot);

    assertThat(restored.export()).isEqualTo(snapshot);
    assertThat(restored.tradingState()).isEqualTo(TradingState.PAUSED);
    assertThat(restored.tradingReason()).isEqualTo("news at 14:00");
    assertThat(restored.isStrategyEnabled(STRATEGY)).isFalse();
    assertThat(restored.trippedBreaker(Breakers.DRAWDOWN)).isNotNull();
    assertThat(restored.breakerBaseline(Breakers.CONSECUTIVE_LOSSES)).isEqualTo(OptionalLong.of(3));
    assertThat(restored.ordersSince(NOW - 60 * SECOND_NS)).isEqualTo(2);
    assertThat(restored.cooldownUntil(TICKER, Side.YES, Action.BUY)).isEqualTo(OptionalLong.of(NOW + 28 * SECOND_NS));
    assertThat(restored.limits(BASE).maxOrderQty()).isEqualTo(Qty.ofContracts(10));
  }

  @Test
  void shouldBeTheEmptySnapshotWhenNothingHappened() {
    assertThat(new GateState().export()).isEqualTo(GateStateSnapshot.EMPTY);
  }

  @Test
  void shouldCountOnlyOrdersAfterTheGivenTime() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 60 * SECOND_NS - 1, 0); // its second ends at the start
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 59 * SECOND_NS, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW, 0);

    assertThat(state.ordersSince(NOW - 60 * SECOND_NS)).isEqualTo(2);
  }

  @Test
  void shouldCountEveryWindowFromItsSecondsWhenApprovalsFallInSeveralSeconds() {
    GateState state = new GateState();
    approve(state, NOW - 3_600 * SECOND_NS, 4); // an hour ago
    approve(state, NOW - 61 * SECOND_NS + 999_999_999, 2); // the last ns of the second before the minute
    approve(state, NOW - 30 * SECOND_NS + 123, 3);
    approve(state, NOW, 1);

    assertThat(state.ordersSince(NOW - 60 * SECOND_NS)).isEqualTo(4);
    assertThat(state.ordersSince(NOW - 62 * SECOND_NS)).isEqualTo(6);
    assertThat(state.ordersSince(NOW - GateState.ORDER_HISTORY_NS)).isEqualTo(10);
    assertThat(state.ordersSince(NOW - 1)).isEqualTo(1);
    assertThat(state.ordersSince(NOW + SECOND_NS - 1)).isZero();
    assertThat(state.export().orderSeconds().counts()).hasSize(7); // 4 busy seconds, 3 quiet runs between them
  }

  @Test
  void shouldCountAnApprovalAtTheEndOfItsSecondWhenTheWindowStartsWithinIt() {
    long second = NOW - 10 * SECOND_NS;
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, second + 100_000_000, 0);

    // Exact times would not count it (it is before the window start); its second ends inside the window.
    assertThat(state.ordersSince(second + 500_000_000)).isEqualTo(1);
    assertThat(state.ordersSince(second + SECOND_NS - 2)).isEqualTo(1);
    assertThat(state.ordersSince(second + SECOND_NS - 1)).isZero();
  }

  @Test
  void shouldCountInTheRightSecondWhenApprovalsArriveOutOfOrder() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 10 * SECOND_NS, 0); // a second without a bucket yet
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW + SECOND_NS, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW + 500, 0); // an older second with a bucket
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 10 * SECOND_NS + 7, 0);

    assertThat(secondsOf(state)).containsExactly(entry(NOW / SECOND_NS - 10, 2L), entry(NOW / SECOND_NS, 2L),
        entry(NOW / SECOND_NS + 1, 1L));
    assertThat(state.ordersSince(NOW - 5 * SECOND_NS)).isEqualTo(3);
    assertThat(state.ordersSince(NOW - 11 * SECOND_NS)).isEqualTo(5);
  }

  @Test
  void shouldForgetSecondsThatEndMoreThanADayAgoWhenAnOrderIsApproved() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - GateState.ORDER_HISTORY_NS - 1, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - GateState.ORDER_HISTORY_NS, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW, 0);

    // The second of NOW - 1 day ends after NOW - 1 day, so a day cap at NOW still counts it; the one before does not.
    assertThat(secondsOf(state)).containsExactly(entry(NOW / SECOND_NS - 86_400, 1L), entry(NOW / SECOND_NS, 1L));
    assertThat(state.ordersSince(NOW - GateState.ORDER_HISTORY_NS)).isEqualTo(2);
  }

  @Test
  void shouldKeepAtMostADayOfSecondsWhenOrdersArriveEverySecondForTwoDays() {
    GateState state = new GateState();
    for (long s = 0; s < 2 * 86_400; s++) {
      state.onApproved(TICKER, Side.YES, Action.BUY, NOW + s * SECOND_NS + 500_000_000, 0);
    }

    // Seconds ending after now - 1 day: the current one and the 86,400 before it (a day that does not start on a
    // whole second touches 86,401 seconds).
    assertThat(secondsOf(state)).hasSize(86_401);
    assertThat(state.ordersSince(NOW + 86_400 * SECOND_NS)).isEqualTo(86_400);
  }

  @Test
  void shouldAnswerEveryWindowAlikeWhenExportedAndRestored() {
    GateState state = new GateState();
    long[] offsets = {-86_000, -3_599, -3_000, -61, -60, -59, -1, 0};
    for (int i = 0; i < offsets.length; i++) {
      approve(state, NOW + offsets[i] * SECOND_NS + i * 111_111_111L, i + 1);
    }

    GateState restored = GateState.restore(state.export());

    for (long afterNs = NOW - GateState.ORDER_HISTORY_NS; afterNs <= NOW; afterNs += 250_000_000L) {
      assertThat(restored.ordersSince(afterNs)).as("after %d", afterNs).isEqualTo(state.ordersSince(afterNs));
    }
    assertThat(restored.export()).isEqualTo(state.export());
  }

  @Test
  void shouldFoldOrderTimesIntoSecondsWhenRestoringASnapshotWrittenBeforeSecondsExisted() {
    GateStateSnapshot old = new GateStateSnapshot("RUNNING", null, List.of(), List.of(), null, new TreeMap<>(),
        new TreeMap<>(), new TreeMap<>(),
        List.of(NOW - 61 * SECOND_NS, NOW - 2 * SECOND_NS + 5, NOW - 2 * SECOND_NS + 900_000_000L, NOW - 90 * SECOND_NS,
            NOW - 2 * SECOND_NS));

    GateState restored = GateState.restore(old);

    assertThat(secondsOf(restored)).containsExactly(entry(NOW / SECOND_NS - 90, 1L),
        entry(NOW / SECOND_NS - 61, 1L), entry(NOW / SECOND_NS - 2, 3L));
    assertThat(restored.ordersSince(NOW - 60 * SECOND_NS)).isEqualTo(3);
    assertThat(restored.export().orderTimesNs()).isEmpty();
  }

  @Test
  void shouldEncodeAnHourAtAThousandOrdersASecondInUnder200KilobytesWhenSnapshotted() {
    GateState state = new GateState();
    for (long s = 0; s < 3_600; s++) {
      approve(state, NOW + s * SECOND_NS + 1_000 * s, 1_000);
    }

    byte[] json = JsonCodec.of(PortfolioSnapshot.class).encode(portfolioWith(state.export()));

    // One time per order was ~20 bytes each: 3.6 million orders made ~72 MB.
    assertThat(json.length).isLessThan(200_000);
    assertThat(state.ordersSince(NOW + 3_540 * SECOND_NS)).isEqualTo(60_000);
  }

  @Test
  void shouldEncodeADayOfBusySecondsUnderKafkasRecordLimitWhenSnapshotted() {
    GateStateSnapshot.OrderSeconds.Builder day = GateStateSnapshot.OrderSeconds.builder();
    for (long s = 0; s < 86_400; s++) {
      day.add(NOW / SECOND_NS - 86_399 + s, 99_999);
    }
    GateState state = GateState.restore(new GateStateSnapshot("RUNNING", null, List.of(), List.of(), day.build(),
        new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), List.of()));
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW, 0);

    byte[] json = JsonCodec.of(PortfolioSnapshot.class).encode(portfolioWith(state.export()));

    assertThat(json.length).isLessThan(1_048_576 / 2);
  }

  @Test
  void shouldStartACooldownOfTickerSideAndActionWhenAnOrderIsApproved() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW, 30 * SECOND_NS);

    assertThat(state.cooldownUntil(TICKER, Side.YES, Action.BUY)).isEqualTo(OptionalLong.of(NOW + 30 * SECOND_NS));
    assertThat(state.cooldownUntil(TICKER, Side.YES, Action.SELL)).isEmpty();
    assertThat(state.export().cooldownUntilNs()).containsOnlyKeys(TICKER.value() + "|YES|BUY");
  }

  @Test
  void shouldForgetEndedCooldownsWhenAnOrderIsApproved() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 30 * SECOND_NS, 30 * SECOND_NS);
    state.onApproved(TICKER, Side.NO, Action.BUY, NOW, 0);

    assertThat(state.export().cooldownUntilNs()).isEmpty();
  }

  @Test
  void shouldStayHaltedWhenPausedWhileHalted() {
    GateState state = new GateState();
    state.halt("exchange outage");
    state.pause("operator");

    assertThat(state.tradingState()).isEqualTo(TradingState.HALTED);
    assertThat(state.tradingReason()).isEqualTo("exchange outage");
  }

  @Test
  void shouldRunWithoutReasonWhenResumed() {
    GateState state = new GateState();
    state.halt("exchange outage");
    state.resume();

    assertThat(state.tradingState()).isEqualTo(TradingState.RUNNING);
    assertThat(state.tradingReason()).isNull();
  }

  @Test
  void shouldReEnableAStrategyWhenSwitchedBackOn() {
    GateState state = new GateState();
    state.setStrategyEnabled(STRATEGY, false);
    state.setStrategyEnabled(STRATEGY, true);

    assertThat(state.isStrategyEnabled(STRATEGY)).isTrue();
  }

  @Test
  void shouldKeepTheStateWhenAParameterIsInvalid() {
    GateState state = new GateState();
    state.setParameter(BASE, "min-order-qty", "5");

    assertThatThrownBy(() -> state.setParameter(BASE, "max-order-qty", "2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minOrderQty");
    assertThat(state.parameters()).containsOnlyKeys("min-order-qty");
  }

  @Test
  void shouldApplyEveryOverrideWhenTheLimitsAreAsked() {
    GateState state = new GateState();
    RiskLimits returned = state.setParameter(BASE, "max-order-qty", "10");
    state.setParameter(BASE, "kelly-fraction", "0.1");

    RiskLimits limits = state.limits(BASE);

    assertThat(returned.maxOrderQty()).isEqualTo(Qty.ofContracts(10));
    assertThat(limits).isEqualTo(BASE.with("max-order-qty", "10").with("kelly-fraction", "0.1"));
    assertThat(state.clearParameter("kelly-fraction")).isTrue();
    assertThat(state.limits(BASE)).isEqualTo(returned);
  }
}
