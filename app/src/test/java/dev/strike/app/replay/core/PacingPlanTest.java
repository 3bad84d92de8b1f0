package dev.strike.app.replay.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PacingPlanTest {
  private static final long SECOND = 1_000_000_000L;
  private static final long T0 = 1_772_000_000L * SECOND;

  @Test
  void shouldWaitTheEventGapAtRealSpeed() {
    PacingPlan plan = new PacingPlan(ReplaySpeed.REAL);

    assertThat(plan.waitNanos(T0, 100)).isZero();
    assertThat(plan.waitNanos(T0 + 2 * SECOND, 100)).isEqualTo(2 * SECOND);
    assertThat(plan.waitNanos(T0 + 2 * SECOND, 100 + SECOND / 2)).isEqualTo(3 * SECOND / 2);
  }

  @Test
  void shouldScaleTheGapBySpeed() {
    PacingPlan plan = new PacingPlan(ReplaySpeed.parse("60"));
    plan.waitNanos(T0, 0);

    assertThat(plan.waitNanos(T0 + 60 * SECOND, 0)).isEqualTo(SECOND);
    assertThat(plan.waitNanos(T0 + 120 * SECOND, SECOND)).isEqualTo(SECOND);
  }

  @Test
  void shouldNotDriftWhenTheCallerIsLate() {
    PacingPlan plan = new PacingPlan(ReplaySpeed.REAL);
    plan.waitNanos(T0, 0);

    // due at 1 s and 2 s after the anchor whatever happened in between
    assertThat(plan.waitNanos(T0 + SECOND, 3 * SECOND / 2)).isZero();
    assertThat(plan.waitNanos(T0 + 2 * SECOND, 3 * SECOND / 2)).isEqualTo(SECOND / 2);
  }

  @Test
  void shouldNotWaitForAnEventOlderThanTheFirst() {
    PacingPlan plan = new PacingPlan(ReplaySpeed.REAL);
    plan.waitNanos(T0, 0);

    assertThat(plan.waitNanos(T0 - 10 * SECOND, 0)).isZero();
  }

  @Test
  void shouldNeverWaitAtMax() {
    PacingPlan plan = new PacingPlan(ReplaySpeed.MAX);
    plan.waitNanos(T0, 0);

    assertThat(plan.waitNanos(T0 + 3_600 * SECOND, 0)).isZero();
  }

  @Test
  void shouldParseSpeeds() {
    assertThat(ReplaySpeed.parse("max").isMax()).isTrue();
    assertThat(ReplaySpeed.parse("MAX")).isEqualTo(ReplaySpeed.MAX);
    assertThat(ReplaySpeed.parse("60").factor()).isEqualTo(60.0);
    assertThat(ReplaySpeed.parse("60x").toString()).isEqualTo("60x");
    assertThat(ReplaySpeed.parse("0.5").factor()).isEqualTo(0.5);
    assertThat(ReplaySpeed.parse("lockstep")).isEqualTo(ReplaySpeed.LOCKSTEP);
    assertThat(ReplaySpeed.LOCKSTEP.isMax()).isTrue();
    assertThat(ReplaySpeed.LOCKSTEP.lockstep()).isTrue();
    assertThat(ReplaySpeed.MAX.lockstep()).isFalse();
    assertThat(ReplaySpeed.LOCKSTEP.toString()).isEqualTo("lockstep");
    assertThatThrownBy(() -> new ReplaySpeed(60, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReplaySpeed.parse("0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReplaySpeed.parse("fast")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fast'");
  }
}
