package dev.strike.kalshi.ws;

/** Constructor checks of this package's records; every failure names the field. */
final class Checks {
  private Checks() {}

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  static void times(long tsEvent, long tsInit) {
    notNegative(tsEvent, "tsEvent");
    notNegative(tsInit, "tsInit");
  }

  static void notNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, got " + value);
    }
  }
}
