package dev.strike.alerts.core;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times and ratios read in messages: local time of the trading day's zone, percent with two decimals. */
final class TextFormat {
  private final DateTimeFormatter time;

  TextFormat(ZoneId zone) {
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT).withZone(zone);
  }

  String time(long epochNs) {
    return time.format(Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L),
        Math.floorMod(epochNs, 1_000_000_000L)));
  }

  /** Basis points as a percent: 1234 → {@code 12.34%}. */
  static String percent(long bps) {
    String sign = bps < 0 ? "-" : "";
    long abs = Math.abs(bps);
    return sign + abs / 100 + "." + String.format(Locale.ROOT, "%02d", abs % 100) + "%";
  }
}
