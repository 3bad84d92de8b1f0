package dev.strike.app.bench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LagVerdictTest {

  @Test
  void shouldKeepUpWhenTheLagStaysSmall() {
    assertThat(LagVerdict.bounded(10_000, List.of(300L, 900L, 200L, 1_100L, 400L))).isTrue();
  }

  @Test
  void shouldFallBehindWhenTheLagEndsAboveOneSecondOfInput() {
    assertThat(LagVerdict.bounded(10_000, List.of(9_000L, 9_500L, 10_000L))).isFalse();
  }

  @Test
  void shouldFallBehindWhenTheLagGrowsOverTheSecondHalf() {
    assertThat(LagVerdict.bounded(10_000, List.of(100L, 1_000L, 3_000L, 5_000L, 7_000L))).isFalse();
  }
}
