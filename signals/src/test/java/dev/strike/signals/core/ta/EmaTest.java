package dev.strike.signals.core.ta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmaTest {
  @Test
  void shouldSeedWithTheSimpleAverageThenSmoothWhenFed() {
    // EMA(3), α 0.5: seed (2 + 4 + 6)/3 = 4, then 4 + 0.5 × (10 − 4) = 7, then 7 + 0.5 × (5 − 7) = 6
    Ema ema = new Ema(3);
    assertThat(ema.update(2)).isNaN();
    assertThat(ema.update(4)).isNaN();
    assertThat(ema.update(6)).isEqualTo(4.0);
    assertThat(ema.update(10)).isEqualTo(7.0);
    assertThat(ema.update(5)).isCloseTo(6.0, within(1e-12));
    assertThat(ema.isReady()).isTrue();
  }
}
