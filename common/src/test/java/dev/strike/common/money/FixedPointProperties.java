package dev.strike.common.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.statistics.Statistics;

/** FixedPoint checked against java.math.BigDecimal, the reference its Javadoc names. */
class FixedPointProperties {

  /** What FixedPoint documents as the only accepted syntax; BigDecimal alone would also take 1e2, +1, ١. */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  @Property(tries = 3000)
  void shouldAgreeWithBigDecimalWhenParsingDecimalStrings(
      @ForAll("decimalTexts") String text, @ForAll("scales") int scale, @ForAll boolean allowNegative) {
    Optional<Long> expected = referenceParse(text, scale, allowNegative);
    Optional<Long> actual = parseOrEmpty(text, scale, allowNegative);

    Statistics.label("outcome").collect(expected.isPresent() ? "accepted" : "rejected")
        .coverage(c -> {
          c.check("accepted").percentage(p -> p > 15.0);
          c.check("rejected").percentage(p -> p > 15.0);
        });
    assertThat(actual).as("parse(\"%s\", scale %d, negatives %s)", text, scale, allowNegative).isEqualTo(expected);
  }

  @Property
  void shouldRoundTripWhenFormattedThenParsed(@ForAll("formats") Tuple3<Long, Integer, Integer> format) {
    long units = format.get1();
    int scale = format.get2();
    String text = FixedPoint.format(units, scale, format.get3());

    assertThat(FixedPoint.parse(text, scale, true, "value")).as(text).isEqualTo(units);
  }

  @Property
  void shouldFormatLikeBigDecimalPlainStringWhenTrailingZerosAreTrimmedToTheMinimum(
      @ForAll("formats") Tuple3<Long, Integer, Integer> format) {
    long units = format.get1();
    int scale = format.get2();
    int minFractionDigits = format.get3();
    BigDecimal stripped = BigDecimal.valueOf(units, scale).stripTrailingZeros();
    BigDecimal expected = stripped.setScale(Math.max(stripped.scale(), minFractionDigits), RoundingMode.UNNECESSARY);

    assertThat(FixedPoint.format(units, scale, minFractionDigits)).isEqualTo(expected.toPlainString());
  }

  @Property(tries = 3000)
  void shouldAgreeWithBigDecimalWhenDividing(
      @ForAll("dividends") long dividend, @ForAll("divisors") long divisor, @ForAll RoundingMode rounding) {
    Optional<Long> expected = referenceDivide(dividend, divisor, rounding);
    Optional<Long> actual = divideOrEmpty(dividend, divisor, rounding);

    assertThat(actual).as("%d / %d %s", dividend, divisor, rounding).isEqualTo(expected);
  }

  @Property
  void shouldThrowExactlyWhenInexactAndModeIsUnnecessary(
      @ForAll("dividends") long dividend, @ForAll("divisors") long divisor) {
    Assume.that(!(dividend == Long.MIN_VALUE && divisor == -1)); // exact, but the quotient does not fit a long
    boolean exact = dividend % divisor == 0;

    Optional<Long> actual = divideOrEmpty(dividend, divisor, RoundingMode.UNNECESSARY);

    assertThat(actual).isEqualTo(exact ? Optional.of(dividend / divisor) : Optional.empty());
  }

  @Provide
  Arbitrary<String> decimalTexts() {
    Arbitrary<String> shaped = Combinators.combine(
            Arbitraries.of("", "", "", "", "-", "-", "+"),
            digitsOrNone(12),
            Arbitraries.of("", ".", ".", "."),
            digitsOrNone(8))
        .as((sign, intPart, point, fraction) -> sign + intPart + point + (point.isEmpty() ? "" : fraction));
    Arbitrary<String> nearLongBounds = Combinators.combine(
            Arbitraries.longs(), Arbitraries.integers().between(0, 19), Arbitraries.strings().withChars('0')
                .ofMaxLength(3))
        .as((unscaled, scale, zeros) -> {
          String plain = BigDecimal.valueOf(unscaled, scale).toPlainString();
          return plain.contains(".") ? plain + zeros : plain;
        });
    Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789.-+eE ,_").ofMaxLength(12);
    return Arbitraries.frequencyOf(
        Tuple.of(6, shaped), Tuple.of(3, nearLongBounds), Tuple.of(1, noise));
  }

  @Provide
  Arbitrary<Integer> scales() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0, 8)), Tuple.of(1, Arbitraries.integers().between(9, 18)));
  }

  @Provide
  Arbitrary<Tuple3<Long, Integer, Integer>> formats() {
    return Arbitraries.integers().between(0, 6).flatMap(scale -> Combinators.combine(
            Arbitraries.longs(), Arbitraries.integers().between(0, scale))
        .as((units, minFractionDigits) -> Tuple.of(units, scale, minFractionDigits)));
  }

  @Provide
  Arbitrary<Long> dividends() {
    return Arbitraries.oneOf(List.of(Arbitraries.longs(), Arbitraries.longs().between(-1_000, 1_000)));
  }

  @Provide
  Arbitrary<Long> divisors() {
    return Arbitraries.oneOf(List.of(
            Arbitraries.longs(), Arbitraries.longs().between(-20, 20), Arbitraries.of(100L, 10_000L, 1_000_000L)))
        .filter(d -> d != 0);
  }

  /** Mostly one or more digits, sometimes none (which only a reject may follow from). */
  private static Arbitrary<String> digitsOrNone(int maxDigits) {
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(maxDigits)),
        Tuple.of(1, Arbitraries.just("")));
  }

  private static Optional<Long> parseOrEmpty(String text, int scale, boolean allowNegative) {
    try {
      return Optional.of(FixedPoint.parse(text, scale, allowNegative, "value"));
    } catch (IllegalArgumentException rejected) {
      return Optional.empty();
    }
  }

  private static Optional<Long> referenceParse(String text, int scale, boolean allowNegative) {
    if (!PLAIN_DECIMAL.matcher(text).matches() || (!allowNegative && text.startsWith("-"))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(text).movePointRight(scale).longValueExact());
    } catch (ArithmeticException notExactOrTooLarge) {
      return Optional.empty();
    }
  }

  private static Optional<Long> divideOrEmpty(long dividend, long divisor, RoundingMode rounding) {
    try {
      return Optional.of(FixedPoint.divide(dividend, divisor, rounding));
    } catch (ArithmeticException inexactOrOverflow) {
      return Optional.empty();
    }
  }

  private static Optional<Long> referenceDivide(long dividend, long divisor, RoundingMode rounding) {
    try {
      BigDecimal quotient = BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), 0, rounding);
      return Optional.of(quotient.longValueExact());
    } catch (ArithmeticException inexactOrOverflow) {
      return Optional.empty();
    }
  }
}
