package dev.strike.signals.shell;

import dev.strike.common.event.Alert;
import dev.strike.common.event.Severity;
import dev.strike.common.event.Signal;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.AlertId;
import dev.strike.common.id.Asset;
import dev.strike.common.id.StableHash;
import dev.strike.common.kafka.SerialSection;
import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;
import dev.strike.signals.SignalsSettings;
import dev.strike.signals.core.SignalEngine;
import dev.strike.signals.core.SpotView;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code signals} service: {@code md.markets}, {@code md.book}, {@code md.trades}, {@code md.spot}, our fills
 * ({@code trades}) and {@code control} in, {@code signals} out.
 *
 * <p>The state of a market is owned by one lane: a single thread running its own {@link SignalEngine}. Market events
 * go to the lane of their Kalshi event (the market ticker without its last {@code -} part), so that every market of
 * a ladder or bracket set meets in one engine; spot ticks and control commands go to every lane. A record is
 * committed once the signals it produced are acknowledged by the broker. A strategy that throws is disabled and
 * reported on {@code alerts}. Metrics: {@code strike.service.events{service,type}} (inputs),
 * {@code strike.signals.emitted{strategy}}, {@code strike.signals.latency}
 * (trigger {@code tsInit} → signal acknowledged), engine counters per lane.
 */
