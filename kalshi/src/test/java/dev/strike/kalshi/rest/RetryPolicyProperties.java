package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

class RetryPolicyProperties {

  @Property
  void shouldStayWithinTheJitteredNominalWait(
      @ForAll @LongRange(min = 1, max = 10_000) long initialMs,
      @ForAll @LongRange(min = 0, max = 100_000) long extraMs,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) @Scale(4) double jitter,
      @ForAll @IntRange(min = 0, max = 99) int retry,
      @ForAll @DoubleRange(min = 0.0, max = 0.999999) @Scale(6) double random) {
    RetryPolicy policy = new RetryPolicy(100, Duration.ofMillis(initialMs), Duration.ofMillis(initialMs + extraMs),
        jitter);
    long nominal = policy.nominalBackoff(retry).toNanos();

    long wait = policy.backoff(retry, random).toNanos();

    assertThat(wait).isLessThanOrEqualTo(nominal).isGreaterThanOrEqualTo((long) Math.floor(nominal * (1 - jitter)));
  }

  @Property
  void shouldDoubleUntilTheCapAndNeverShrink(
      @ForAll @LongRange(min = 1, max = 10_000) long initialMs,
      @ForAll @LongRange(min = 0, max = 100_000) long extraMs,
      @ForAll @IntRange(min = 0, max = 98) int retry) {
    RetryPolicy policy = new RetryPolicy(100, Duration.ofMillis(initialMs), Duration.ofMillis(initialMs + extraMs),
        0.0);
    Duration now = policy.nominalBackoff(retry);
    Duration next = policy.nominalBackoff(retry + 1);

    assertThat(next).isGreaterThanOrEqualTo(now).isLessThanOrEqualTo(policy.maxBackoff());
    if (next.compareTo(policy.maxBackoff()) < 0) {
      assertThat(next).isEqualTo(now.multipliedBy(2));
    }
    assertThat(policy.nominalBackoff(0)).isEqualTo(policy.initialBackoff());
  }

  @Example
  void shouldRefuseSettingsThatMakeNoSense() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1), 0))
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(5), 0))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 1.5))
        .hasMessageContaining("jitter");
  }
}
