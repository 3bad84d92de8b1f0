package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

class RateLimiterTest {
  private VirtualTimeScheduler time;
  private RateLimiter limiter;

  @BeforeEach
  void start() {
    time = VirtualTimeScheduler.create();
    Clock clock = () -> time.now(TimeUnit.NANOSECONDS);
    limiter = new RateLimiter(RateLimits.basic(), clock, time); // read 200/s, 400 deep; write 100/s, 100 deep
  }

  private void drainRead() {
    limiter.acquire(Bucket.READ, 400).block(Duration.ofSeconds(1));
  }

  @Test
  void shouldGrantTheWholeCapacityAtOnceWhenTheBucketIsFull() {
    StepVerifier.withVirtualTime(() -> Flux.range(0, 40).concatMap(i -> limiter.acquire(Bucket.READ, 10)), () -> time,
            Long.MAX_VALUE)
        .verifyComplete();

    assertThat(time.now(TimeUnit.NANOSECONDS)).isZero();
    assertThat(limiter.availableTokens(Bucket.READ)).isZero();
  }

  @Test
  void shouldWaitForTheRefillWhenTheBucketIsEmpty() {
    drainRead();

    StepVerifier.withVirtualTime(() -> limiter.acquire(Bucket.READ, 10), () -> time, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(49)) // 10 tokens at 200/s take 50 ms
        .thenAwait(Duration.ofMillis(1))
        .verifyComplete();
  }

  @Test
  void shouldRefillAtTheConfiguredRateUpToTheCapacity() {
    drainRead();

    time.advanceTimeBy(Duration.ofMillis(250));
    assertThat(limiter.availableTokens(Bucket.READ)).isEqualTo(50);
    time.advanceTimeBy(Duration.ofMinutes(5));
    assertThat(limiter.availableTokens(Bucket.READ)).isEqualTo(400);
  }

  @Test
  void shouldServeWaitersInArrivalOrderWhenTheyQueue() {
    drainRead();

    StepVerifier.withVirtualTime(() -> Flux.merge(
                limiter.acquire(Bucket.READ, 100).thenReturn("first"),
                limiter.acquire(Bucket.READ, 100).thenReturn("second"),
                limiter.acquire(Bucket.READ, 100).thenReturn("third")),
            () -> time, Long.MAX_VALUE)
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(499))
        .thenAwait(Duration.ofMillis(1)).expectNext("first")
        .expectNoEvent(Duration.ofMillis(499))
        .thenAwait(Duration.ofMillis(1)).expectNext("second")
        .thenAwait(Duration.ofMillis(500)).expectNext("third")
        .verifyComplete();
  }

  @Test
  void shouldChargeThePerEndpointCostsWhenAcquiringForAnEndpoint() {
    limiter.acquire(KalshiEndpoint.GET_ORDER, 1).block(Duration.ofSeconds(1));
    assertThat(limiter.availableTokens(Bucket.READ)).isEqualTo(398);
    limiter.acquire(KalshiEndpoint.LIST_MARKETS, 1).block(Duration.ofSeconds(1));
    assertThat(limiter.availableTokens(Bucket.READ)).isEqualTo(388);

    limiter.acquire(KalshiEndpoint.CANCEL_ORDER, 1).block(Duration.ofSeconds(1));
    assertThat(limiter.availableTokens(Bucket.WRITE)).isEqualTo(98);
    limiter.acquire(KalshiEndpoint.BATCH_CANCEL_ORDERS, 4).block(Duration.ofSeconds(1));
    assertThat(limiter.availableTokens(Bucket.WRITE)).isEqualTo(90);
    limiter.acquire(KalshiEndpoint.BATCH_CREATE_ORDERS, 3).block(Duration.ofSeconds(1));
    assertThat(limiter.availableTokens(Bucket.WRITE)).isEqualTo(60);
    limiter.acquire(KalshiEndpoint.CREATE_ORDER, 1).block(Duration.ofSeconds(1));
    assertThat(limiter.availableTokens(Bucket.WRITE)).isEqualTo(50);
  }

  @Test
  void shouldLetWritesThroughWhenReadsHaveDrainedTheirBucket() {
    drainRead();

    StepVerifier.withVirtualTime(() -> limiter.acquire(Bucket.WRITE, 100), () -> time, Long.MAX_VALUE)
        .verifyComplete();

    assertThat(time.now(TimeUnit.NANOSECONDS)).isZero();
    assertThat(limiter.availableTokens(Bucket.READ)).isZero();
  }

  @Test
  void shouldFailAtOnceWhenARequestCostsMoreThanTheCapacity() {
    StepVerifier.withVirtualTime(() -> limiter.acquire(Bucket.WRITE, 101), () -> time, Long.MAX_VALUE)
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(
            RequestCostExceedsCapacityException.class, tooBig -> {
              assertThat(tooBig.cost()).isEqualTo(101);
              assertThat(tooBig.capacity()).isEqualTo(100);
            }))
        .verify();

    assertThat(limiter.availableTokens(Bucket.WRITE)).as("nothing was taken").isEqualTo(100);
  }

  @Test
  void shouldGiveTheTokensBackWhenAWaiterGivesUp() {
    drainRead();
    Disposable waiting = limiter.acquire(Bucket.READ, 200).subscribe();
    assertThat(limiter.availableTokens(Bucket.READ)).isEqualTo(-200);

    waiting.dispose();

    assertThat(limiter.availableTokens(Bucket.READ)).isZero();
  }

  @Test
  void shouldUseTheTierCapacitiesWhenBuiltForATier() {
    assertThat(UsageTier.BASIC.read()).isEqualTo(new BucketLimits(200, 400));
    assertThat(UsageTier.BASIC.write()).isEqualTo(new BucketLimits(100, 100));
    assertThat(UsageTier.ADVANCED.write()).isEqualTo(new BucketLimits(300, 600));
    assertThat(UsageTier.EXPERT.read()).isEqualTo(new BucketLimits(600, 600));
    assertThat(UsageTier.PRESTIGE.write()).isEqualTo(new BucketLimits(8_000, 16_000));
  }
}
