package dev.strike.risk.core.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Where trading days begin: at {@code boundary} local time in {@code zone} (e.g. 00:00 America/New_York, or 17:00
 * for a futures-style day). Pure: maps an event time to the start of its trading day.
 */
public record TradingDay(ZoneId zone, LocalTime boundary) {
  /** Midnight UTC. */
  public static final TradingDay UTC_MIDNIGHT = new TradingDay(ZoneId.of("UTC"), LocalTime.MIDNIGHT);

  /** Validates presence. */
  public TradingDay {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(boundary, "boundary");
  }

  /** The start of the trading day that contains {@code epochNs}, epoch ns. */
  public long startOf(long epochNs) {
    Instant instant = Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L));
    ZonedDateTime local = instant.atZone(zone);
    LocalDate date = local.toLocalTime().isBefore(boundary) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
    Instant start = date.atTime(boundary).atZone(zone).toInstant();
    return Math.addExact(Math.multiplyExact(start.getEpochSecond(), 1_000_000_000L), start.getNano());
  }
}
