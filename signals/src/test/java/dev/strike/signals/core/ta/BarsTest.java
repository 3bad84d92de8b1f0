package dev.strike.signals.core.ta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BarsTest {
  @Test
  void shouldCloseABarWhenTheFirstTickAfterItArrives() {
    Bars bars = new Bars(10);
    assertThat(bars.onTick(100, 1, 3)).isZero();
    assertThat(bars.onTick(101, 2, 7)).isZero();
    assertThat(bars.closedClose()).isNaN();

    assertThat(bars.onTick(99, 0, 12)).isEqualTo(1);

    // bar [0, 10): close 101, volume 3, VWAP (100 + 202) / 3 = 100.667
    assertThat(bars.closedStartNs()).isZero();
    assertThat(bars.closedClose()).isEqualTo(101.0);
    assertThat(bars.closedVolume()).isEqualTo(3.0);
    assertThat(bars.closedVwap()).isCloseTo(302.0 / 3, within(1e-12));
    assertThat(bars.openStartNs()).isEqualTo(10);
    assertThat(bars.openClose()).isEqualTo(99.0);
  }

  @Test
  void shouldCountEmptyBarsWhenTheFeedWasQuiet() {
    Bars bars = new Bars(10);
    bars.onTick(100, 1, 3);
    bars.onTick(99, 0, 12);

    // t = 45 closes [10, 20) (close 99, nothing with a size: VWAP = close) and the empty [20, 30) and [30, 40)
    assertThat(bars.onTick(98, 1, 45)).isEqualTo(3);
    assertThat(bars.closedStartNs()).isEqualTo(10);
    assertThat(bars.closedClose()).isEqualTo(99.0);
    assertThat(bars.closedVolume()).isEqualTo(0.0);
    assertThat(bars.closedVwap()).isEqualTo(99.0);
    assertThat(bars.openStartNs()).isEqualTo(40);
  }

  @Test
  void shouldFoldALateTickIntoTheOpenBar() {
    Bars bars = new Bars(10);
    bars.onTick(100, 1, 41);

    assertThat(bars.onTick(97, 2, 38)).isZero();

    assertThat(bars.lateTicks()).isEqualTo(1);
    assertThat(bars.openClose()).isEqualTo(97.0);
    assertThat(bars.openVolume()).isEqualTo(3.0);
    assertThat(bars.onTick(96, 1, 50)).isEqualTo(1);
    // (100 × 1 + 97 × 2) / 3 = 98
    assertThat(bars.closedVwap()).isCloseTo(98.0, within(1e-12));
  }

  @Test
  void shouldAlignBarsToTheEpochWhenTimesAreLarge() {
    Bars bars = new Bars(1_000_000_000L);
    bars.onTick(100, 1, 1_786_987_268_903_512_000L);

    assertThat(bars.openStartNs()).isEqualTo(1_786_987_268_000_000_000L);
  }
}
