package dev.strike.kalshi.rest;

import dev.strike.common.time.Clock;
import dev.strike.common.time.SystemClock;
import dev.strike.kalshi.auth.KalshiSigner;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The Kalshi REST client: {@link #marketData()} (public), {@link #portfolio()} and {@link #orders()} (signed; they
 * fail with {@link IllegalStateException} when the client has no signer). One connection pool and one
 * {@link RateLimiter} serve all three. Build with {@link #builder}; close to release the connections.
 *
 * <p>Thread-safe: share one client per process and account.
 */
public final class KalshiRestClient implements AutoCloseable {
  private final KalshiRestConfig config;
  private final RateLimiter rateLimiter;
  private final KalshiHttp http;
  private final KalshiMarketData marketData;
  private final KalshiPortfolio portfolio;
  private final KalshiOrders orders;

  private KalshiRestClient(Builder builder) {
    this.config = builder.config;
    this.rateLimiter = builder.rateLimiter != null ? builder.rateLimiter
        : new RateLimiter(config.rateLimits(), builder.clock, builder.scheduler);
    this.http = new KalshiHttp(config, builder.signer, rateLimiter, builder.clock, builder.scheduler,
        builder.jitter, builder.observer);
    this.marketData = new KalshiMarketData(http);
    this.portfolio = new KalshiPortfolio(http);
    this.orders = new KalshiOrders(http);
  }

  /** A builder for a client with {@code config}. */
  public static Builder builder(KalshiRestConfig config) {
    return new Builder(config);
  }

  /** Public market data. */
  public KalshiMarketData marketData() {
    return marketData;
  }

  /** Signed portfolio reads. */
  public KalshiPortfolio portfolio() {
    return portfolio;
  }

  /** Signed V2 order writes. */
  public KalshiOrders orders() {
    return orders;
  }

  /** The limiter every request goes through. */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** The settings. */
  public KalshiRestConfig config() {
    return config;
  }

  /** Closes the connection pool; requests in flight fail. */
  @Override
  public void close() {
    http.close();
  }

  /** Builds a {@link KalshiRestClient}. Not thread-safe; use once. */
  public static final class Builder {
    private final KalshiRestConfig config;
    private @Nullable KalshiSigner signer;
    private Clock clock = SystemClock.INSTANCE;
    private Scheduler scheduler = Schedulers.parallel();
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
    private KalshiRestObserver observer = KalshiRestObserver.NONE;
    private @Nullable RateLimiter rateLimiter;

    private Builder(KalshiRestConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /** Signs portfolio and order requests; without one only market data works. */
    public Builder signer(KalshiSigner value) {
      this.signer = Objects.requireNonNull(value, "signer");
      return this;
    }

    /** The clock of the rate limiter and of receive times ({@link SystemClock} by default). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Where rate-limit waits and retry backoffs are timed ({@link Schedulers#parallel()} by default). */
    public Builder scheduler(Scheduler value) {
      this.scheduler = Objects.requireNonNull(value, "scheduler");
      return this;
    }

    /** Uniform random numbers in [0, 1) for backoff jitter (a thread-local random by default). */
    public Builder jitterSource(DoubleSupplier value) {
      this.jitter = Objects.requireNonNull(value, "jitter");
      return this;
    }

    /** Hooks for metrics and tests. */
    public Builder observer(KalshiRestObserver value) {
      this.observer = Objects.requireNonNull(value, "observer");
      return this;
    }

    /**
     * A limiter to share (e.g. two clients on one account); by default the client makes its own from the config's
     * limits, the clock and the scheduler.
     */
    public Builder rateLimiter(RateLimiter value) {
      this.rateLimiter = Objects.requireNonNull(value, "rateLimiter");
      return this;
    }

    /** The client. */
    public KalshiRestClient build() {
      return new KalshiRestClient(this);
    }
  }
}
