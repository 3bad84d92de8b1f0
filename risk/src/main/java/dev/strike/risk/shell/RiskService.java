package dev.strike.risk.shell;

import dev.strike.common.event.Alert;
import dev.strike.common.event.DenialReason;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderDenied;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.RiskDecision;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.AccountId;
import dev.strike.common.kafka.SerialSection;
import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;
import dev.strike.risk.RiskSettings;
import dev.strike.risk.core.RiskEngine;
import dev.strike.risk.core.gate.GateState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code risk} service: {@code signals}, our {@code trades}, {@code orders.events}, {@code settlements},
 * {@code md.markets}, {@code md.book} and {@code control} in; {@code risk.decisions} and {@code alerts} out; its whole
 * state on {@code portfolio} (compacted, keyed by account) every {@code snapshotInterval}.
 *
 * <p>One account has one state, so every input goes to one {@link RiskEngine}, one at a time, whatever partition it
 * came from: in a {@link SerialSection} on the thread that delivers it (no hand-off to a thread of its own), which
 * also hands the decisions to the producer in the order they were made. Each snapshot records, per input partition,
 * the next offset the engine has not handled; at start the service restores the latest snapshot and starts every
 * input partition at that offset (not at the group's committed offset), so a restart is snapshot + tail and decides
 * exactly as an uninterrupted run. Signals handled again after a restart get the same derived intent ids, so
 * execution drops the orders it already has.
 *
 * <p>Metrics: {@code strike.risk.decisions{outcome}}, {@code strike.risk.denials{reason}},
 * {@code strike.risk.decision.latency} (signal {@code tsInit} → decision acknowledged), {@code strike.risk.decide}
 * (engine time per input), and gauges of the account (equity, cash, reserved cash, daily P&amp;L, drawdown, open
 * positions, exposure, tripped breakers, trading state).
 */
public final class RiskService implements StrikeService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "risk";

  private static final Logger log = LoggerFactory.getLogger(RiskService.class);

  private final RiskSettings settings;
  private final ConsumingService consuming;
  private final AtomicReference<Disposable> snapshots = new AtomicReference<>();
  private final Map<String, Long> startOffsets = new ConcurrentHashMap<>();
  private volatile Scheduler scheduler;

  private RiskService(RiskSettings settings) {
    this.settings = settings;
    this.consuming = new ConsumingService(NAME, this::routes, context -> Map.copyOf(startOffsets));
  }

  /** A new instance as {@code settings} describe. */
  public static StrikeService create(RiskSettings settings) {
    return new RiskService(settings);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Void> run(ServiceContext context) {
    return consuming.run(context).doFinally(signal -> stopSnapshots());
  }

  @Override
  public void close() {
    consuming.close();
    stopSnapshots();
  }

  private void stopSnapshots() {
    Disposable timer = snapshots.getAndSet(null);
    if (timer != null) {
      timer.dispose();
    }
    Scheduler s = scheduler;
    if (s != null) {
      s.dispose();
    }
  }

  private TopicRouter routes(ServiceContext context) {
    RiskEngine engine = new RiskEngine(settings.toEngineSettings());
    TreeMap<String, Long> handled = new TreeMap<>();
    startOffsets.clear();
    Optional<PortfolioSnapshot> saved =
        SnapshotStore.latest(context, AccountId.of(settings.account()), Duration.ofSeconds(30));
    saved.ifPresent(snapshot -> {
      engine.restore(snapshot);
      handled.putAll(snapshot.inputOffsets());
      startOffsets.putAll(snapshot.inputOffsets());
    });
    if (saved.isEmpty()) {
      log.info("risk: no snapshot of account {}; starting from the configured cash", settings.account());
    }
    // the snapshot timer's thread; inputs are handled on the receiver's threads, in the section
    Scheduler thread = Schedulers.newSingle("risk", true);
    scheduler = thread;
    SerialSection section = new SerialSection();
    Metrics metrics = new Metrics(context.meters(), engine);
    Topics topics = context.topics();
    InputTally tally = new InputTally(NAME, context.meters());
    Publisher publisher = new Publisher(context, metrics);

    // A tick while a snapshot is still being written is dropped; the snapshot itself is taken in the section,
    // between two inputs, so its offsets match its state exactly.
    Disposable timer = Flux.interval(settings.snapshotInterval(), settings.snapshotInterval(), thread)
        .onBackpressureDrop()
        .concatMap(tick -> section.run(() -> engine.snapshot(new TreeMap<>(handled), context.clock().nowNs()),
                publisher::snapshot)
            .onErrorResume(e -> {
              log.warn("risk: snapshot not written ({}); the next one will be", e.toString());
              return Mono.empty();
            }))
        .subscribe();
    Disposable old = snapshots.getAndSet(timer);
    if (old != null) {
      old.dispose();
    }

    return TopicRouter.builder()
        // state before decisions: records of equal timestamp are handled in this order (see KafkaReceiver)
        .on(topics.control(), (event, record) -> handle(engine, handled, section, publisher, tally, event, record))
        .on(topics.mdMarkets(), (event, record) -> handle(engine, handled, section, publisher, tally, event, record))
        .on(topics.mdBook(), (event, record) -> handle(engine, handled, section, publisher, tally, event, record))
        .on(topics.settlements(), (event, record) -> handle(engine, handled, section, publisher, tally, event, record))
        .on(topics.ordersEvents(), (event, record) -> handle(engine, handled, section, publisher, tally, event, record))
        .on(topics.trades(), (event, record) -> handle(engine, handled, section, publisher, tally, event, record))
        .on(topics.signals(), (event, record) -> handle(engine, handled, section, publisher, tally, event, record))
        .serial()
        .build();
  }

  private static Mono<Void> handle(RiskEngine engine, Map<String, Long> handled, SerialSection section,
      Publisher publisher, InputTally tally, StrikeEvent event, ConsumerRecord<byte[], byte[]> record) {
    tally.count(event);
    return section.run(() -> {
      long start = System.nanoTime();
      List<StrikeEvent> outputs = engine.onEvent(event);
      handled.put(record.topic() + "-" + record.partition(), record.offset() + 1);
      publisher.metrics.decide.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      return outputs;
    }, publisher::publish);
  }

  /** Sends decisions, alerts and snapshots; counts and times them. */
  private static final class Publisher {
    final ServiceContext context;
    final Metrics metrics;

    Publisher(ServiceContext context, Metrics metrics) {
      this.context = context;
      this.metrics = metrics;
    }

    Mono<Void> publish(List<StrikeEvent> outputs) {
      if (outputs.isEmpty()) {
        return Mono.empty();
      }
      List<Mono<?>> sends = new ArrayList<>(outputs.size());
      for (StrikeEvent output : outputs) {
        if (output instanceof RiskDecision decision) {
          metrics.count(decision);
          sends.add(context.sender().send(context.topics().riskDecisions(), decision).doOnSuccess(meta ->
              metrics.latency.record(Math.max(0, context.clock().nowNs() - decision.tsInit()),
                  TimeUnit.NANOSECONDS)));
        } else if (output instanceof Alert alert) {
          log.info("risk: {} {}", alert.kind(), alert.text());
          sends.add(context.sender().send(context.topics().alerts(), alert));
        }
      }
      return Mono.when(sends);
    }

    Mono<Void> snapshot(PortfolioSnapshot snapshot) {
      return context.sender().send(context.topics().portfolio(), snapshot).doOnSuccess(meta -> metrics.snapshots
          .increment()).then();
    }
  }

  /** The service's meters. */
  private static final class Metrics {
    final MeterRegistry meters;
    final Timer latency;
    final Timer decide;
    final Counter approved;
    final Counter denied;
    final Counter snapshots;
    final Map<String, Counter> reasons = new ConcurrentHashMap<>();

    Metrics(MeterRegistry meters, RiskEngine engine) {
      this.meters = meters;
      latency = Timer.builder("strike.risk.decision.latency")
          .description("trigger event's tsInit (as the signal carries it) to the decision acknowledged by the broker")
          .publishPercentileHistogram()
          .register(meters);
      decide = Timer.builder("strike.risk.decide").description("engine time to handle one input")
          .publishPercentileHistogram().register(meters);
      approved = Counter.builder("strike.risk.decisions").tag("outcome", "approved")
          .description("signals decided").register(meters);
      denied = Counter.builder("strike.risk.decisions").tag("outcome", "denied")
          .description("signals decided").register(meters);
      snapshots = Counter.builder("strike.risk.snapshots").description("state snapshots written to portfolio")
          .register(meters);
      // Gauges read the engine from the metrics thread: single long/int reads, at worst one event stale.
      gauge("strike.risk.equity.dollars", "cash plus positions at their marks", engine,
          e -> dollars(e.portfolio().equity().micros()));
      gauge("strike.risk.cash.dollars", "cash balance", engine, e -> dollars(e.portfolio().cash().micros()));
      gauge("strike.risk.reserved.dollars", "cash held for live buy orders", engine,
          e -> dollars(e.portfolio().reservedCash().micros()));
      gauge("strike.risk.daily.pnl.dollars", "equity minus equity at the start of the trading day", engine,
          e -> dollars(e.portfolio().dailyPnl().micros()));
      gauge("strike.risk.drawdown.bps", "drawdown from peak equity, basis points", engine,
          e -> e.portfolio().drawdownBps());
      gauge("strike.risk.open.positions", "markets with a position or a live buy order", engine,
          e -> e.portfolio().openPositionCount());
      gauge("strike.risk.exposure.dollars", "cost of positions plus cash reserved for buys", engine,
          e -> dollars(e.portfolio().totalExposure().micros()));
      gauge("strike.risk.realized.pnl.dollars", "realized P&L since the account started", engine,
          e -> dollars(e.portfolio().realizedPnl().micros()));
      gauge("strike.risk.fees.dollars", "fees paid since the account started", engine,
          e -> dollars(e.portfolio().fees().micros()));
      gauge("strike.risk.breakers.tripped", "breakers tripped and not reset", engine,
          e -> e.gateState().trippedBreakers().size());
      gauge("strike.risk.trading.state", "0 running, 1 paused, 2 halted", engine,
          e -> e.gateState().tradingState() == GateState.TradingState.RUNNING ? 0
              : e.gateState().tradingState() == GateState.TradingState.PAUSED ? 1 : 2);
      gauge("strike.risk.exits", "exit intents emitted", engine, RiskEngine::exitsEmitted);
      gauge("strike.risk.round.trips.won", "round trips closed with a profit since the account started", engine,
          e -> e.portfolio().wins());
      gauge("strike.risk.round.trips.lost", "round trips closed without a profit since the account started", engine,
          e -> e.portfolio().losses());
      Gauge.builder("strike.risk.win.rate", engine, e -> {
        try {
          return winRate(e.portfolio().wins(), e.portfolio().losses());
        } catch (RuntimeException concurrentChange) {
          return Double.NaN;
        }
      }).description("round trips won / round trips closed since the account started (NaN before the first)")
          .baseUnit("ratio").register(meters);
    }

    /** Won / closed, NaN while nothing closed: a ratio, not money. */
    static double winRate(long wins, long losses) {
      long closed = wins + losses;
      return closed == 0 ? Double.NaN : (double) wins / closed;
    }

    private static double dollars(long micros) {
      return micros / 1_000_000.0; // display only; the engine's money is exact
    }

    private void gauge(String name, String description, RiskEngine engine,
        java.util.function.ToDoubleFunction<RiskEngine> value) {
      Gauge.builder(name, engine, e -> {
        try {
          return value.applyAsDouble(e);
        } catch (RuntimeException concurrentChange) {
          return Double.NaN; // the engine changed under the read; the next scrape sees it
        }
      }).description(description).register(meters);
    }

    void count(RiskDecision decision) {
      if (decision instanceof OrderApproved) {
        approved.increment();
      } else if (decision instanceof OrderDenied denial) {
        denied.increment();
        for (DenialReason reason : denial.reasons()) {
          reasons.computeIfAbsent(reason.getClass().getSimpleName(), r -> Counter.builder("strike.risk.denials")
              .tag("reason", r).description("denials by reason").register(meters)).increment();
        }
      }
    }
  }
}
