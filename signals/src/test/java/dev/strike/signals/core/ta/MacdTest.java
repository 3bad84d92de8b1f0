package dev.strike.signals.core.ta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MacdTest {
  @Test
  void shouldGiveTheHandComputedLinesWhenFedAShortSeries() {
    // MACD(2, 3, 2) on 10, 11, 12, 11, 13. EMA2 (α 2/3) seeded with (10 + 11)/2 = 10.5, then 11.5, 11 1/6, 12 7/18;
    // EMA3 (α 1/2) seeded with 11, then 11, 12. macd: 1/2, 1/6, 7/18. signal EMA2 of macd seeded at the second
    // value: (1/2 + 1/6)/2 = 1/3, then 1/3 + 2/3 × (7/18 − 1/3) = 10/27; histogram 1/6 − 1/3 = −1/6, then
    // 7/18 − 10/27 = 1/54.
    Macd macd = new Macd(2, 3, 2);
    macd.update(10);
    macd.update(11);
    macd.update(12);
    assertThat(macd.isReady()).isFalse();
    assertThat(macd.macd()).isNaN();

    macd.update(11);
    assertThat(macd.isReady()).isTrue();
    assertThat(macd.macd()).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(macd.signal()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(macd.histogram()).isCloseTo(-1.0 / 6, within(1e-12));

    macd.update(13);
    assertThat(macd.macd()).isCloseTo(7.0 / 18, within(1e-12));
    assertThat(macd.signal()).isCloseTo(10.0 / 27, within(1e-12));
    assertThat(macd.histogram()).isCloseTo(1.0 / 54, within(1e-12));
  }

  @Test
  void shouldBeSevenTimesTheSlopeWhenTheDefaultsFollowARamp() {
    // An SMA-seeded EMA(n) of a ramp of slope s lags it by exactly (n − 1)/2 × s (the SMA seed lags by that much
    // and so does the EMA's steady state, (1 − α)/α × s), so macd = (26 − 1)/2 × s − (12 − 1)/2 × s = 7s, its
    // signal is 7s too and the histogram 0; ready after 26 + 9 − 1 = 34 closes.
    Macd macd = new Macd();
    for (int i = 1; i <= 33; i++) {
      macd.update(100 + 0.5 * i);
      assertThat(macd.isReady()).isFalse();
    }
    macd.update(100 + 0.5 * 34);

    assertThat(macd.warmUpBars()).isEqualTo(34);
    assertThat(macd.isReady()).isTrue();
    assertThat(macd.macd()).isCloseTo(3.5, within(1e-9));
    assertThat(macd.signal()).isCloseTo(3.5, within(1e-9));
    assertThat(macd.histogram()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void shouldStartOverWhenReset() {
    Macd macd = new Macd(1, 2, 1);
    macd.update(1);
    macd.update(2);
    assertThat(macd.isReady()).isTrue();

    macd.reset();

    assertThat(macd.isReady()).isFalse();
    assertThat(macd.histogram()).isNaN();
  }

  @Test
  void shouldRejectASlowPeriodNotAboveTheFastOne() {
    assertThatThrownBy(() -> new Macd(12, 12, 9)).isInstanceOf(IllegalArgumentException.class);
  }
}
