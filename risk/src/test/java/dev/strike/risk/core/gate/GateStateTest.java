package dev.strike.risk.core.gate;

import static dev.strike.risk.core.gate.GateFixtures.NOW;
import static dev.strike.risk.core.gate.GateFixtures.SECOND_NS;
import static dev.strike.risk.core.gate.GateFixtures.STRATEGY;
import static dev.strike.risk.core.gate.GateFixtures.TICKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.Action;
import dev.strike.common.event.GateStateSnapshot;
import dev.strike.common.event.GateStateSnapshot.BreakerTrip;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.gate.GateState.TradingState;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class GateStateTest {
  private static final RiskLimits BASE = RiskProfile.BALANCED.limits();

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
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 60 * SECOND_NS, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 59 * SECOND_NS, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW, 0);

    assertThat(state.ordersSince(NOW - 60 * SECOND_NS)).isEqualTo(2);
  }

  @Test
  void shouldKeepOrderTimesSortedWhenApprovalsArriveOutOfOrder() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 10 * SECOND_NS, 0);

    assertThat(state.export().orderTimesNs()).containsExactly(NOW - 10 * SECOND_NS, NOW);
    assertThat(state.ordersSince(NOW - 5 * SECOND_NS)).isEqualTo(1);
  }

  @Test
  void shouldForgetOrdersOlderThanADayWhenAnOrderIsApproved() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - GateState.ORDER_HISTORY_NS, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - GateState.ORDER_HISTORY_NS + 1, 0);
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW, 0);

    assertThat(state.export().orderTimesNs()).containsExactly(NOW - GateState.ORDER_HISTORY_NS + 1, NOW);
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
