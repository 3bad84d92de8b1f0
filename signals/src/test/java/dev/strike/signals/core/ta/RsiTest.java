package dev.strike.signals.core.ta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RsiTest {
  /**
   * The worked example of Wilder's RSI(14) published by StockCharts ("Relative Strength Index", ChartSchool, the
   * cs-rsi spreadsheet): 33 closes and the 19 RSI values they give, to two decimals. First value by hand: the first
   * 14 changes hold gains of 3.3374 and losses of 1.3943, averages 0.238386 and 0.099593, RS 2.3936, RSI
   * 100 − 100/3.3936 = 70.53.
   */
  private static final double[] CLOSES = {
      44.3389, 44.0902, 44.1497, 43.6124, 44.3278, 44.8264, 45.0955, 45.4245, 45.8433, 46.0826, 45.8931, 46.0328,
      45.6140, 46.2820, 46.2820, 46.0028, 46.0328, 46.4116, 46.2222, 45.6439, 46.2122, 46.2521, 45.7137, 46.4515,
      45.7835, 45.3548, 44.0288, 44.1783, 44.2181, 44.5672, 43.4205, 42.6628, 43.1314};
  private static final double[] PUBLISHED = {
      70.53, 66.32, 66.55, 69.41, 66.36, 57.97, 62.93, 63.26, 56.06, 62.38, 54.71, 50.42, 39.99, 41.46, 41.87, 45.46,
      37.30, 33.08, 37.77};

  @Test
  void shouldGiveThePublishedValuesWhenFedWildersExampleSeries() {
    Rsi rsi = new Rsi();
    for (int i = 0; i < 14; i++) {
      assertThat(rsi.update(CLOSES[i])).as("close %d", i).isNaN();
      assertThat(rsi.isReady()).isFalse();
    }
    for (int i = 14; i < CLOSES.length; i++) {
      double value = rsi.update(CLOSES[i]);

      assertThat(rsi.isReady()).isTrue();
      assertThat(value).as("RSI at close %d", i).isCloseTo(PUBLISHED[i - 14], within(0.005));
    }
  }

  @Test
  void shouldGiveTheHandComputedFirstValueWhenTheFirstPeriodEnds() {
    Rsi rsi = new Rsi();
    for (int i = 0; i < 15; i++) {
      rsi.update(CLOSES[i]);
    }
    // gains 3.3374 / 14 = 0.23838571, losses 1.3943 / 14 = 0.09959286: 100 × 0.23838571 / 0.33797857 = 70.53279
    assertThat(rsi.value()).isCloseTo(70.53279, within(1e-5));
  }

  @Test
  void shouldBeOneHundredWhenEveryMoveIsUp() {
    Rsi rsi = new Rsi(3);
    rsi.update(1);
    rsi.update(2);
    rsi.update(3);

    assertThat(rsi.update(4)).isEqualTo(100.0);
  }

  @Test
  void shouldBeFiftyWhenNothingMoves() {
    Rsi rsi = new Rsi(2);
    rsi.update(5);
    rsi.update(5);

    assertThat(rsi.update(5)).isEqualTo(50.0);
  }

  @Test
  void shouldSmoothTheWilderWayWhenPastThePeriod() {
    Rsi rsi = new Rsi(2);
    rsi.update(10);
    rsi.update(12); // gain 2
    rsi.update(11); // loss 1: avgGain 1, avgLoss 0.5, RSI 66.667
    // close 14: gain 3: avgGain (1 × 1 + 3) / 2 = 2, avgLoss (0.5 × 1 + 0) / 2 = 0.25, RSI 100 × 2 / 2.25 = 88.889
    assertThat(rsi.update(14)).isCloseTo(88.8889, within(1e-4));
  }

  @Test
  void shouldStartOverWhenReset() {
    Rsi rsi = new Rsi(1);
    rsi.update(1);
    rsi.update(2);
    rsi.reset();

    assertThat(rsi.update(3)).isNaN();
    assertThat(rsi.isReady()).isFalse();
    assertThat(rsi.update(2)).isEqualTo(0.0);
  }

  @Test
  void shouldRejectANonFiniteClose() {
    assertThatThrownBy(() -> new Rsi().update(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
