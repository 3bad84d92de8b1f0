package dev.strike.common.money;

import java.math.RoundingMode;

/**
 * Exact conversion between decimal strings ({@code "0.5600"}, {@code "-12.345678"}) and scaled {@code long}
 * units, the way Kalshi's {@code *_dollars} and {@code *_fp} fields are written.
 *
 * <p>Parsing is strict: an optional leading {@code -} (when allowed), digits, an optional {@code .} followed by
 * digits. No exponent, no {@code +}, no spaces, no grouping. A value with more significant fraction digits than the
 * scale allows, or outside the {@code long} range, is rejected with an {@link IllegalArgumentException} that names
 * the field and quotes the input; nothing is ever rounded. Trailing zeros beyond the scale are fine
 * ({@code "0.560000"} at scale 4 is 5600).
 *
 * <p>Stateless and thread-safe. The reference for its behaviour is {@link java.math.BigDecimal} (the tests check
 * every parse against it); this hand-written version exists because it parses without allocating.
 */
public final class FixedPoint {
  private FixedPoint() {}

  /**
   * Parses {@code text} into units of {@code 10^-scale}.
   *
   * @param text the decimal string, not null
   * @param scale number of fraction digits one unit stands for (0 to 18)
   * @param allowNegative whether a leading {@code -} is accepted
   * @param what what is being parsed, for the error message (e.g. {@code "price"})
   * @return the value in units of {@code 10^-scale}
   * @throws IllegalArgumentException if the text is not an exactly representable decimal of that scale
   */
  public static long parse(CharSequence text, int scale, boolean allowNegative, String what) {
    if (text == null) {
      throw new IllegalArgumentException(what + ": missing value (null)");
    }
    int len = text.length();
    if (len == 0) {
      throw error(what, text, "empty string");
    }
    int i = 0;
    boolean negative = false;
    if (text.charAt(0) == '-') {
      if (!allowNegative) {
        throw error(what, text, "must not be negative");
      }
      negative = true;
      i = 1;
    }
    long units = 0; // accumulated as a negative number so that Long.MIN_VALUE parses
    int intDigits = 0;
    for (; i < len; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        break;
      }
      if (c < '0' || c > '9') {
        throw error(what, text, "not a plain decimal number");
      }
      units = accumulate(units, c - '0', what, text);
      intDigits++;
    }
    int fracDigits = 0;
    if (i < len) { // at '.'
      i++;
      if (i == len) {
        throw error(what, text, "no digits after the decimal point");
      }
      for (; i < len; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          throw error(what, text, "not a plain decimal number");
        }
        int digit = c - '0';
        if (fracDigits < scale) {
          units = accumulate(units, digit, what, text);
        } else if (digit != 0) {
          throw error(what, text, "has more than " + scale + " decimal places and cannot be represented exactly");
        }
        fracDigits++;
      }
    }
    if (intDigits == 0 && fracDigits == 0) {
      throw error(what, text, "no digits");
    }
    if (intDigits == 0) {
      throw error(what, text, "needs a digit before the decimal point");
    }
    for (int pad = Math.min(fracDigits, scale); pad < scale; pad++) {
      units = accumulate(units, 0, what, text);
    }
    if (negative) {
      return units;
    }
    if (units == Long.MIN_VALUE) {
      throw error(what, text, "out of range");
    }
    return -units;
  }

  private static long accumulate(long negativeUnits, int digit, String what, CharSequence text) {
    if (negativeUnits < Long.MIN_VALUE / 10) {
      throw error(what, text, "out of range");
    }
    long shifted = negativeUnits * 10;
    if (shifted < Long.MIN_VALUE + digit) {
      throw error(what, text, "out of range");
    }
    return shifted - digit;
  }

  private static IllegalArgumentException error(String what, CharSequence text, String why) {
    return new IllegalArgumentException(what + ": \"" + text + "\" " + why);
  }

  /**
   * Formats {@code units} of {@code 10^-scale} as a plain decimal string with at least {@code minFractionDigits}
   * fraction digits and no more than {@code scale}; trailing zeros beyond the minimum are dropped.
   *
   * @param units the scaled value
   * @param scale fraction digits one unit stands for (0 to 18)
   * @param minFractionDigits fraction digits always written (0 to scale)
   */
  public static String format(long units, int scale, int minFractionDigits) {
    StringBuilder out = new StringBuilder(24);
    appendTo(out, units, scale, minFractionDigits);
    return out.toString();
  }

  /** Appends what {@link #format(long, int, int)} returns to {@code out}. */
  public static void appendTo(StringBuilder out, long units, int scale, int minFractionDigits) {
    if (minFractionDigits < 0 || minFractionDigits > scale || scale > 18) {
      throw new IllegalArgumentException("bad format: scale " + scale + ", min fraction digits " + minFractionDigits);
    }
    long divisor = POWERS_OF_TEN[scale];
    long intPart = units / divisor;
    long fraction = Math.abs(units % divisor);
    if (units < 0) {
      // intPart may be 0 (for -0.5) or Long.MIN_VALUE (scale 0): write the sign, then the magnitude's digits
      out.append('-');
      String magnitude = Long.toString(intPart);
      out.append(intPart == 0 ? "0" : magnitude.substring(1));
    } else {
      out.append(intPart);
    }
    if (scale == 0) {
      return;
    }
    int digits = scale;
    while (digits > minFractionDigits && fraction % 10 == 0) {
      fraction /= 10;
      digits--;
    }
    if (digits == 0) {
      return;
    }
    out.append('.');
    String f = Long.toString(fraction);
    for (int pad = f.length(); pad < digits; pad++) {
      out.append('0');
    }
    out.append(f);
  }

  /**
   * {@code dividend / divisor} rounded in the given direction; {@link RoundingMode#UNNECESSARY} throws
   * {@link ArithmeticException} when the division is not exact.
   */
  public static long divide(long dividend, long divisor, RoundingMode rounding) {
    if (dividend == Long.MIN_VALUE && divisor == -1) {
      // the one quotient that does not fit a long; Java's '/' would silently return Long.MIN_VALUE
      throw new ArithmeticException(dividend + " / " + divisor + " overflows a long");
    }
    long quotient = dividend / divisor;
    long remainder = dividend % divisor;
    if (remainder == 0) {
      return quotient;
    }
    boolean positive = (dividend ^ divisor) >= 0;
    switch (rounding) {
      case UNNECESSARY:
        throw new ArithmeticException(dividend + " / " + divisor + " is not exact");
      case DOWN:
        return quotient;
      case UP:
        return positive ? quotient + 1 : quotient - 1;
      case FLOOR:
        return positive ? quotient : quotient - 1;
      case CEILING:
        return positive ? quotient + 1 : quotient;
      default:
        // compare the remainder with what is left to the next multiple, so nothing overflows near Long.MAX_VALUE
        long below = Math.abs(remainder);
        long above = divisor > 0 ? divisor - below : -(divisor + below);
        boolean away = below > above
            || (below == above && (rounding == RoundingMode.HALF_UP
                || (rounding == RoundingMode.HALF_EVEN && (quotient & 1) != 0)));
        if (!away) {
          return quotient;
        }
        return positive ? quotient + 1 : quotient - 1;
    }
  }

  static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
    10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
    1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L
  };
}
