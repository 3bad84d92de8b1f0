package dev.strike.ingest.spot.shell;

import dev.strike.common.id.Asset;
import dev.strike.ingest.spot.core.AssetView;
import dev.strike.ingest.spot.core.FeedAssessment;
import dev.strike.ingest.spot.core.FeedPhase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The meters of one spot feed, tagged {@code feed=<exchange>} (and {@code asset} where per asset). Gauges are read
 * from the feed's current {@link FeedAssessment} at scrape time. Counters: {@code strike.feed.messages} (frames),
 * {@code strike.feed.ticks} (ticks acknowledged by Kafka), {@code strike.feed.reconnects},
 * {@code strike.feed.malformed} (frames dead-lettered), {@code strike.feed.duplicates} (prints already published),
 * {@code strike.feed.unknown} (messages of unknown type), {@code strike.feed.subscription.rejections},
 * {@code strike.feed.publish.failures}. Gauges: {@code strike.feed.age.seconds} and {@code strike.feed.stale} per
 * asset, {@code strike.feed.message.age.seconds}, {@code strike.feed.connected} and {@code strike.feed.condition}
 * (0 up, 1 degraded, 2 down). Thread-safe.
 */
final class FeedMetrics implements AutoCloseable {
  private final MeterRegistry registry;
  private final List<Meter> meters = new ArrayList<>();
  private final Counter messages;
  private final Counter reconnects;
  private final Counter malformed;
  private final Counter duplicates;
  private final Counter unknown;
  private final Counter rejections;
  private final Counter publishFailures;
  private final Map<Asset, Counter> ticks = new LinkedHashMap<>();

  FeedMetrics(String feed, List<Asset> assets, MeterRegistry registry, Supplier<FeedAssessment> assessment) {
    this.registry = registry;
    messages = counter("strike.feed.messages", "WebSocket frames received", feed);
    reconnects = counter("strike.feed.reconnects", "Reconnections scheduled after a lost or failed connection", feed);
    malformed = counter("strike.feed.malformed", "Frames that could not be read, sent to dlq", feed);
    duplicates = counter("strike.feed.duplicates", "Trade prints dropped because already published", feed);
    unknown = counter("strike.feed.unknown", "Messages of a type the feed does not know, ignored", feed);
    rejections = counter("strike.feed.subscription.rejections", "Subscriptions the exchange refused", feed);
    publishFailures = counter("strike.feed.publish.failures", "Ticks or dead letters Kafka did not accept", feed);
    for (Asset asset : assets) {
      ticks.put(asset, register(Counter.builder("strike.feed.ticks")
          .description("Ticks published to md.spot and acknowledged")
          .tag("feed", feed).tag("asset", asset.symbol()).register(registry)));
      gauge("strike.feed.age.seconds", "Seconds since the exchange time of the latest trade (since start if none)",
          feed, asset, assessment, view -> view.tickAgeNs() / 1e9);
      gauge("strike.feed.stale", "1 when the latest trade is older than spot.staleAfter", feed, asset, assessment,
          view -> view.stale() ? 1 : 0);
    }
    register(Gauge.builder("strike.feed.message.age.seconds", assessment, a -> a.get().messageAgeNs() / 1e9)
        .description("Seconds since the last frame of any kind (since start if none)")
        .tag("feed", feed).strongReference(true).register(registry));
    register(Gauge.builder("strike.feed.connected", assessment,
            a -> a.get().phase() == FeedPhase.CONNECTED ? 1 : 0)
        .description("1 while connected").tag("feed", feed).strongReference(true).register(registry));
    register(Gauge.builder("strike.feed.condition", assessment, a -> a.get().condition().ordinal())
        .description("0 up, 1 degraded (stale, refused or reconnecting), 2 down").tag("feed", feed)
        .strongReference(true).register(registry));
  }

  void message() {
    messages.increment();
  }

  void reconnect() {
    reconnects.increment();
  }

  void malformed() {
    malformed.increment();
  }

  void duplicates(int count) {
    if (count > 0) {
      duplicates.increment(count);
    }
  }

  void unknown() {
    unknown.increment();
  }

  void rejection() {
    rejections.increment();
  }

  void publishFailure() {
    publishFailures.increment();
  }

  void tick(Asset asset) {
    Counter counter = ticks.get(asset);
    if (counter != null) {
      counter.increment();
    }
  }

  /** Removes this feed's meters from the registry, so that a restarted feed registers fresh ones. */
  @Override
  public void close() {
    meters.forEach(registry::remove);
    meters.clear();
  }

  private Counter counter(String name, String description, String feed) {
    return register(Counter.builder(name).description(description).tag("feed", feed).register(registry));
  }

  private void gauge(String name, String description, String feed, Asset asset,
      Supplier<FeedAssessment> assessment, ToDoubleFunction<AssetView> value) {
    register(Gauge.builder(name, assessment, a -> value.applyAsDouble(view(a.get(), asset)))
        .description(description).tag("feed", feed).tag("asset", asset.symbol()).strongReference(true)
        .register(registry));
  }

  private static AssetView view(FeedAssessment assessment, Asset asset) {
    for (AssetView view : assessment.assets()) {
      if (view.asset().equals(asset)) {
        return view;
      }
    }
    throw new IllegalStateException("no view of " + asset);
  }

  private <M extends Meter> M register(M meter) {
    meters.add(meter);
    return meter;
  }
}
