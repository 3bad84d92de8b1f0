package dev.strike.ingest.spot.shell;

import dev.strike.common.config.ConfigLoader;
import dev.strike.common.ops.Health;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.ingest.spot.SpotSettings;
import dev.strike.ingest.spot.core.Exchange;
import dev.strike.ingest.spot.core.FeedPhase;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code ingest-spot} service: one {@link SpotFeed} per enabled exchange of {@link SpotSettings}, each with its
 * own connection, reconnect loop, thread and staleness tracking, all publishing {@code SpotTick}s to {@code md.spot}
 * (keyed by asset) and unreadable frames to {@code dlq}. It consumes nothing.
 *
 * <p>Health components: {@code service:ingest-spot} (up while running) and {@code feed:<exchange>} per feed (see
 * {@link SpotFeed#health}). Meters: see {@code FeedMetrics}. {@link #run} completes when the service is closed and
 * fails when every feed gave up ({@code spot.reconnect.maxAttempts}) or a feed hit a broken invariant. With no feed
 * enabled it runs idle and says so in its health. Thread-safe.
 */
public final class IngestSpotService implements StrikeService {
  /** The service's name (health component, {@code --services} value). */
  public static final String NAME = "ingest-spot";

  private static final Logger log = LoggerFactory.getLogger(IngestSpotService.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final SpotSettings settings;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final Sinks.One<Boolean> closeRequested = Sinks.one();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private final List<SpotFeed> feeds = new CopyOnWriteArrayList<>();
  private volatile @Nullable ServiceContext context;
  private volatile String state = "not started";

  private IngestSpotService(SpotSettings settings) {
    this.settings = settings;
  }

  /**
   * A new instance of the service.
   *
   * @param settings the {@code spot} section; checked here as the loader would (relative keys)
   * @throws dev.strike.common.config.ConfigException if the settings break a rule
   */
  public static StrikeService create(SpotSettings settings) {
    Objects.requireNonNull(settings, "settings");
    ConfigLoader.validate(SpotSettings.class, settings);
    return new IngestSpotService(settings);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Void> run(ServiceContext context) {
    return Mono.defer(() -> {
      if (!started.compareAndSet(false, true)) {
        return Mono.error(new IllegalStateException("service " + NAME + " is already running"));
      }
      this.context = context;
      SpotPublisher publisher = new KafkaSpotPublisher(context.sender(), context.topics().mdSpot(),
          context.deadLetters());
      FeedOptions options = FeedOptions.of(settings);
      List<Scheduler> schedulers = new ArrayList<>();
      for (Map.Entry<Exchange, URI> enabled : settings.enabledFeeds().entrySet()) {
        String id = enabled.getKey().id();
        Scheduler scheduler = Schedulers.newSingle("spot-" + id, true);
        schedulers.add(scheduler);
        SpotFeed feed = new SpotFeed(enabled.getKey().protocol(settings.assets()), enabled.getValue(), options,
            publisher, context.clock(), context.meters(), scheduler);
        feeds.add(feed);
        context.health().register("feed:" + id, feed::health);
      }
      context.health().register("service:" + NAME, this::health);
      Mono<Void> work;
      if (feeds.isEmpty()) {
        log.warn("{} runs with no feed enabled (spot.feeds.*.enabled): it publishes nothing", NAME);
        work = Mono.never();
      } else {
        log.info("{}: {} for {}", NAME, feeds.stream().map(f -> f.source().value()).collect(Collectors.joining(", ")),
            settings.assets());
        work = Mono.when(feeds.stream().map(SpotFeed::run).toList()).then(Mono.defer(this::afterFeedsEnded));
      }
      state = "running";
      return work
          .takeUntilOther(closeRequested.asMono())
          .doOnSuccess(ignored -> state = "stopped")
          .doOnError(error -> state = "failed: " + error.getMessage())
          .doFinally(signal -> {
            feeds.forEach(SpotFeed::close);
            schedulers.forEach(Scheduler::dispose);
            terminated.countDown();
          });
    });
  }

  /** Every feed's run ended without the service closing: they all gave up. */
  private Mono<Void> afterFeedsEnded() {
    if (closing.get()) {
      return Mono.empty();
    }
    String why = feeds.stream()
        .filter(feed -> feed.state().phase() == FeedPhase.GAVE_UP)
        .map(feed -> feed.source() + " (" + feed.state().lastProblem() + ")")
        .collect(Collectors.joining(", "));
    return Mono.error(new IllegalStateException("every spot feed gave up: " + why));
  }

  private Health health() {
    String feedNames = feeds.isEmpty() ? "none"
        : feeds.stream().map(f -> f.source().value()).collect(Collectors.joining(","));
    Map<String, Object> details = Map.of("state", state, "feeds", feedNames);
    return "running".equals(state) ? Health.up(details) : Health.down(details);
  }

  /** Stops every feed (closing its connection), waits for them to end, then flushes the shared producer. */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    feeds.forEach(SpotFeed::stop);
    closeRequested.tryEmitValue(Boolean.TRUE);
    if (started.get()) {
      try {
        if (!terminated.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          log.warn("{}: feeds did not stop within {}", NAME, CLOSE_TIMEOUT);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    ServiceContext running = context;
    if (running != null) {
      running.sender().flush();
    }
    state = "stopped";
  }
}
