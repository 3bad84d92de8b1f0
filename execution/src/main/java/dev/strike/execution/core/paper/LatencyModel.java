package dev.strike.execution.core.paper;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * How long a request (an order or a cancel) takes to reach the paper exchange, in nanoseconds: a fixed delay, or
 * draws from recorded samples. Models are immutable descriptions; {@link #newSampler()} gives the stateful source
 * one {@link PaperExchange} draws from, one value per request, in call order, so the same model and the same calls
 * always give the same latencies.
 */
public sealed interface LatencyModel permits LatencyModel.Fixed, LatencyModel.Empirical {

  /** No delay: requests act at the time of the call. */
  LatencyModel ZERO = new Fixed(0);

  /** A new source of latencies, in nanoseconds, not negative. Not thread-safe (one per exchange). */
  LongSupplier newSampler();

  /**
   * Every request takes {@code ns}.
   *
   * @param ns the delay in nanoseconds, not negative
   */
  record Fixed(long ns) implements LatencyModel {
    /** Validates that the delay is not negative. */
    public Fixed {
      if (ns < 0) {
        throw new IllegalArgumentException("a fixed latency must not be negative, got " + ns + " ns");
      }
    }

    @Override
    public LongSupplier newSampler() {
      return () -> ns;
    }
  }

  /**
   * Each request takes one of {@code samplesNs}, drawn uniformly with replacement by a {@link SplittableRandom}
   * seeded with {@code seed} (e.g. round trips measured against Kalshi demo).
   *
   * @param samplesNs measured latencies in nanoseconds, at least one, none negative; copied
   * @param seed the seed of the draws
   */
  record Empirical(long[] samplesNs, long seed) implements LatencyModel {
    /** Validates and copies the samples. */
    public Empirical {
      if (samplesNs == null || samplesNs.length == 0) {
        throw new IllegalArgumentException("an empirical latency model needs at least one sample");
      }
      samplesNs = samplesNs.clone();
      for (long sample : samplesNs) {
        if (sample < 0) {
          throw new IllegalArgumentException("latency samples must not be negative, got " + sample + " ns");
        }
      }
    }

    /** A copy of the samples. */
    @Override
    public long[] samplesNs() {
      return samplesNs.clone();
    }

    @Override
    public LongSupplier newSampler() {
      SplittableRandom random = new SplittableRandom(seed);
      long[] samples = samplesNs.clone();
      return () -> samples[random.nextInt(samples.length)];
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Empirical e && seed == e.seed && Arrays.equals(samplesNs, e.samplesNs);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(samplesNs) + Long.hashCode(seed);
    }

    @Override
    public String toString() {
      return "Empirical[" + samplesNs.length + " samples, seed " + seed + "]";
    }
  }
}
