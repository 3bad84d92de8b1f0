package dev.strike.app.dataset.core;

import dev.strike.common.id.Asset;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kalshi 15-minute crypto up/down market as its ticker describes it (kalshi-api.md §9): series {@code KX<ASSET>15M},
 * event {@code KX<ASSET>15M-<YY><MON><DD><HH><MM>}, market {@code <event>-<MM>}. The date code is the close time in
 * US Eastern time (America/New_York, so EST or EDT as the date falls); the market opens 15 minutes earlier.
 *
 * <p>Local times that do not exist (the spring-forward gap, e.g. 02:15 on the second Sunday of March) are refused:
 * Kalshi lists no market there. Local times that occur twice (the fall-back hour) resolve to the first occurrence
 * (EDT), which is what {@link java.time.ZonedDateTime#of} does too; no dataset here crosses such an hour.
 *
 * @param ticker the market ticker
 * @param event the event ticker
 * @param series the series ticker
 * @param asset the underlying (from the series: {@code KXBTC15M} → {@code BTC})
 * @param openTimeNs when the window opens, epoch ns (close minus 15 minutes)
 * @param closeTimeNs when the window closes (the ticker's Eastern date code), epoch ns
 */
public record FifteenMinuteMarket(MarketTicker ticker, EventTicker event, SeriesTicker series, Asset asset,
    long openTimeNs, long closeTimeNs) {
  /** The Kalshi market-time zone of ticker date codes. */
  public static final ZoneId EASTERN = ZoneId.of("America/New_York");
  /** The length of a window. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private static final Pattern TICKER = Pattern.compile(
      "(KX([A-Z0-9]+)15M)-(\\d{2})([A-Z]{3})(\\d{2})(\\d{2})(\\d{2})-(\\d{2})");
  private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
      "OCT", "NOV", "DEC");

  /** Validates presence and that the window is 15 minutes long. */
  public FifteenMinuteMarket {
    if (ticker == null || event == null || series == null || asset == null) {
      throw new IllegalArgumentException("ticker, event, series and asset are required");
    }
    if (closeTimeNs - openTimeNs != WINDOW.toNanos()) {
      throw new IllegalArgumentException("a 15-minute market opens 15 minutes before it closes, got "
          + openTimeNs + " to " + closeTimeNs);
    }
  }

  /**
   * The market of a ticker such as {@code KXBTC15M-26FEB250015-15} (closes 2026-02-25 00:15 EST = 05:15 UTC).
   *
   * @throws IllegalArgumentException if the text is not a 15-minute crypto ticker, names no real date, its minute
   *     suffix differs from the date code's minute, the minute is not a quarter-hour, or the Eastern time does not
   *     exist
   */
  public static FifteenMinuteMarket parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("ticker is missing");
    }
    Matcher m = TICKER.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text
          + "' is not a 15-minute crypto ticker (KX<ASSET>15M-YYMONDDHHMM-MM)");
    }
    int month = MONTHS.indexOf(m.group(4)) + 1;
    if (month == 0) {
      throw new IllegalArgumentException("'" + text + "': unknown month '" + m.group(4) + "'");
    }
    int minute = Integer.parseInt(m.group(7));
    if (minute % 15 != 0) {
      throw new IllegalArgumentException("'" + text + "': minute " + m.group(7) + " is not a quarter-hour");
    }
    if (!m.group(8).equals(m.group(7))) {
      throw new IllegalArgumentException("'" + text + "': suffix -" + m.group(8) + " differs from the close minute "
          + m.group(7));
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.of(2000 + Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(5)),
          Integer.parseInt(m.group(6)), minute);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "': not a date and time: " + e.getMessage(), e);
    }
    List<ZoneOffset> offsets = EASTERN.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      throw new IllegalArgumentException("'" + text + "': " + local + " does not exist in " + EASTERN
          + " (daylight-saving gap)");
    }
    long closeSeconds = local.toEpochSecond(offsets.get(0)); // the first occurrence when the hour repeats
    long closeNs = Math.multiplyExact(closeSeconds, 1_000_000_000L);
    String series = m.group(1);
    String event = text.substring(0, text.lastIndexOf('-'));
    return new FifteenMinuteMarket(MarketTicker.of(text), EventTicker.of(event), SeriesTicker.of(series),
        Asset.of(m.group(2).toUpperCase(Locale.ROOT)), closeNs - WINDOW.toNanos(), closeNs);
  }
}
