package dev.strike.kalshi.ws.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {
  private final ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(30), 0.2);

  @Test
  void shouldDoubleFromTheInitialDelayWhenThereIsNoJitterDrawn() {
    assertThat(backoff.delay(0, 0.0)).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.delay(1, 0.0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.delay(3, 0.0)).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void shouldStopAtTheCapWhenAttemptsGrow() {
    assertThat(backoff.delay(6, 0.0)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delay(Integer.MAX_VALUE, 0.0)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void shouldTakeOffAtMostTheJitterFractionWhenRandomIsHigh() {
    assertThat(backoff.delay(0, 0.5)).isEqualTo(Duration.ofMillis(450));
  }

  @Test
  void shouldRefuseBoundsThatMakeNoSenseWhenCreated() {
    assertThatThrownBy(() -> new ReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1), 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void shouldStayWithinTheJitteredBandAndTheCapForAnyAttempt(@ForAll @IntRange(min = 0, max = 200) int attempt,
      @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double random) {
    Duration delay = backoff.delay(attempt, random);
    Duration base = backoff.delay(attempt, 0.0);
    assertThat(delay).isLessThanOrEqualTo(base).isLessThanOrEqualTo(Duration.ofSeconds(30));
    assertThat(delay.toNanos()).isGreaterThanOrEqualTo((long) (base.toNanos() * 0.8) - 1);
    assertThat(base).isLessThanOrEqualTo(backoff.delay(attempt + 1, 0.0));
  }
}
