package dev.strike.risk.core.exit;

import dev.strike.common.config.DurationText;
import dev.strike.common.money.Price;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When to exit an open position, and how hard to cross the spread doing it. A value of 0 switches a rule off.
 * Immutable; validated on construction ({@link IllegalArgumentException} naming the field).
 *
 * <p>Percentages are basis points (1 bp = 0.01%) of a price in micro-dollars: the average cost (entry fees
 * included, see {@code PositionView.averageCost()}) or the high-water mark. The mark compared is the held side's
 * best bid: what the position would fetch now.
 *
 * @param stopLossBps exit when the mark is at or below {@code averageCost × (1 − stopLossBps / 10,000)};
 *     0 to 10,000
 * @param trailingStopBps exit when the mark is at or below {@code highWaterMark × (1 − trailingStopBps / 10,000)},
 *     but only once the high-water mark is above the average cost (so a losing position is the stop-loss's alone);
 *     0 to 10,000
 * @param takeProfitBps exit when the mark is at or above {@code averageCost × (1 + takeProfitBps / 10,000)};
 *     0 to 1,000,000 (a contract bought at $0.01 can gain 9,900%, so the cap is 100×, not 100%)
 * @param exitBeforeCloseNs exit when the market closes within this many nanoseconds
 *     ({@code closeTimeNs − nowNs ≤ exitBeforeCloseNs}); not negative
 * @param exitSlippage how far below the held side's best bid the exit's limit goes, so an immediate-or-cancel sell
 *     fills through a thinning book; micro-dollars per contract, not null ($0 sells at the bid)
 */
public record ExitRules(long stopLossBps, long trailingStopBps, long takeProfitBps, long exitBeforeCloseNs,
    Price exitSlippage) {

  /** Basis points in 100%. */
  public static final long BPS_PER_UNIT = 10_000L;
  /** The largest take-profit: 100 times the average cost (beyond $1 it could never fire anyway). */
  public static final long MAX_TAKE_PROFIT_BPS = 1_000_000L;

  private static final String STOP_LOSS_BPS = "stop-loss-bps";
  private static final String TRAILING_STOP_BPS = "trailing-stop-bps";
  private static final String TAKE_PROFIT_BPS = "take-profit-bps";
  private static final String EXIT_BEFORE_CLOSE = "exit-before-close";
  private static final String EXIT_SLIPPAGE = "exit-slippage";
  private static final List<String> KEYS =
      List.of(STOP_LOSS_BPS, TRAILING_STOP_BPS, TAKE_PROFIT_BPS, EXIT_BEFORE_CLOSE, EXIT_SLIPPAGE);


  /** Validates the ranges. */
  public ExitRules {
    requireBps(stopLossBps, BPS_PER_UNIT, "stopLossBps");
    requireBps(trailingStopBps, BPS_PER_UNIT, "trailingStopBps");
    requireBps(takeProfitBps, MAX_TAKE_PROFIT_BPS, "takeProfitBps");
    if (exitBeforeCloseNs < 0) {
      throw new IllegalArgumentException("exitBeforeCloseNs must not be negative (0 switches the time exit off), got "
          + exitBeforeCloseNs);
    }
    if (exitSlippage == null) {
      throw new IllegalArgumentException("exitSlippage is required ($0 sells at the best bid)");
    }
  }

  /**
   * Defaults for 15-minute binary contracts: stop-loss at −50% (a binary's price swings hard; a tighter stop is
   * shaken out by noise), trailing stop 30% below the high-water mark, no take-profit (let winners run to
   * settlement), exit 60 s before close (the last minute's book is thin and the settlement average is already
   * running), and a $0.02 slippage allowance.
   */
  public static ExitRules defaults() {
    return new ExitRules(5_000L, 3_000L, 0L, Duration.ofSeconds(60).toNanos(), Price.ofCents(2));
  }

  /** Every rule switched off: {@link ExitMonitor} never exits. */
  public static ExitRules none() {
    return new ExitRules(0L, 0L, 0L, 0L, Price.ZERO);
  }

  /** The keys {@link #with(String, String)} accepts, in declaration order. */
  public static List<String> keys() {
    return KEYS;
  }

  /**
   * These rules with one setting replaced, by kebab-case key: {@code stop-loss-bps}, {@code trailing-stop-bps},
   * {@code take-profit-bps} (whole basis points, {@code "5000"}), {@code exit-before-close} (a duration:
   * {@code "60s"}, {@code "1m30s"}, {@code "500ms"}, ISO-8601 {@code "PT60S"}, or {@code "0"}) and
   * {@code exit-slippage} (dollars, {@code "0.02"}).
   *
   * @throws IllegalArgumentException naming the key, for an unknown key or a value that does not parse or is out
   *     of range
   */
  public ExitRules with(String key, String value) {
    Objects.requireNonNull(key, "key");
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("unknown exit rule \"" + key + "\"; known: " + String.join(", ", KEYS));
    }
    if (value == null) {
      throw new IllegalArgumentException("exit rule " + key + ": a value is required");
    }
    String text = value.trim();
    try {
      return switch (key) {
        case STOP_LOSS_BPS -> new ExitRules(parseBps(text), trailingStopBps, takeProfitBps, exitBeforeCloseNs,
            exitSlippage);
        case TRAILING_STOP_BPS -> new ExitRules(stopLossBps, parseBps(text), takeProfitBps, exitBeforeCloseNs,
            exitSlippage);
        case TAKE_PROFIT_BPS -> new ExitRules(stopLossBps, trailingStopBps, parseBps(text), exitBeforeCloseNs,
            exitSlippage);
        case EXIT_BEFORE_CLOSE -> new ExitRules(stopLossBps, trailingStopBps, takeProfitBps, parseDurationNs(text),
            exitSlippage);
        default -> new ExitRules(stopLossBps, trailingStopBps, takeProfitBps, exitBeforeCloseNs, Price.parse(text));
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("exit rule " + key + " = \"" + value + "\": " + e.getMessage(), e);
    }
  }

  /** Whether the stop-loss is on. */
  public boolean hasStopLoss() {
    return stopLossBps > 0;
  }

  /** Whether the trailing stop is on. */
  public boolean hasTrailingStop() {
    return trailingStopBps > 0;
  }

  /** Whether take-profit is on. */
  public boolean hasTakeProfit() {
    return takeProfitBps > 0;
  }

  /** Whether the time exit is on. */
  public boolean hasTimeExit() {
    return exitBeforeCloseNs > 0;
  }

  private static void requireBps(long bps, long max, String field) {
    if (bps < 0 || bps > max) {
      throw new IllegalArgumentException(field + " must be between 0 (off) and " + String.format("%,d", max)
          + " basis points, got " + bps);
    }
  }

  private static long parseBps(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected whole basis points, e.g. \"5000\" for 50%", e);
    }
  }

  private static long parseDurationNs(String text) {
    Duration duration = parseDuration(text);
    if (duration == null) {
      throw new IllegalArgumentException("expected a duration such as \"60s\", \"1m30s\", \"500ms\" or \"PT60S\"");
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a duration before close must not be negative");
    }
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("too long to count in nanoseconds", e);
    }
  }

  private static @Nullable Duration parseDuration(String text) {
    return DurationText.parse(text).orElse(null);
  }
}
