package dev.strike.common.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockTest {

  @Test
  void shouldReadTheWallClockInEpochNanosecondsWhenSystem() {
    long before = Instant.now().toEpochMilli();
    long now = SystemClock.INSTANCE.nowNs();
    long after = Instant.now().toEpochMilli();
    assertThat(now / 1_000_000).isBetween(before, after);
  }

  @Test
  void shouldMoveOnlyWhenToldWhenManual() {
    ManualClock clock = new ManualClock(1_000);
    assertThat(clock.nowNs()).isEqualTo(1_000);
    clock.advance(500);
    assertThat(clock.nowNs()).isEqualTo(1_500);
    clock.set(10);
    assertThat(clock.nowNs()).isEqualTo(10);
  }

  @Test
  void shouldRefuseANegativeAdvanceWhenManual() {
    assertThatThrownBy(() -> new ManualClock(0).advance(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldFollowEventTimeAndNeverGoBackWhenReplaying() {
    ReplayClock clock = new ReplayClock(100);
    assertThat(clock.advanceTo(250)).isEqualTo(250);
    assertThat(clock.advanceTo(200)).as("an out-of-order event leaves the clock where it is").isEqualTo(250);
    assertThat(clock.nowNs()).isEqualTo(250);
    assertThat(clock.advanceTo(300)).isEqualTo(300);
  }
}
