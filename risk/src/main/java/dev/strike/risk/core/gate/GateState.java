package dev.strike.risk.core.gate;

import dev.strike.common.event.Action;
import dev.strike.common.event.GateStateSnapshot;
import dev.strike.common.event.GateStateSnapshot.BreakerTrip;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the risk gate remembers between decisions: the operator's switches (trading state, disabled strategies,
 * parameter overrides), the tripped breakers and their baselines, and the approved orders it counts for rate caps
 * and cooldowns. {@link RiskGate} only reads it; the risk shell changes it on control commands and approvals, and
 * {@link Breakers} records trips in it. {@link #export()} and {@link #restore(GateStateSnapshot)} carry it across a
 * restart. All times are epoch nanoseconds of event time.
 *
 * <p>Approved orders are counted per second of event time ({@code floor(ns / 1e9)}), not kept one by one, so that
 * the memory and the snapshot stay bounded at any order rate: one bucket per second of the last day, at most 86,401
 * (a day that does not start on a whole second touches that many). An approval counts in a rate window as if it
 * happened at the last nanosecond of its second: a rate cap is never looser than with exact times, and at most one
 * second stricter (see {@link #ordersSince(long)}).
 *
 * <p>Mutable and not thread-safe: one risk thread owns it.
 */
public final class GateState {
  /** How long approved orders are counted: the longest rate window, one day. */
  public static final long ORDER_HISTORY_NS = 86_400_000_000_000L;

  /** Whether the gate lets orders through. */
  public enum TradingState {
    /** Everything the limits allow passes. */
    RUNNING,
    /** Entries and quotes are refused; exits pass. */
    PAUSED,
    /** Everything is refused (the shell also cancels resting orders). */
    HALTED
  }

  private TradingState tradingState = TradingState.RUNNING;
  private @Nullable String tradingReason;
  private final TreeSet<StrategyId> disabledStrategies = new TreeSet<>();
  private final TreeMap<String, BreakerTrip> breakers = new TreeMap<>();
  private final ApprovalsPerSecond approvals = new ApprovalsPerSecond();
  private final TreeMap<String, Long> cooldownUntilNs = new TreeMap<>();
  private final TreeMap<String, String> parameters = new TreeMap<>();
  private final TreeMap<String, String> exitParameters = new TreeMap<>();
  private final TreeMap<String, Long> breakerBaselines = new TreeMap<>();

  /** A running gate that has seen nothing. */
  public GateState() {}

  // ---- trading state

  /** The current trading state. */
  public TradingState tradingState() {
    return tradingState;
  }

  /** Why trading is paused or halted; null while running. */
  public @Nullable String tradingReason() {
    return tradingReason;
  }

  /** Refuses entries and quotes until {@link #resume()}. A halted gate stays halted: resume it first. */
  public void pause(String reason) {
    requireText(reason, "reason");
    if (tradingState != TradingState.HALTED) {
      tradingState = TradingState.PAUSED;
      tradingReason = reason;
    }
  }

  /** Refuses everything until {@link #resume()}. */
  public void halt(String reason) {
    requireText(reason, "reason");
    tradingState = TradingState.HALTED;
    tradingReason = reason;
  }

  /** Back to running, from paused or halted. Tripped breakers stay tripped: they are reset on their own. */
  public void resume() {
    tradingState = TradingState.RUNNING;
    tradingReason = null;
  }

  // ---- strategies

  /** Switches a strategy on or off (an operator's command; the allowlist of the limits applies as well). */
  public void setStrategyEnabled(StrategyId strategy, boolean enabled) {
    Objects.requireNonNull(strategy, "strategy");
    if (enabled) {
      disabledStrategies.remove(strategy);
    } else {
      disabledStrategies.add(strategy);
    }
  }

  /** Whether an operator has not switched {@code strategy} off. */
  public boolean isStrategyEnabled(StrategyId strategy) {
    return !disabledStrategies.contains(strategy);
  }

  // ---- breakers

  /** Records a tripped breaker (replacing an earlier trip of the same name). */
  public void trip(BreakerTrip trip) {
    breakers.put(trip.breaker(), trip);
  }

  /** The trip of breaker {@code name}, or null if it is not tripped. */
  public @Nullable BreakerTrip trippedBreaker(String name) {
    return breakers.get(name);
  }

  /** Every tripped breaker, sorted by name. */
  public List<BreakerTrip> trippedBreakers() {
    return List.copyOf(breakers.values());
  }

  /** Clears the trip of breaker {@code name}; whether it was tripped. */
  public boolean clearTrip(String name) {
    return breakers.remove(name) != null;
  }

  /** The measure breaker {@code name} was last reset at, if it has a baseline. */
  public OptionalLong breakerBaseline(String name) {
    Long baseline = breakerBaselines.get(name);
    return baseline == null ? OptionalLong.empty() : OptionalLong.of(baseline);
  }

  /** Sets the measure breaker {@code name} must get worse than before it trips again. */
  public void setBreakerBaseline(String name, long measure) {
    requireText(name, "name");
    breakerBaselines.put(name, measure);
  }

  /** Forgets the baseline of breaker {@code name}: it trips again at its threshold. */
  public void clearBreakerBaseline(String name) {
    breakerBaselines.remove(name);
  }

  // ---- approvals: rate caps and cooldowns

  /**
   * Counts an approved order: one more in the second of {@code nowNs} for the rate caps (seconds that no longer end
   * within a day before {@code nowNs} are dropped: {@code ordersSince(nowNs - ORDER_HISTORY_NS)} would not count
   * them) and, if {@code cooldownNs} is positive, a cooldown of {@code ticker|side|action} until {@code nowNs +
   * cooldownNs}. Cooldowns that ended by {@code nowNs} are dropped. {@code nowNs} may be slightly older than earlier
   * approvals (it is counted in its own second).
   */
  public void onApproved(MarketTicker ticker, Side side, Action action, long nowNs, long cooldownNs) {
    if (cooldownNs < 0) {
      throw new IllegalArgumentException("cooldownNs must not be negative, got " + cooldownNs);
    }
    if (nowNs < 0) {
      throw new IllegalArgumentException("nowNs must be epoch nanoseconds (>= 0), got " + nowNs);
    }
    approvals.add(ApprovalsPerSecond.secondOf(nowNs), 1);
    approvals.dropBefore(ApprovalsPerSecond.firstSecondEndingAfter(nowNs - ORDER_HISTORY_NS));
    cooldownUntilNs.values().removeIf(until -> until <= nowNs);
    if (cooldownNs > 0) {
      cooldownUntilNs.merge(cooldownKey(ticker, side, action), Math.addExact(nowNs, cooldownNs), Math::max);
    }
  }

  /**
   * Approved orders in every second that ends after {@code afterNs} (a second {@code s} ends at {@code (s + 1) * 1e9
   * - 1} ns), counted for one day: each approval counts as if made at the last nanosecond of its second. So this is
   * at least the number of approvals strictly after {@code afterNs} and at most the number strictly after {@code
   * afterNs - 1e9}: a cap on it is conservative by less than one second. O(log buckets).
   */
  public int ordersSince(long afterNs) {
    return approvals.countSince(afterNs);
  }

  /** When the cooldown of {@code ticker|side|action} ends, epoch ns, or empty if there is none recorded. */
  public OptionalLong cooldownUntil(MarketTicker ticker, Side side, Action action) {
    Long until = cooldownUntilNs.get(cooldownKey(ticker, side, action));
    return until == null ? OptionalLong.empty() : OptionalLong.of(until);
  }

  /** The cooldown key {@code ticker|side|action}, e.g. {@code KXBTC15M-26AUG171330-30|YES|BUY}. */
  public static String cooldownKey(MarketTicker ticker, Side side, Action action) {
    return ticker.value() + "|" + side.name() + "|" + action.name();
  }

  // ---- runtime parameters

  /**
   * Overrides one limit at run time. The override is checked against {@code base} together with the other
   * overrides and kept only if the result is valid.
   *
   * @return the limits now in force
   * @throws IllegalArgumentException naming the key and the problem; the state is unchanged then
   */
  public RiskLimits setParameter(RiskLimits base, String key, String value) {
    TreeMap<String, String> next = new TreeMap<>(parameters);
    next.put(key, value);
    RiskLimits limits = base.with(next);
    parameters.put(key, value.trim());
    return limits;
  }

  /** Prefix of the exit-rule overrides inside the snapshot's {@code parameters}. */
  public static final String EXIT_PARAMETER_PREFIX = "exits.";

  /** Records an exit-rule override (the caller validated it against the exit rules). */
  public void recordExitParameter(String key, String value) {
    requireText(key, "key");
    exitParameters.put(key, value.trim());
  }

  /** The exit-rule overrides, by key. */
  public SortedMap<String, String> exitParameters() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(exitParameters));
  }

  /** Drops the override of {@code key}; whether there was one. */
  public boolean clearParameter(String key) {
    return parameters.remove(key) != null;
  }

  /** The overrides, by key. */
  public SortedMap<String, String> parameters() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }

  /**
   * {@code base} with the overrides applied: the limits in force.
   *
   * @throws IllegalArgumentException if the overrides no longer fit {@code base} (it changed since they were set)
   */
  public RiskLimits limits(RiskLimits base) {
    return parameters.isEmpty() ? base : base.with(parameters);
  }

  // ---- snapshot

  /** Everything above as the snapshot record, sorted, for {@link #restore(GateStateSnapshot)}. */
  public GateStateSnapshot export() {
    return new GateStateSnapshot(tradingState.name(), tradingReason, List.copyOf(breakers.values()),
        List.copyOf(disabledStrategies), approvals.export(), new TreeMap<>(cooldownUntilNs), allParameters(),
        new TreeMap<>(breakerBaselines), List.of());
  }

  private TreeMap<String, String> allParameters() {
    TreeMap<String, String> all = new TreeMap<>(parameters);
    exitParameters.forEach((key, value) -> all.put(EXIT_PARAMETER_PREFIX + key, value));
    return all;
  }

  /**
   * A gate state equal to the one {@code snapshot} was exported from. The order times of a snapshot written before
   * orders were counted per second ({@code orderTimesNs}) are folded into their seconds.
   */
  public static GateState restore(GateStateSnapshot snapshot) {
    GateState state = new GateState();
    state.tradingState = TradingState.valueOf(snapshot.tradingState());
    state.tradingReason = state.tradingState == TradingState.RUNNING ? null : snapshot.tradingReason();
    snapshot.breakers().forEach(state::trip);
    state.disabledStrategies.addAll(snapshot.disabledStrategies());
    snapshot.orderSeconds().forEachSecond(state.approvals::add);
    snapshot.orderTimesNs().stream().mapToLong(Long::longValue).sorted()
        .forEach(timeNs -> state.approvals.add(ApprovalsPerSecond.secondOf(timeNs), 1));
    state.cooldownUntilNs.putAll(snapshot.cooldownUntilNs());
    snapshot.parameters().forEach((key, value) -> {
      if (key.startsWith(EXIT_PARAMETER_PREFIX)) {
        state.exitParameters.put(key.substring(EXIT_PARAMETER_PREFIX.length()), value);
      } else {
        state.parameters.put(key, value);
      }
    });
    for (Map.Entry<String, Long> baseline : snapshot.breakerBaselines().entrySet()) {
      state.breakerBaselines.put(baseline.getKey(), baseline.getValue());
    }
    return state;
  }

  private static void requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }
}
