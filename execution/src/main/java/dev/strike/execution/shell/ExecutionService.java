package dev.strike.execution.shell;

import dev.strike.common.event.Alert;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderAccepted;
import dev.strike.common.event.OrderRejected;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.RiskDecision;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.Venue;
import dev.strike.common.kafka.SerialSection;
import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.kafka.TopicScan;
import dev.strike.common.money.Qty;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;
import dev.strike.execution.venue.ExecutionVenue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code execution} service: {@code risk.decisions}, {@code md.markets}, {@code md.book}, {@code md.trades} and
 * {@code control} in; {@code orders.events}, {@code trades}, {@code settlements} (and {@code alerts}) out, through one
 * {@link ExecutionVenue} (paper, Kalshi demo or Kalshi live).
 *
 * <p>Every call into the venue runs one at a time, in arrival order (in a {@link SerialSection}: on the receiver's
 * thread for the paper venue, on the execution thread for Kalshi's). Never a duplicate order: at start the service
 * reads back what it already published on {@code orders.events} and {@code trades}; an approval whose client order id
 * was placed before (a redelivered decision, a restart) is dropped and counted. A paper venue's resting orders do not
 * survive a restart: the orders still open in the journal are reported canceled so that risk releases their cash. A
 * Kalshi venue reconciles with the exchange instead ({@link ExecutionVenue#start}). {@code halt} cancels every resting
 * order and refuses approvals until {@code resume}; a graceful shutdown cancels resting orders first (configurable).
 *
 * <p>Metrics: {@code strike.execution.orders{outcome}} (placed, duplicate, refused while halted),
 * {@code strike.execution.venue.time} (time inside the venue per call), {@code strike.execution.outputs{type}}.
 */
public final class ExecutionService implements StrikeService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "execution";

  private static final Logger log = LoggerFactory.getLogger(ExecutionService.class);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Function<ServiceContext, ExecutionVenue> venues;
  private final boolean cancelOnShutdown;
  private final SubmitObserver observer;
  private final ConsumingService consuming;
  private final AtomicReference<Running> running = new AtomicReference<>();

  /**
   * Told of every approved order at the moment it is handed to the venue (after the duplicate and halt checks), in
   * the service's section (one call at a time, on whichever thread runs the venue call): {@code strike bench}
   * measures tick-to-order latency with it. It must return quickly and not throw.
   */
  @FunctionalInterface
  public interface SubmitObserver {
    /** {@code approved} is about to be submitted to the venue. */
    void onSubmit(OrderApproved approved);
  }

  private ExecutionService(Function<ServiceContext, ExecutionVenue> venues, boolean cancelOnShutdown,
      SubmitObserver observer) {
    this.venues = Objects.requireNonNull(venues, "venues");
    this.cancelOnShutdown = cancelOnShutdown;
    this.observer = Objects.requireNonNull(observer, "observer");
    this.consuming = new ConsumingService(NAME, this::routes);
  }

  /**
   * A new instance whose venue {@code venues} builds when the service starts.
   *
   * @param cancelOnShutdown whether {@link #close()} cancels every resting order first
   */
  public static StrikeService create(Function<ServiceContext, ExecutionVenue> venues, boolean cancelOnShutdown) {
    return new ExecutionService(venues, cancelOnShutdown, approved -> { });
  }

  /** As {@link #create(Function, boolean)}, telling {@code observer} of every order handed to the venue. */
  public static StrikeService create(Function<ServiceContext, ExecutionVenue> venues, boolean cancelOnShutdown,
      SubmitObserver observer) {
    return new ExecutionService(venues, cancelOnShutdown, observer);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Void> run(ServiceContext context) {
    return consuming.run(context).doFinally(signal -> release());
  }

  @Override
  public void close() {
    Running r = running.get();
    if (r != null && cancelOnShutdown) {
      try {
        r.publish(r.call(() -> r.venue.cancelAll(CancelReason.SHUTDOWN, r.venueTimeNs())))
            .block(Duration.ofSeconds(15));
      } catch (RuntimeException e) {
        log.error("execution: cancel-all on shutdown failed: {}", e.toString());
      }
    }
    consuming.close();
    release();
  }

  private void release() {
    Running r = running.getAndSet(null);
    if (r != null) {
      r.pushed.dispose();
      r.venue.close();
      r.thread.dispose();
    }
  }

  private TopicRouter routes(ServiceContext context) {
    Topics topics = context.topics();
    OrderJournal journal = new OrderJournal();
    TopicScan.values(context.bootstrapServers(), context.clientProperties(), topics.ordersEvents(), START_TIMEOUT)
        .forEach(journal::apply);
    TopicScan.values(context.bootstrapServers(), context.clientProperties(), topics.trades(), START_TIMEOUT)
        .forEach(journal::apply);
    TopicScan.values(context.bootstrapServers(), context.clientProperties(), topics.settlements(), START_TIMEOUT)
        .forEach(journal::apply);
    ExecutionVenue venue = venues.apply(context);
    Running r = new Running(context, venue, journal, Schedulers.newSingle("execution", true), observer);
    Running old = running.getAndSet(r);
    if (old != null) {
      old.pushed.dispose();
      old.venue.close();
      old.thread.dispose();
    }
    log.info("execution: {} venue; {} orders placed before, {} still open", venue.venue(), journal.placedCount(),
        journal.openOrders().size());
    List<StrikeEvent> startup = new ArrayList<>();
    if (venue.venue() == Venue.PAPER) {
      long now = Math.max(1, context.clock().nowNs());
      for (OrderSubmitted open : journal.openOrders()) {
        startup.add(new OrderCanceled(open.clientOrderId(), open.intentId(), open.strategy(), open.ticker(),
            open.venue(), null, Qty.ofHundredths(journal.unfilledHundredths(open)), CancelReason.EXCHANGE, now, now));
      }
    }
    venue.restore(journal.placedOrders());
    venue.restoreSettled(journal.settledMarkets());
    r.publish(Flux.fromIterable(startup).concatWith(r.call(() -> venue.start(journal.checkpointNs()))))
        .block(START_TIMEOUT);
    r.pushed = venue.events().concatMap(event -> r.publish(Flux.just(event)))
        .subscribe(v -> { }, e -> log.error("execution: the venue's event stream failed: {}", e.toString()));

    InputTally tally = new InputTally(NAME, context.meters());
    return TopicRouter.builder()
        // state before decisions: records of equal timestamp are handled in this order (see KafkaReceiver)
        .on(topics.control(), (command, record) -> {
          tally.count(command);
          return r.onControl(command);
        })
        .on(topics.mdMarkets(), (event, record) -> {
          tally.count(event);
          r.saw(event);
          return r.run(() -> venue.onMarketData(event));
        })
        .on(topics.mdBook(), (event, record) -> {
          tally.count(event);
          r.saw(event);
          return r.run(() -> venue.onMarketData(event));
        })
        .on(topics.mdTrades(), (event, record) -> {
          tally.count(event);
          r.saw(event);
          return r.run(() -> venue.onMarketData(event));
        })
        .on(topics.riskDecisions(), (decision, record) -> {
          tally.count(decision);
          return r.onDecision(decision);
        })
        .serial() // one venue, one call at a time: parallel workers per partition would only add hand-offs
        .build();
  }

  /** One run of the service: its venue, journal, thread and meters. */
  private static final class Running {
    final ServiceContext context;
    final ExecutionVenue venue;
    final OrderJournal journal;
    final Scheduler thread;
    /** Every venue call and the journal's changes happen in it, one at a time. */
    final SerialSection section = new SerialSection();
    final Timer venueTime;
    final Timer orderLatency;
    /** Approved orders not yet accepted or rejected: their approval's tsInit, for the order latency. */
    final java.util.concurrent.ConcurrentMap<dev.strike.common.id.ClientOrderId, Long> awaitingAcceptance =
        new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.concurrent.ConcurrentMap<String, Counter> trades = new java.util.concurrent.ConcurrentHashMap<>();
    final java.util.concurrent.ConcurrentMap<String, Counter> tradeFees =
        new java.util.concurrent.ConcurrentHashMap<>();
    final Counter placed;
    final Counter duplicates;
    final Counter refusedHalted;
    final MeterRegistry meters;
    final SubmitObserver observer;
    volatile boolean halted;
    /** The latest market-data or decision event time seen: the venue's "now" for commands that carry no market time. */
    private volatile long lastEventNs;
    volatile Disposable pushed = () -> { };

    Running(ServiceContext context, ExecutionVenue venue, OrderJournal journal, Scheduler thread,
        SubmitObserver observer) {
      this.context = context;
      this.observer = observer;
      this.venue = venue;
      this.journal = journal;
      this.thread = thread;
      this.meters = context.meters();
      venueTime = Timer.builder("strike.execution.venue.time").description("time inside the venue per call")
          .publishPercentileHistogram().register(meters);
      orderLatency = Timer.builder("strike.execution.order.latency")
          .description("trigger event's tsInit (as the approval carries it) to the venue's acceptance acknowledged by "
              + "the broker")
          .publishPercentileHistogram().register(meters);
      placed = orders("placed");
      duplicates = orders("duplicate");
      refusedHalted = orders("refused_halted");
    }

    private Counter orders(String outcome) {
      return Counter.builder("strike.execution.orders").tag("outcome", outcome)
          .description("approved orders by what execution did with them").register(meters);
    }

    void saw(StrikeEvent event) {
      if (event.tsEvent() > lastEventNs) {
        lastEventNs = event.tsEvent();
      }
    }

    /**
     * The time for a cancel-all: the latest event time seen (an operator command's own clock is not the market's, and
     * a paper venue's time must not jump to the wall clock), or the wall clock before any event.
     */
    long venueTimeNs() {
      return lastEventNs > 0 ? lastEventNs : Math.max(1, context.clock().nowNs());
    }

    /**
     * Runs a venue call and publishes what it produced, in order; completes when all of it is acknowledged. A venue
     * whose calls complete in the call (paper) runs in the section on the calling thread (a receiver's), and its
     * events reach the producer before the section is left, so no later call's events can overtake them; any other
     * venue runs on the execution thread.
     */
    Mono<Void> run(java.util.function.Supplier<Flux<StrikeEvent>> venueCall) {
      if (!venue.completesInCall()) {
        return publish(call(venueCall));
      }
      return section.run(() -> timed(venueCall), this::publish);
    }

    /** Runs a venue call on the execution thread, in the section, timing the call itself. */
    Flux<StrikeEvent> call(java.util.function.Supplier<Flux<StrikeEvent>> venueCall) {
      return Flux.defer(() -> {
        try {
          return section.call(() -> timed(venueCall));
        } catch (Exception e) {
          return Flux.error(e);
        }
      }).subscribeOn(thread);
    }

    private Flux<StrikeEvent> timed(java.util.function.Supplier<Flux<StrikeEvent>> venueCall) {
      long start = System.nanoTime();
      Flux<StrikeEvent> out = venueCall.get();
      venueTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      return out;
    }

    Mono<Void> onDecision(RiskDecision decision) {
      if (!(decision instanceof OrderApproved approved)) {
        return Mono.empty();
      }
      OrderIntent intent = approved.intent();
      saw(approved);
      return run(() -> {
        if (journal.wasPlaced(intent.clientOrderId())) {
          duplicates.increment();
          return Flux.empty();
        }
        if (halted) {
          refusedHalted.increment();
          long now = Math.max(1, approved.tsEvent());
          return Flux.just(new OrderRejected(intent.clientOrderId(), intent.intentId(), intent.strategy(),
              intent.ticker(), venue.venue(), "halted", "trading is halted; resume first", now, now));
        }
        placed.increment();
        awaitingAcceptance.put(intent.clientOrderId(), approved.tsInit());
        observer.onSubmit(approved);
        return venue.submit(intent, approved.tsEvent()).doOnNext(event -> {
          if (event instanceof OrderSubmitted submitted) {
            journal.placedNow(submitted);
          }
        });
      });
    }

    Mono<Void> onControl(ControlCommand command) {
      if (command instanceof ControlCommand.HaltTrading) {
        halted = true;
        log.warn("execution: halt: canceling every resting order");
        return run(() -> venue.cancelAll(CancelReason.HALT, venueTimeNs()));
      }
      if (command instanceof ControlCommand.ResumeTrading) {
        halted = false;
      }
      return Mono.empty();
    }

    /** Once {@code event} is acknowledged: order latency on acceptance, trade counts and fees on a fill. */
    private void measure(StrikeEvent event) {
      if (event instanceof OrderAccepted accepted) {
        Long approvedInitNs = awaitingAcceptance.remove(accepted.clientOrderId());
        if (approvedInitNs != null) {
          orderLatency.record(Math.max(0, context.clock().nowNs() - approvedInitNs), TimeUnit.NANOSECONDS);
        }
      } else if (event instanceof OrderRejected || event instanceof dev.strike.common.event.OrderCanceled
          || event instanceof dev.strike.common.event.OrderExpired) {
        // ended without an acceptance (or after one): nothing to time, and the map stays bounded by live orders
        awaitingAcceptance.remove(((OrderEvent) event).clientOrderId());
      } else if (event instanceof Fill fill) {
        String strategy = fill.strategy().value();
        String liquidity = fill.liquidity().name().toLowerCase(java.util.Locale.ROOT);
        trades.computeIfAbsent(strategy + '|' + liquidity, k -> Counter.builder("strike.trades")
            .description("our fills published, by strategy and liquidity (maker or taker)")
            .tag("strategy", strategy).tag("liquidity", liquidity).register(meters)).increment();
        tradeFees.computeIfAbsent(strategy, k -> Counter.builder("strike.trades.fees")
            .description("fees charged on our fills, by strategy").baseUnit("dollars")
            .tag("strategy", strategy).register(meters))
            .increment(fill.fee().micros() / 1_000_000.0); // display only; the ledger's money is exact
      }
    }

    /**
     * Publishes each event on its topic, in order: each is handed to the producer as soon as the venue emitted it,
     * without waiting for the previous one's acknowledgement (the idempotent producer keeps the order per partition;
     * waiting took one broker round trip per event and a produce request each). Completes when all are acknowledged.
     */
    Mono<Void> publish(Flux<StrikeEvent> events) {
      Topics topics = context.topics();
      return events.flatMapSequential(event -> {
        Mono<?> sent;
        if (event instanceof OrderEvent order) {
          sent = context.sender().send(topics.ordersEvents(), order);
        } else if (event instanceof Fill fill) {
          sent = context.sender().send(topics.trades(), fill);
        } else if (event instanceof MarketSettled settled) {
          if (!journal.settleOnce(settled)) {
            return Mono.empty(); // published before (an earlier run): paid once
          }
          sent = context.sender().send(topics.settlements(), settled);
        } else if (event instanceof Alert alert) {
          sent = context.sender().send(topics.alerts(), alert);
        } else {
          return Mono.error(new IllegalStateException("a venue emitted " + event.getClass().getSimpleName()));
        }
        Counter.builder("strike.execution.outputs").tag("type", event.getClass().getSimpleName())
            .description("events published by execution").register(meters).increment();
        return sent.doOnSuccess(meta -> measure(event));
      }).then();
    }
  }
}
