package dev.strike.common.event;

import dev.strike.common.id.StrategyId;
import java.util.List;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * The risk gate's own state inside a {@link PortfolioSnapshot}: what an operator switched and what the gate counted,
 * so that a restart decides exactly as an uninterrupted run would.
 *
 * @param tradingState {@code RUNNING}, {@code PAUSED} or {@code HALTED}
 * @param tradingReason why trading is paused or halted, null while running
 * @param breakers the tripped breakers, sorted by name
 * @param disabledStrategies strategies switched off by an operator, sorted
 * @param orderTimesNs event times of the orders approved in the last day, ascending (for rate caps)
 * @param cooldownUntilNs per {@code ticker|side|action}, when its cooldown ends, epoch ns
 * @param parameters limit overrides applied at run time through {@code control}, by configuration key
 * @param breakerBaselines per breaker, the measure seen when it was last reset (it trips again only past it)
 */
public record GateStateSnapshot(
    String tradingState,
    @Nullable String tradingReason,
    List<BreakerTrip> breakers,
    List<StrategyId> disabledStrategies,
    List<Long> orderTimesNs,
    SortedMap<String, Long> cooldownUntilNs,
    SortedMap<String, String> parameters,
    SortedMap<String, Long> breakerBaselines) {

  /** A running gate that has seen nothing. */
  public static final GateStateSnapshot EMPTY = new GateStateSnapshot("RUNNING", null, List.of(), List.of(),
      List.of(), new java.util.TreeMap<>(), new java.util.TreeMap<>(), new java.util.TreeMap<>());

  /** Validates presence and a known trading state. */
  public GateStateSnapshot {
    Require.text(tradingState, "tradingState");
    if (!tradingState.equals("RUNNING") && !tradingState.equals("PAUSED") && !tradingState.equals("HALTED")) {
      throw new IllegalArgumentException("tradingState must be RUNNING, PAUSED or HALTED, got " + tradingState);
    }
    breakers = Require.list(breakers, "breakers");
    disabledStrategies = Require.list(disabledStrategies, "disabledStrategies");
    orderTimesNs = Require.list(orderTimesNs, "orderTimesNs");
    cooldownUntilNs = Require.sortedMap(cooldownUntilNs, "cooldownUntilNs");
    parameters = Require.sortedMap(parameters, "parameters");
    breakerBaselines = Require.sortedMap(breakerBaselines, "breakerBaselines");
  }

  /**
   * A tripped circuit breaker.
   *
   * @param breaker its name ({@code daily_loss}, {@code drawdown}, {@code consecutive_losses})
   * @param trippedAtNs when it tripped, epoch ns (event time)
   * @param detail one line with the numbers that tripped it
   */
  public record BreakerTrip(String breaker, long trippedAtNs, String detail) {
    /** Validates presence. */
    public BreakerTrip {
      Require.text(breaker, "breaker");
      Require.text(detail, "detail");
      Require.timestamp(trippedAtNs, "trippedAtNs");
    }
  }
}
