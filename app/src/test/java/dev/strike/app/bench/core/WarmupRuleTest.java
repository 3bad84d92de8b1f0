package dev.strike.app.bench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarmupRuleTest {

  @Test
  void shouldKeepWarmingWhenShorterThanTheMinimumEvenIfTheJitIsIdle() {
    assertThat(WarmupRule.done(Duration.ofSeconds(20), 0)).isFalse();
  }

  @Test
  void shouldEndWhenTheJitCompiledLessThanFivePercentOfTheWindow() {
    assertThat(WarmupRule.done(Duration.ofSeconds(40), 499)).isTrue();
    assertThat(WarmupRule.done(Duration.ofSeconds(40), 500)).isFalse();
  }

  @Test
  void shouldEndAtTheLimitWhenTheJitIsStillBusy() {
    assertThat(WarmupRule.done(Duration.ofSeconds(290), 3_000)).isFalse();
    assertThat(WarmupRule.done(Duration.ofSeconds(300), 3_000)).isTrue();
  }

  @Test
  void shouldSayWhetherTheJitSettledWhenDescribingTheWarmup() {
    assertThat(WarmupRule.describe(Duration.ofSeconds(110), 120))
        .isEqualTo("warm-up: 110 s, until the JIT settled (it compiled 1.2 % of the last 10 s)");
    assertThat(WarmupRule.describe(Duration.ofSeconds(300), 750))
        .isEqualTo("warm-up: 300 s, the limit; the JIT still compiled 7.5 % of the last 10 s, so the figures include "
            + "some compilation");
  }

  @Test
  void shouldRefuseANegativeCompilationTime() {
    assertThatThrownBy(() -> WarmupRule.settled(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jitMsInWindow");
  }
}
