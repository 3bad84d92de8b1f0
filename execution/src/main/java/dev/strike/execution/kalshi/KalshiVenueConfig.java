package dev.strike.execution.kalshi;

import dev.strike.kalshi.wire.SelfTradePrevention;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link KalshiVenue}.
 *
 * @param lookupInterval the wait before each lookup by client order id after an unknown outcome (Kalshi's reads are
 *     eventually consistent: an order just placed may not show at once)
 * @param emptyLookupsForAbsent how many consecutive lookups must come back empty before an order of an unknown
 *     outcome is declared absent (reported {@code OrderRejected} {@value KalshiVenue#UNKNOWN_OUTCOME_ABSENT})
 * @param maxLookups how many lookups at most; after them an unresolved order keeps its market blocked and raises a
 *     CRITICAL alert
 * @param statusMaxAge how old the exchange status may be before a submit reads it again
 * @param selfTradePrevention sent with every order ({@code taker_at_cross} by default: an incoming order that would
 *     trade with one of ours is cancelled at the cross; our resting orders stay)
 * @param maxBatchCancel orders per batch cancel at most (also bounded by the write bucket's capacity)
 */
public record KalshiVenueConfig(Duration lookupInterval, int emptyLookupsForAbsent, int maxLookups,
    Duration statusMaxAge, SelfTradePrevention selfTradePrevention, int maxBatchCancel) {

  /** Validates. */
  public KalshiVenueConfig {
    Objects.requireNonNull(lookupInterval, "lookupInterval");
    Objects.requireNonNull(statusMaxAge, "statusMaxAge");
    Objects.requireNonNull(selfTradePrevention, "selfTradePrevention");
    if (lookupInterval.isNegative() || statusMaxAge.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    if (emptyLookupsForAbsent < 1 || maxLookups < emptyLookupsForAbsent) {
      throw new IllegalArgumentException("need 1 <= emptyLookupsForAbsent <= maxLookups, got "
          + emptyLookupsForAbsent + " and " + maxLookups);
    }
    if (maxBatchCancel < 1) {
      throw new IllegalArgumentException("maxBatchCancel must be positive, got " + maxBatchCancel);
    }
  }

  /**
   * Production defaults: a lookup every 2 s, absent after 3 empty lookups, at most 15 lookups (30 s), status at most
   * 30 s old, {@code taker_at_cross}, batches of at most 20 cancels.
   */
  public static KalshiVenueConfig defaults() {
    return new KalshiVenueConfig(Duration.ofSeconds(2), 3, 15, Duration.ofSeconds(30),
        SelfTradePrevention.TAKER_AT_CROSS, 20);
  }

  /** With another lookup schedule. */
  public KalshiVenueConfig withLookups(Duration interval, int emptyForAbsent, int max) {
    return new KalshiVenueConfig(interval, emptyForAbsent, max, statusMaxAge, selfTradePrevention, maxBatchCancel);
  }

  /** With another status age. */
  public KalshiVenueConfig withStatusMaxAge(Duration value) {
    return new KalshiVenueConfig(lookupInterval, emptyLookupsForAbsent, maxLookups, value, selfTradePrevention,
        maxBatchCancel);
  }
}
