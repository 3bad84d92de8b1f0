package dev.strike.alerts.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(100, 1_000);

  @Test
  void shouldDoubleEachRetryWithinTheJitterBandWhenNoRetryAfterIsGiven() {
    assertThat(backoff.delayNs(1, 0.5, 0)).isEqualTo(100);
    assertThat(backoff.delayNs(2, 0.5, 0)).isEqualTo(200);
    assertThat(backoff.delayNs(3, 0.0, 0)).isEqualTo(200);
    assertThat(backoff.delayNs(3, 0.999, 0)).isEqualTo(599);
  }

  @Test
  void shouldCapTheDelayWhenRetriesGoOn() {
    assertThat(backoff.delayNs(30, 0.999, 0)).isEqualTo(1_000);
  }

  @Test
  void shouldWaitAsLongAsTheServerAsksWhenItSendsRetryAfter() {
    assertThat(backoff.delayNs(1, 0.5, 5_000)).isEqualTo(5_000);
  }
}
