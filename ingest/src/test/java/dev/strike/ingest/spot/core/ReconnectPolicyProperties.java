package dev.strike.ingest.spot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ReconnectPolicyProperties {

  @Property
  void delayStaysWithinMinAndMax(@ForAll @LongRange(min = 1, max = 60_000) long minMs,
      @ForAll @LongRange(min = 0, max = 600_000) long extraMs, @ForAll @IntRange(min = 0, max = 1000) int failures,
      @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double jitter) {
    ReconnectPolicy policy = new ReconnectPolicy(Duration.ofMillis(minMs), Duration.ofMillis(minMs + extraMs), 0);

    long delay = policy.delayNs(failures, jitter);

    assertThat(delay).isBetween(Duration.ofMillis(minMs).toNanos(), Duration.ofMillis(minMs + extraMs).toNanos());
    assertThat(delay).isLessThanOrEqualTo(policy.ceilingNs(failures));
  }

  @Property
  void ceilingNeverShrinksWithMoreFailures(@ForAll @LongRange(min = 1, max = 60_000) long minMs,
      @ForAll @LongRange(min = 0, max = 600_000) long extraMs, @ForAll @IntRange(min = 0, max = 1000) int failures) {
    ReconnectPolicy policy = new ReconnectPolicy(Duration.ofMillis(minMs), Duration.ofMillis(minMs + extraMs), 0);

    assertThat(policy.ceilingNs(failures + 1)).isGreaterThanOrEqualTo(policy.ceilingNs(failures));
  }

  @Example
  void shouldDoubleTheCeilingPerFailureUpToTheCap() {
    ReconnectPolicy policy = new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(3), 0);

    assertThat(policy.ceilingNs(1)).isEqualTo(500_000_000L);
    assertThat(policy.ceilingNs(2)).isEqualTo(1_000_000_000L);
    assertThat(policy.ceilingNs(3)).isEqualTo(2_000_000_000L);
    assertThat(policy.ceilingNs(4)).isEqualTo(3_000_000_000L);
    assertThat(policy.ceilingNs(Integer.MAX_VALUE)).isEqualTo(3_000_000_000L);
  }

  @Example
  void shouldWaitTheMinimumAfterTheFirstFailureWhateverTheJitter() {
    ReconnectPolicy policy = new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 0);

    assertThat(policy.delayNs(1, 0.99)).isEqualTo(500_000_000L);
    assertThat(policy.delayNs(0, 0.5)).isEqualTo(500_000_000L);
  }

  @Example
  void shouldSpreadDelaysWithTheJitter() {
    ReconnectPolicy policy = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 0);

    assertThat(policy.delayNs(3, 0.0)).isEqualTo(1_000_000_000L);
    assertThat(policy.delayNs(3, 0.5)).isEqualTo(2_500_000_000L);
  }

  @Example
  void shouldGiveUpOnlyAfterMaxAttemptsWhenLimited() {
    assertThat(new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 3).givesUp(2)).isFalse();
    assertThat(new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 3).givesUp(3)).isTrue();
    assertThat(new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0).givesUp(1_000_000)).isFalse();
  }

  @Example
  void shouldRefuseAMaximumBelowTheMinimum() {
    assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least minBackoff");
  }

  @Example
  void shouldRefuseJitterOutsideTheUnitInterval() {
    ReconnectPolicy policy = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 0);

    assertThatThrownBy(() -> policy.delayNs(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.delayNs(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
