package dev.strike.common.event;

import dev.strike.common.id.StrategyId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The risk gate's own state inside a {@link PortfolioSnapshot}: what an operator switched and what the gate counted,
 * so that a restart decides exactly as an uninterrupted run would.
 *
 * @param tradingState {@code RUNNING}, {@code PAUSED} or {@code HALTED}
 * @param tradingReason why trading is paused or halted, null while running
 * @param breakers the tripped breakers, sorted by name
 * @param disabledStrategies strategies switched off by an operator, sorted
 * @param orderSeconds the orders approved in the last day, counted per second of event time (for rate caps)
 * @param cooldownUntilNs per {@code ticker|side|action}, when its cooldown ends, epoch ns
 * @param parameters limit overrides applied at run time through {@code control}, by configuration key
 * @param breakerBaselines per breaker, the measure seen when it was last reset (it trips again only past it)
 * @param orderTimesNs the form of {@code orderSeconds} in snapshots written before it existed: one event time per
 *     approved order, epoch ns, which grew past Kafka's record limit at high order rates. Read for compatibility
 *     (absent or null reads as empty) and folded into seconds on restore; new snapshots write it empty.
 */
public record GateStateSnapshot(
    String tradingState,
    @Nullable String tradingReason,
    List<BreakerTrip> breakers,
    List<StrategyId> disabledStrategies,
    @Nullable OrderSeconds orderSeconds,
    SortedMap<String, Long> cooldownUntilNs,
    SortedMap<String, String> parameters,
    SortedMap<String, Long> breakerBaselines,
    @Nullable List<Long> orderTimesNs) {

  /** A running gate that has seen nothing. */
  public static final GateStateSnapshot EMPTY = new GateStateSnapshot("RUNNING", null, List.of(), List.of(),
      OrderSeconds.EMPTY, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), List.of());

  /** Validates presence and a known trading state. */
  public GateStateSnapshot {
    Require.text(tradingState, "tradingState");
    if (!tradingState.equals("RUNNING") && !tradingState.equals("PAUSED") && !tradingState.equals("HALTED")) {
      throw new IllegalArgumentException("tradingState must be RUNNING, PAUSED or HALTED, got " + tradingState);
    }
    breakers = Require.list(breakers, "breakers");
    disabledStrategies = Require.list(disabledStrategies, "disabledStrategies");
    // Absent in snapshots written before it existed (they carry orderTimesNs instead).
    orderSeconds = orderSeconds == null ? OrderSeconds.EMPTY : orderSeconds;
    cooldownUntilNs = Require.sortedMap(cooldownUntilNs, "cooldownUntilNs");
    parameters = Require.sortedMap(parameters, "parameters");
    breakerBaselines = Require.sortedMap(breakerBaselines, "breakerBaselines");
    orderTimesNs = orderTimesNs == null ? List.of() : Require.list(orderTimesNs, "orderTimesNs");
    orderTimesNs.forEach(timeNs -> Require.timestamp(timeNs, "orderTimesNs element"));
  }

  /**
   * Approved orders counted per second of event time, run-length encoded: a busy second costs one number (about
   * five bytes of JSON), a quiet stretch one negative number, so a whole day of busy seconds stays near 430 KB
   * where a map of second to count (about 18 bytes a second) would pass Kafka's 1 MiB record limit.
   *
   * <p>Example: {@code firstSecond = 1786987262, counts = [3, -59, 1]} is three orders in second 1786987262, none in
   * the 59 seconds after it, and one in second 1786987322. The encoding is canonical (one value has one form):
   * no zero, no two negatives in a row, first and last entry positive, and {@code firstSecond} 0 when empty.
   *
   * @param firstSecond the epoch second ({@code floor(epochNs / 1e9)}) of the first entry; 0 when there is none
   * @param counts from {@code firstSecond} on, in time order: {@code n > 0} is n approved orders in the next second,
   *     {@code -k} is k seconds without any
   */
  public record OrderSeconds(long firstSecond, List<Long> counts) {
    /** No orders. */
    public static final OrderSeconds EMPTY = new OrderSeconds(0, List.of());
    /** The last epoch second that holds an epoch-nanosecond time in a {@code long}. */
    public static final long MAX_SECOND = Long.MAX_VALUE / 1_000_000_000L;

    /** Validates the canonical form and that every second is within {@code [0, MAX_SECOND]}. */
    public OrderSeconds {
      counts = Require.list(counts, "counts");
      if (counts.isEmpty()) {
        if (firstSecond != 0) {
          throw new IllegalArgumentException("firstSecond must be 0 when counts are empty, got " + firstSecond);
        }
      } else {
        if (firstSecond < 0 || firstSecond > MAX_SECOND) {
          throw new IllegalArgumentException("firstSecond must be an epoch second within [0, " + MAX_SECOND
              + "], got " + firstSecond);
        }
        if (counts.get(0) <= 0 || counts.get(counts.size() - 1) <= 0) {
          throw new IllegalArgumentException("counts must start and end with a positive count, got " + counts.get(0)
              + " and " + counts.get(counts.size() - 1));
        }
        long second = firstSecond - 1;
        boolean afterGap = false;
        for (int i = 0; i < counts.size(); i++) {
          long value = counts.get(i);
          if (value == 0 || value == Long.MIN_VALUE || (value < 0 && afterGap)) {
            throw new IllegalArgumentException("counts[" + i + "] must be a positive count or one negative run of"
                + " empty seconds after a count, got " + value);
          }
          second = value > 0 ? second + 1 : second - value;
          if (second > MAX_SECOND || second < 0) {
            throw new IllegalArgumentException("counts[" + i + "] runs past epoch second " + MAX_SECOND);
          }
          afterGap = value < 0;
        }
      }
    }

    /** Receives one second that holds orders. */
    @FunctionalInterface
    public interface SecondCount {
      /** {@code count} (positive) orders were approved in epoch second {@code epochSecond}. */
      void accept(long epochSecond, long count);
    }

    /** Calls {@code action} for every second that holds orders, in ascending order. */
    public void forEachSecond(SecondCount action) {
      long second = firstSecond - 1;
      for (long value : counts) {
        if (value > 0) {
          second++;
          action.accept(second, value);
        } else {
          second -= value;
        }
      }
    }

    /** A builder that takes seconds in ascending order. */
    public static Builder builder() {
      return new Builder();
    }

    /** Collects (second, count) pairs in strictly ascending seconds into the canonical encoding. */
    public static final class Builder {
      private final ArrayList<Long> counts = new ArrayList<>();
      private long firstSecond;
      private long lastSecond = -1;

      private Builder() {}

      /**
       * Appends {@code count} orders in {@code epochSecond}.
       *
       * @throws IllegalArgumentException if the second is not after the last one added or the count not positive
       */
      public Builder add(long epochSecond, long count) {
        if (count <= 0) {
          throw new IllegalArgumentException("count must be positive, got " + count);
        }
        if (epochSecond <= lastSecond || epochSecond > MAX_SECOND) {
          throw new IllegalArgumentException("epochSecond must be after " + lastSecond + " and at most "
              + MAX_SECOND + ", got " + epochSecond);
        }
        if (counts.isEmpty()) {
          firstSecond = epochSecond;
        } else if (epochSecond > lastSecond + 1) {
          counts.add(-(epochSecond - lastSecond - 1));
        }
        counts.add(count);
        lastSecond = epochSecond;
        return this;
      }

      /** The encoded seconds. */
      public OrderSeconds build() {
        return new OrderSeconds(firstSecond, counts); // the record copies
      }
    }
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
