package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.time.ManualClock;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TokenBucketProperties {
  /** One request: it arrives {@code afterNs} after the previous one and costs {@code tokens}. */
  record Request(long afterNs, long tokens) {}

  @Provide
  Arbitrary<Request> requests() {
    return Combinators.combine(Arbitraries.longs().between(0, 50_000_000L), Arbitraries.longs().between(1, 50))
        .as(Request::new);
  }

  @Property
  void shouldNeverGrantMoreThanCapacityPlusRefillInAnyRun(
      @ForAll @IntRange(min = 1, max = 1_000) int ratePerSecond,
      @ForAll @IntRange(min = 50, max = 2_000) int capacity,
      @ForAll @Size(max = 200) List<@net.jqwik.api.From("requests") Request> requests) {
    ManualClock clock = new ManualClock(1_000_000_000L);
    long startNs = clock.nowNs();
    TokenBucket bucket = new TokenBucket(new BucketLimits(ratePerSecond, capacity), clock);
    long granted = 0;
    long lastGrantNs = startNs;
    for (Request request : requests) {
      clock.advance(request.afterNs());
      long grantNs = clock.nowNs() + bucket.reserve(request.tokens());
      granted += request.tokens();
      // first come, first served
      assertThat(grantNs).isGreaterThanOrEqualTo(lastGrantNs);
      lastGrantNs = grantNs;
      // everything granted by grantNs fits in the burst plus what the refill added since the start
      long allowedUnits = capacity * 1_000_000_000L + (grantNs - startNs) * ratePerSecond;
      assertThat(granted * 1_000_000_000L).isLessThanOrEqualTo(allowedUnits);
    }
  }

  @Property
  void shouldNotMakeACallerWaitWhenTheTokensAreThere(
      @ForAll @IntRange(min = 1, max = 1_000) int ratePerSecond,
      @ForAll @IntRange(min = 1, max = 1_000) int cost) {
    ManualClock clock = new ManualClock(0);
    TokenBucket bucket = new TokenBucket(new BucketLimits(ratePerSecond, 1_000), clock);

    assertThat(bucket.reserve(cost)).isZero();
    assertThat(bucket.available()).isEqualTo(1_000 - cost);
  }
}
