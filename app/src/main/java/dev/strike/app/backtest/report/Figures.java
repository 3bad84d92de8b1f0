package dev.strike.app.backtest.report;

import dev.strike.common.money.FixedPoint;
import dev.strike.common.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The fixed text forms of the report's numbers and times, the same on every machine: no locale, no default time
 * zone, no shortest-representation doubles. Stateless.
 */
final class Figures {
  private Figures() {}

  /** Decimals written for ratios and statistics. */
  static final int RATIO_SCALE = 6;

  /** A ratio or statistic rounded half-even to {@link #RATIO_SCALE} decimals, e.g. {@code 0.391304}. */
  static BigDecimal ratio(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException("a report statistic must be finite, got " + value);
    }
    return new BigDecimal(value).setScale(RATIO_SCALE, RoundingMode.HALF_EVEN);
  }

  /** {@link #ratio} as plain text. */
  static String ratioText(double value) {
    return ratio(value).toPlainString();
  }

  /** A share as a percentage with two decimals, e.g. {@code 39.13%}. */
  static String percent(double share) {
    return ratio(share).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** An epoch-nanosecond time as ISO-8601 UTC ({@code 2026-02-25T13:30:00Z}, fractions only when present). */
  static String instant(long tsNs) {
    return DateTimeFormatter.ISO_INSTANT.format(BacktestReport.instantOf(tsNs));
  }

  /** An enum constant in lower case, as in the project's JSON ({@code yes}, {@code maker}). */
  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** A CSV field: quoted (with doubled quotes) only when it holds a comma, a quote or a line break. */
  static String csv(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + field.replace("\"", "\"\"") + '"';
      }
    }
    return field;
  }

  /** Text escaped for HTML element content and attribute values. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Money for people, rounded half-even to the cent: {@code $4.53}, {@code -$1.61}. Only the HTML page rounds; the
   * JSON and CSV files carry the exact amounts.
   */
  static String dollars(Money value) {
    long cents = value.roundTo(10_000L, RoundingMode.HALF_EVEN).micros();
    String text = FixedPoint.format(Math.abs(cents), 6, 2);
    return (cents < 0 ? "-$" : "$") + text;
  }
}