public final class SignalsService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "signals";

  private static final Logger log = LoggerFactory.getLogger(SignalsService.class);

  private SignalsService() {}

  /** A new instance as {@code settings} describe, for the spot {@code assets} ingest-spot reads. */
  public static StrikeService create(SignalsSettings settings, List<Asset> assets) {
    return create(settings.lanes(), lane -> settings.newEngine(assets), assets);
  }

  /**
   * A new instance with {@code lanes} lanes, each running the engine {@code engines} builds for its index.
   */
  public static StrikeService create(int lanes, IntFunction<SignalEngine> engines) {
    return create(lanes, engines, List.of());
  }

  /**
   * A new instance with {@code lanes} lanes, each running the engine {@code engines} builds for its index, with spot
   * index gauges for {@code assets}.
   */
  public static StrikeService create(int lanes, IntFunction<SignalEngine> engines, List<Asset> assets) {
    if (lanes < 1) {
      throw new IllegalArgumentException("lanes must be at least 1, got " + lanes);
    }
    List<Lane> built = new ArrayList<>();
    return new ConsumingService(NAME, context -> {
      Topics topics = context.topics();
      Publisher publisher = new Publisher(context);
      for (Lane old : built) {
        old.scheduler.dispose();
      }
      built.clear();
      for (int i = 0; i < lanes; i++) {
        built.add(new Lane(i, lanes == 1, engines.apply(i), publisher, context.meters(), assets));
      }
      List<Lane> all = List.copyOf(built);
      InputTally tally = new InputTally(NAME, context.meters());
      return TopicRouter.builder()
          // records of equal timestamp are handled in this order (see KafkaReceiver): commands, then metadata first
          .on(topics.control(), (event, record) -> everyLane(all, tally, event))
          .on(topics.mdMarkets(), (event, record) -> laneOf(all, tally, event, event.ticker().value()))
          .on(topics.mdBook(), (event, record) -> laneOf(all, tally, event, event.ticker().value()))
          .on(topics.mdTrades(), (event, record) -> laneOf(all, tally, event, event.ticker().value()))
          .on(topics.trades(), (event, record) -> laneOf(all, tally, event, event.ticker().value()))
          .on(topics.mdSpot(), (event, record) -> everyLane(all, tally, event))
          .serial() // one lane runs in its section, several on their own threads: workers would only add hand-offs
          .build();
    });
  }

  /** The lane of a market: by its Kalshi event, so that the markets of one event share a lane. */
  static <L> L laneOf(List<L> lanes, String marketTicker) {
    if (lanes.size() == 1) {
      return lanes.get(0);
    }
    int dash = marketTicker.lastIndexOf('-');
    String event = dash > 0 ? marketTicker.substring(0, dash) : marketTicker;
    return lanes.get(Math.floorMod(event.hashCode(), lanes.size()));
  }

  private static Mono<Void> laneOf(List<Lane> lanes, InputTally tally, StrikeEvent event, String marketTicker) {
    tally.count(event);
    return laneOf(lanes, marketTicker).handle(event);
  }

  private static Mono<Void> everyLane(List<Lane> lanes, InputTally tally, StrikeEvent event) {
    tally.count(event);
    if (lanes.size() == 1) {
      return lanes.get(0).handle(event);
    }
    return Flux.fromIterable(lanes).flatMap(lane -> lane.handle(event)).then();
  }

  /**
   * One engine. The only lane runs its engine in a {@link SerialSection} on the thread that delivers the input (no
   * hand-off); with several lanes each has a thread of its own, so that they run in parallel.
   */
  private static final class Lane {
    final Scheduler scheduler;
    final @Nullable SerialSection section;
    final SignalEngine engine;
    final Publisher publisher;

    Lane(int index, boolean only, SignalEngine engine, Publisher publisher, MeterRegistry meters,
        List<Asset> assets) {
      this.section = only ? new SerialSection() : null;
      this.scheduler = Schedulers.newSingle("signals-lane-" + index, true);
      this.engine = engine;
      this.publisher = publisher;
      String lane = Integer.toString(index);
      Gauge.builder("strike.signals.engine.events", engine, SignalEngine::events).tag("lane", lane)
          .description("events the lane's engine handled").register(meters);
      Gauge.builder("strike.signals.engine.dropped", engine, SignalEngine::droppedSignals).tag("lane", lane)
          .description("signals not built (non-finite numbers, limit off the grid)").register(meters);
      Gauge.builder("strike.signals.engine.unknown.market", engine, SignalEngine::unknownMarketEvents)
          .tag("lane", lane).description("book events and trades of markets without MarketInfo when they came (book "
              + "events are held and applied once it arrives)").register(meters);
      Gauge.builder("strike.signals.engine.book.resyncs", engine, SignalEngine::bookResyncs).tag("lane", lane)
          .description("book deltas that left a negative size").register(meters);
      for (var strategy : engine.strategies()) {
        Gauge.builder("strike.signals.strategy.enabled", engine, e -> e.isEnabled(strategy.id()) ? 1 : 0)
            .tag("lane", lane).tag("strategy", strategy.id().value())
            .description("1 while the strategy runs").register(meters);
      }
      for (Asset asset : assets) {
        String symbol = asset.symbol();
        Gauge.builder("strike.signals.spot.degraded", engine, e -> {
          SpotView spot = e.spot(asset);
          return spot == null || spot.degraded() ? 1 : 0;
        }).tag("lane", lane).tag("asset", symbol)
            .description("1 while the spot index lacks its quorum of fresh core sources: strategies that need it are "
                + "quiet").register(meters);
        Gauge.builder("strike.signals.spot.fresh.sources", engine, e -> {
          SpotView spot = e.spot(asset);
          return spot == null ? 0 : spot.freshSources();
        }).tag("lane", lane).tag("asset", symbol).description("sources in the spot index now").register(meters);
        Gauge.builder("strike.signals.spot.vol.ready", engine, e -> {
          SpotView spot = e.spot(asset);
          return spot != null && Double.isFinite(spot.ewmaVolPerSqrtSecond()) ? 1 : 0;
        }).tag("lane", lane).tag("asset", symbol).description("1 once the EWMA volatility is known")
            .register(meters);
      }
    }

    Mono<Void> handle(StrikeEvent event) {
      Callable<Output> step = () -> {
        List<Signal> signals = engine.onEvent(event);
        List<String> faults = engine.drainFaults();
        return new Output(signals, faults, event);
      };
      if (section != null) {
        return section.run(step, publisher::publish);
      }
      return Mono.fromCallable(step).subscribeOn(scheduler).flatMap(publisher::publish);
    }
  }

  private record Output(List<Signal> signals, List<String> faults, StrikeEvent trigger) {}

  /** Sends signals and fault alerts; counts and times them. */
  private static final class Publisher {
    final ServiceContext context;
    final Timer latency;
    final Map<String, Counter> emitted = new HashMap<>();

    Publisher(ServiceContext context) {
      this.context = context;
      this.latency = Timer.builder("strike.signals.latency")
          .description("trigger event's tsInit to the signal acknowledged by the broker")
          .publishPercentileHistogram().register(context.meters());
    }

    Mono<Void> publish(Output output) {
      if (output.signals().isEmpty() && output.faults().isEmpty()) {
        return Mono.empty();
      }
      List<Mono<?>> sends = new ArrayList<>(output.signals().size() + output.faults().size());
      for (Signal signal : output.signals()) {
        sends.add(context.sender().send(context.topics().signals(), signal).doOnSuccess(meta -> {
          latency.record(Math.max(0, context.clock().nowNs() - signal.tsInit()), TimeUnit.NANOSECONDS);
          counter(signal.strategy().value()).increment();
        }));
      }
      for (String fault : output.faults()) {
        log.error("signals: {}", fault);
        long now = context.clock().nowNs();
        Alert alert = new Alert(AlertId.of(StableHash.hex128("signals-fault", fault,
            Long.toString(output.trigger().tsEvent()))), Severity.CRITICAL, "error", fault,
            new TreeMap<String, BigDecimal>(), now, now);
        sends.add(context.sender().send(context.topics().alerts(), alert));
      }
      return Mono.when(sends);
    }

    private Counter counter(String strategy) {
      synchronized (emitted) {
        return emitted.computeIfAbsent(strategy, s -> Counter.builder("strike.signals.emitted").tag("strategy", s)
            .description("signals published").register(context.meters()));
      }
    }
  }
}
