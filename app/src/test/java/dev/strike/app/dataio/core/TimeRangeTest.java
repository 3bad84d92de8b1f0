package dev.strike.app.dataio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {
  @Test
  void shouldIncludeFromAndExcludeToWhenBothAreGiven() {
    TimeRange range = new TimeRange(Instant.ofEpochMilli(2000), Instant.ofEpochMilli(5000));
    assertThat(range.contains(1999)).isFalse();
    assertThat(range.contains(2000)).isTrue();
    assertThat(range.contains(4999)).isTrue();
    assertThat(range.contains(5000)).isFalse();
    assertThat(range.fromMs()).isEqualTo(2000);
  }

  @Test
  void shouldRoundBoundsUpWhenTheyFallInsideAMillisecond() {
    TimeRange range = new TimeRange(Instant.ofEpochSecond(2, 500_000), Instant.ofEpochSecond(5, 1));
    assertThat(range.contains(2000)).isFalse(); // 2.000 s is before 2.0005 s
    assertThat(range.contains(2001)).isTrue();
    assertThat(range.contains(5000)).isTrue(); // 5.000 s is before 5.000000001 s
    assertThat(range.contains(5001)).isFalse();
    assertThat(range.fromMs()).isEqualTo(2001);
  }

  @Test
  void shouldRefuseWhenFromIsAfterTo() {
    assertThatThrownBy(() -> new TimeRange(Instant.ofEpochMilli(2), Instant.ofEpochMilli(1)))
        .hasMessageContaining("is after --to");
  }

  @Test
  void shouldContainEverythingWhenNoBoundIsGiven() {
    assertThat(TimeRange.ALL.contains(0)).isTrue();
    assertThat(TimeRange.ALL.fromMs()).isNull();
  }
}
