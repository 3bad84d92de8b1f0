package dev.strike.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  private static final Map<String, ChronoUnit> UNITS = Map.of("ns", ChronoUnit.NANOS, "us", ChronoUnit.MICROS,
      "ms", ChronoUnit.MILLIS, "s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS,
      "d", ChronoUnit.DAYS);

  @Provide
  Arbitrary<String> units() {
    return Arbitraries.of(UNITS.keySet());
  }

  @Property
  void shouldReadAmountTimesUnitWhenWrittenInSimpleForm(@ForAll @LongRange(min = 0, max = 1_000_000) long amount,
      @ForAll("units") String unit) {
    assertThat(DurationText.parse(amount + unit)).contains(Duration.of(amount, UNITS.get(unit)));
  }

  @Property
  void shouldRoundTripWhenWrittenInIsoForm(@ForAll @LongRange(min = -1_000_000_000_000L,
      max = 1_000_000_000_000L) long millis) {
    Duration duration = Duration.ofMillis(millis);

    assertThat(DurationText.parse(duration.toString())).contains(duration);
  }

  @Property
  void shouldRefuseBareNumbersWhenNotZero(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long amount) {
    assertThat(DurationText.parse(Long.toString(amount))).isEmpty();
  }

  @Test
  void shouldReadZeroWithoutUnitWhenItIsZero() {
    assertThat(DurationText.parse("0")).contains(Duration.ZERO);
  }

  @Test
  void shouldAddPartsWhenSeveralAreChained() {
    assertThat(DurationText.parse("1d2h3m4s5ms")).contains(Duration.parse("P1DT2H3M4.005S"));
  }

  @Test
  void shouldRefuseWhenAmountDoesNotFitADuration() {
    assertThat(DurationText.parse("999999999999999999d")).isEmpty();
  }

  @Test
  void shouldRefuseWhenTextIsEmptyOrUnitless() {
    assertThat(DurationText.parse("")).isEmpty();
    assertThat(DurationText.parse("ms")).isEmpty();
    assertThat(DurationText.parse("PT")).isEmpty();
  }
}
