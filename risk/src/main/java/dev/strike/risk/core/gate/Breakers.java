package dev.strike.risk.core.gate;

import dev.strike.common.event.DenialReason;
import dev.strike.common.event.DenialReason.ConsecutiveLossesReached;
import dev.strike.common.event.DenialReason.DailyLossLimitReached;
import dev.strike.common.event.DenialReason.DrawdownLimitReached;
import dev.strike.common.event.GateStateSnapshot.BreakerTrip;
import dev.strike.risk.core.PortfolioView;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The three circuit breakers. Each has a <em>measure</em> where larger is worse and trips when the measure reaches its
 * limit:
 *
 * <ul>
 *   <li>{@value #DAILY_LOSS}: today's loss in micro-dollars ({@code −dailyPnl}, 0 on a winning day); trips when it is at
 *       least {@link RiskLimits#maxDailyLoss()} or at least {@link RiskLimits#maxDailyLossBps()} of start-of-day
 *       equity;
 *   <li>{@value #DRAWDOWN}: {@link PortfolioView#drawdownBps()}; trips at {@link RiskLimits#maxDrawdownBps()};
 *   <li>{@value #CONSECUTIVE_LOSSES}: {@link PortfolioView#consecutiveLosses()}; trips at
 *       {@link RiskLimits#maxConsecutiveLosses()}.
 * </ul>
 *
 * <p>A tripped breaker stays tripped, whatever the measure does, until an operator {@linkplain #reset resets} it. A
 * reset records the measure as the breaker's baseline: the breaker then trips again only when its measure gets worse
 * than the baseline, so a reset is not undone by the very loss the operator just accepted. A baseline ends when its
 * measure starts over: the daily loss on a new trading day ({@link #onNewTradingDay}), the drawdown at a new equity
 * peak (drawdown 0), the losing streak at a win (0 losses in a row).
 *
 * <p>Stateless; the trips and baselines live in {@link GateState}. Thread-safe.
 */
public final class Breakers {
  /** The daily loss breaker. */
  public static final String DAILY_LOSS = "daily_loss";
  /** The drawdown breaker. */
  public static final String DRAWDOWN = "drawdown";
  /** The losing streak breaker. */
  public static final String CONSECUTIVE_LOSSES = "consecutive_losses";
  /** Every breaker, in the order they are evaluated. */
  public static final List<String> NAMES = List.of(DAILY_LOSS, DRAWDOWN, CONSECUTIVE_LOSSES);
  /** The name that resets every breaker. */
  public static final String ALL = "all";

  /** Breakers with nothing to configure: the limits come with each call. */
  public Breakers() {}

  /**
   * Trips every breaker whose measure reached its limit (and is past its baseline), recording the trip in
   * {@code state}; ends baselines whose measure started over.
   *
   * @param nowNs event time of the evaluation, epoch ns: the trip time
   * @return the breakers that tripped now (not those that were tripped already), in {@link #NAMES} order
   */
  public List<BreakerTrip> evaluate(PortfolioView portfolio, RiskLimits limits, GateState state, long nowNs) {
    endStartedOverBaselines(portfolio, state);
    List<BreakerTrip> tripped = new ArrayList<>();
    for (String name : NAMES) {
      if (state.trippedBreaker(name) != null) {
        continue;
      }
      DenialReason reached = reached(name, portfolio, limits, state);
      if (reached != null) {
        BreakerTrip trip = new BreakerTrip(name, nowNs, detail(reached));
        state.trip(trip);
        tripped.add(trip);
      }
    }
    return List.copyOf(tripped);
  }

  /**
   * What {@link #evaluate} would trip now, without changing anything: one reason with the numbers per breaker that is
   * not tripped yet but whose measure has reached its limit past its baseline. The gate refuses entries on these too,
   * so a decision never depends on whether the shell evaluated the breakers first.
   */
  public List<DenialReason> wouldTrip(PortfolioView portfolio, RiskLimits limits, GateState state) {
    List<DenialReason> reasons = new ArrayList<>();
    for (String name : NAMES) {
      if (state.trippedBreaker(name) == null) {
        DenialReason reached = reached(name, portfolio, limits, state);
        if (reached != null) {
          reasons.add(reached);
        }
      }
    }
    return List.copyOf(reasons);
  }

  /**
   * An operator's reset: clears the trip of breaker {@code name} (or of every breaker for {@value #ALL}) and records
   * its current measure as its baseline.
   *
   * @return the breakers that were tripped and are now clear
   * @throws IllegalArgumentException for an unknown breaker name
   */
  public List<String> reset(String name, PortfolioView portfolio, GateState state) {
    List<String> names;
    if (ALL.equals(name)) {
      names = NAMES;
    } else if (NAMES.contains(name)) {
      names = List.of(name);
    } else {
      throw new IllegalArgumentException("unknown breaker \"" + name + "\"; known: " + String.join(", ", NAMES)
          + ", " + ALL);
    }
    List<String> cleared = new ArrayList<>();
    for (String breaker : names) {
      if (state.clearTrip(breaker)) {
        cleared.add(breaker);
      }
      state.setBreakerBaseline(breaker, measure(breaker, portfolio));
    }
    return List.copyOf(cleared);
  }

  /** A new trading day started: the daily loss starts over, so its baseline ends (a tripped breaker stays tripped). */
  public void onNewTradingDay(GateState state) {
    state.clearBreakerBaseline(DAILY_LOSS);
  }

  /** The measure of breaker {@code name}: larger is worse. */
  public static long measure(String name, PortfolioView portfolio) {
    return switch (name) {
      case DAILY_LOSS -> Math.max(0, Math.negateExact(portfolio.dailyPnl().micros()));
      case DRAWDOWN -> portfolio.drawdownBps();
      case CONSECUTIVE_LOSSES -> portfolio.consecutiveLosses();
      default -> throw new IllegalArgumentException("unknown breaker \"" + name + "\"");
    };
  }

  private static void endStartedOverBaselines(PortfolioView portfolio, GateState state) {
    if (portfolio.drawdownBps() == 0) {
      state.clearBreakerBaseline(DRAWDOWN);
    }
    if (portfolio.consecutiveLosses() == 0) {
      state.clearBreakerBaseline(CONSECUTIVE_LOSSES);
    }
  }

  /** The reason breaker {@code name} trips now, or null if its measure is below its limit or not past its baseline. */
  private static @Nullable DenialReason reached(String name, PortfolioView portfolio, RiskLimits limits, GateState state) {
    long measure = measure(name, portfolio);
    if (!pastBaseline(name, measure, portfolio, state)) {
      return null;
    }
    switch (name) {
      case DAILY_LOSS -> {
        long lossBps = lossBps(measure, portfolio.dayStartEquity().micros());
        if (measure >= limits.maxDailyLoss().micros() || lossBps >= limits.maxDailyLossBps()) {
          return new DailyLossLimitReached(limits.maxDailyLoss(), portfolio.dailyPnl(), limits.maxDailyLossBps(),
              lossBps);
        }
        return null;
      }
      case DRAWDOWN -> {
        if (measure >= limits.maxDrawdownBps()) {
          return new DrawdownLimitReached(limits.maxDrawdownBps(), measure, portfolio.peakEquity(),
              portfolio.equity());
        }
        return null;
      }
      case CONSECUTIVE_LOSSES -> {
        if (measure >= limits.maxConsecutiveLosses()) {
          return new ConsecutiveLossesReached(limits.maxConsecutiveLosses(), (int) measure);
        }
        return null;
      }
      default -> throw new IllegalArgumentException("unknown breaker \"" + name + "\"");
    }
  }

  private static boolean pastBaseline(String name, long measure, PortfolioView portfolio, GateState state) {
    var baseline = state.breakerBaseline(name);
    if (baseline.isEmpty()) {
      return true;
    }
    // a baseline whose measure started over no longer holds, even before evaluate() clears it
    boolean startedOver = switch (name) {
      case DRAWDOWN -> portfolio.drawdownBps() == 0;
      case CONSECUTIVE_LOSSES -> portfolio.consecutiveLosses() == 0;
      default -> false;
    };
    return startedOver || measure > baseline.getAsLong();
  }

  /** Loss in basis points of start-of-day equity, rounded down; a loss with no equity to lose from is 10,000. */
  static long lossBps(long lossMicros, long dayStartEquityMicros) {
    if (lossMicros <= 0) {
      return 0;
    }
    if (dayStartEquityMicros <= 0) {
      return 10_000;
    }
    return Math.multiplyExact(lossMicros, 10_000L) / dayStartEquityMicros;
  }

  private static String detail(DenialReason reason) {
    if (reason instanceof DailyLossLimitReached d) {
      return "daily P&L " + d.dailyPnl() + " (a loss of " + d.lossBps() + " bps of start-of-day equity) reached the "
          + "limit of " + d.limit() + " or " + d.limitBps() + " bps";
    }
    if (reason instanceof DrawdownLimitReached d) {
      return "drawdown " + d.drawdownBps() + " bps (equity " + d.equity() + " from peak " + d.peakEquity()
          + ") reached the limit of " + d.limitBps() + " bps";
    }
    if (reason instanceof ConsecutiveLossesReached c) {
      return c.consecutiveLosses() + " losing trades in a row reached the limit of " + c.limit();
    }
    throw new IllegalArgumentException("not a breaker reason: " + reason);
  }
}
