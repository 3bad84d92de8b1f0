package dev.strike.signals.core.ta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VwapTest {
  @Test
  void shouldWeighTheLastBarsByVolumeWhenRolling() {
    Vwap vwap = Vwap.rolling(3);
    vwap.update(100, 1, 0);
    vwap.update(102, 3, 1);
    assertThat(vwap.isReady()).isFalse();
    assertThat(vwap.value()).isNaN();

    vwap.update(101, 0, 2);
    // (100 × 1 + 102 × 3 + 0) / 4 = 406 / 4 = 101.5
    assertThat(vwap.value()).isCloseTo(101.5, within(1e-12));

    vwap.update(104, 2, 3);
    // the first bar left: (102 × 3 + 104 × 2) / 5 = 514 / 5 = 102.8
    assertThat(vwap.value()).isCloseTo(102.8, within(1e-12));
    assertThat(vwap.volume()).isCloseTo(5.0, within(1e-12));
  }

  @Test
  void shouldNotBeReadyWhenTheWindowHoldsNoVolume() {
    Vwap vwap = Vwap.rolling(2);
    vwap.update(100, 1, 0);
    vwap.update(100, 0, 1);
    assertThat(vwap.isReady()).isTrue();

    vwap.update(100, 0, 2);

    assertThat(vwap.isReady()).isFalse();
    assertThat(vwap.volume()).isEqualTo(0.0);
    assertThat(vwap.value()).isNaN();
  }

  @Test
  void shouldRestartAtEachSessionWhenSessioned() {
    Vwap vwap = Vwap.session(10);
    vwap.update(100, 1, 5);
    vwap.update(110, 1, 9);
    assertThat(vwap.value()).isCloseTo(105.0, within(1e-12));

    vwap.update(120, 2, 12);
    assertThat(vwap.value()).isCloseTo(120.0, within(1e-12));

    // a late update (t = 8, from the last session) counts in the current one: (240 + 180) / 4 = 105
    vwap.update(90, 2, 8);
    assertThat(vwap.value()).isCloseTo(105.0, within(1e-12));
  }

  @Test
  void shouldRejectANegativeVolume() {
    assertThatThrownBy(() -> Vwap.rolling(2).update(100, -1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
