package dev.strike.common.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations as people write them in configuration: ISO-8601 ({@code PT5S}, {@code P1DT2H}, {@code -PT1S}),
 * {@code 0}, or one or more whole numbers each followed by a lower-case unit, {@code ns}, {@code us}, {@code ms},
 * {@code s}, {@code m}, {@code h} or {@code d} ({@code 500ms}, {@code 5s}, {@code 1h30m}). A bare number other than
 * zero is refused: its unit would be a guess. Stateless.
 */
public final class DurationText {
  private DurationText() {}

  private static final Pattern PART = Pattern.compile("(\\d{1,18})(ns|us|ms|s|m|h|d)");

  /** The duration written as {@code text}, or empty if it is not one (or does not fit a {@link Duration}). */
  public static Optional<Duration> parse(String text) {
    String trimmed = text.trim();
    if (trimmed.equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    if (trimmed.startsWith("P") || trimmed.startsWith("-P") || trimmed.startsWith("+P")
        || trimmed.startsWith("p") || trimmed.startsWith("-p") || trimmed.startsWith("+p")) {
      try {
        return Optional.of(Duration.parse(trimmed));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    Matcher part = PART.matcher(trimmed);
    Duration total = Duration.ZERO;
    int at = 0;
    try {
      while (at < trimmed.length()) {
        part.region(at, trimmed.length());
        if (!part.lookingAt()) {
          return Optional.empty();
        }
        total = total.plus(Long.parseLong(part.group(1)), unit(part.group(2)));
        at = part.end();
      }
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
    return at == 0 ? Optional.empty() : Optional.of(total);
  }

  private static ChronoUnit unit(String symbol) {
    return switch (symbol) {
      case "ns" -> ChronoUnit.NANOS;
      case "us" -> ChronoUnit.MICROS;
      case "ms" -> ChronoUnit.MILLIS;
      case "s" -> ChronoUnit.SECONDS;
      case "m" -> ChronoUnit.MINUTES;
      case "h" -> ChronoUnit.HOURS;
      case "d" -> ChronoUnit.DAYS;
      default -> throw new IllegalArgumentException("unit " + symbol);
    };
  }
}
