package dev.strike.execution.kalshi;

import dev.strike.common.event.CancelReason;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.Severity;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.event.Venue;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Qty;
import dev.strike.common.time.Clock;
import dev.strike.execution.venue.ExecutionVenue;
import dev.strike.kalshi.rest.KalshiAuthenticationException;
import dev.strike.kalshi.rest.KalshiEndpoint;
import dev.strike.kalshi.rest.KalshiRestClient;
import dev.strike.kalshi.rest.OrdersQuery;
import dev.strike.kalshi.rest.PortfolioQuery;
import dev.strike.kalshi.rest.RateLimits;
import dev.strike.kalshi.rest.WriteResult;
import dev.strike.kalshi.wire.BatchCancelOrdersRequest;
import dev.strike.kalshi.wire.BatchCancelOrdersResponse;
import dev.strike.kalshi.wire.CancelOrderRequest;
import dev.strike.kalshi.wire.CancelOrderResponse;
import dev.strike.kalshi.wire.CreateOrderRequest;
import dev.strike.kalshi.wire.CreateOrderResponse;
import dev.strike.kalshi.wire.KalshiError;
import dev.strike.kalshi.wire.Order;
import dev.strike.kalshi.wire.Positions;
import dev.strike.kalshi.ws.Channel;
import dev.strike.kalshi.ws.CommandRejected;
import dev.strike.kalshi.ws.Disconnected;
import dev.strike.kalshi.ws.KalshiWsClient;
import dev.strike.kalshi.ws.KalshiWsEvent;
import dev.strike.kalshi.ws.Resubscribed;
import dev.strike.kalshi.ws.SubscribeRequest;
import dev.strike.kalshi.ws.UserFill;
import dev.strike.kalshi.ws.UserOrderUpdate;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * Kalshi (demo or live) as an {@link ExecutionVenue}: V2 order writes through {@link KalshiRestClient}, fills and
 * order updates from the {@code fill} and {@code user_orders} WebSocket channels through {@link KalshiWsClient}.
 * Decisions live in the pure {@link OrderTracker}; this class does the IO.
 *
 * <p><b>Never a duplicate order.</b> The {@code client_order_id} of every create is the intent's UUIDv5 client order
 * id, and a create is sent at most once per client order id: a second submit reports what the first became; an
 * order the exchange already has under that id (found at reconciliation) is adopted, not sent; a 409 means "already
 * placed" and the order is looked up. A create whose outcome is unknown (timeout, dropped connection, 5xx) is never
 * resent: its market is blocked (new submits there are answered {@value #MARKET_BLOCKED}) while the order is looked
 * up by client order id every {@code lookupInterval}; found → {@code OrderAccepted}; empty on
 * {@code emptyLookupsForAbsent} consecutive lookups → {@code OrderRejected} {@value #UNKNOWN_OUTCOME_ABSENT}, so risk
 * releases the cash; still unresolved after {@code maxLookups} → a CRITICAL alert and the market stays blocked
 * until a {@code user_order} update for that order arrives.
 *
 * <p><b>Rate limits.</b> Every write goes through the REST client's shared {@code RateLimiter} (write bucket, costs
 * from {@code EndpointCosts}: create 10, cancel 2, batch cancel 2 per item); a write waits for its tokens instead of
 * collecting 429s, and a 429 that still happens is a definite {@code Rejected}. Batch cancels are cut to fit the
 * bucket's capacity (a larger batch would fail before sending).
 *
 * <p><b>Pauses.</b> The exchange status is read at start and again by a submit when older than
 * {@code statusMaxAge}; the schedule's maintenance windows are read at start. While trading is paused, submits are
 * answered {@value #EXCHANGE_PAUSED} and only cancels go out.
 *
 * <p><b>Threading.</b> The execution service calls the methods from one thread, but WebSocket messages and REST
 * answers arrive on Netty threads, so the tracker is guarded by its monitor (held only for pure, short calls).
 * {@link #events()} has one subscriber. Times: {@code tsInit} from the injected {@link Clock}; {@code tsEvent} is
 * the venue's time when Kalshi sends one, else the caller's {@code nowNs}.
 *
 * <p>The venue owns the two clients: {@link #close()} closes them.
 */
public final class KalshiVenue implements ExecutionVenue {
  /** Reject code: an unknown outcome blocks the market. */
  public static final String MARKET_BLOCKED = "market_blocked_unknown_outcome";
  /** Reject code: the exchange is not taking orders. */
  public static final String EXCHANGE_PAUSED = "exchange_paused";
  /** Reject code: after an unknown outcome, confirmed lookups did not find the order. */
  public static final String UNKNOWN_OUTCOME_ABSENT = "unknown_outcome_absent";
  /** Reject code: the request never left (safe to submit the same intent again). */
  public static final String NOT_SENT = "not_sent";

  private static final Logger log = LoggerFactory.getLogger(KalshiVenue.class);
  private static final long NANOS_PER_MS = 1_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final Venue venue;
  private final KalshiRestClient rest;
  private final KalshiWsClient ws;
  private final Clock clock;
  private final Scheduler scheduler;
  private final KalshiVenueConfig config;
  private final KalshiEvents events;
  private final OrderTracker tracker = new OrderTracker();
  private final Sinks.Many<StrikeEvent> pushed = Sinks.many().unicast().onBackpressureBuffer();
  /** Markets whose settlement was emitted (each once). */
  private final java.util.Set<String> settledTickers = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final dev.strike.common.id.AccountId account;
  private volatile ExchangeGate gate = ExchangeGate.unknown();
  private volatile @Nullable Disposable wsFeed;
  /** When the WebSocket was last lost (epoch ns, 0: not since start): fills from then on are read again. */
  private volatile long disconnectedAtNs;

  /**
   * A venue; nothing is sent or connected until {@link #start} or a write.
   *
   * @param venue {@code DEMO} or {@code LIVE}
   * @param rest a signed REST client for the account
   * @param ws a WebSocket client for the same account (its feed is subscribed by {@link #start})
   * @param clock gives {@code tsInit} and the status age
   * @param scheduler times the lookups after an unknown outcome
   */
  public KalshiVenue(Venue venue, KalshiRestClient rest, KalshiWsClient ws, Clock clock, Scheduler scheduler,
      KalshiVenueConfig config) {
    if (venue != Venue.DEMO && venue != Venue.LIVE) {
      throw new IllegalArgumentException("a Kalshi venue is DEMO or LIVE, got " + venue);
    }
    this.venue = venue;
    this.rest = Objects.requireNonNull(rest, "rest");
    this.ws = Objects.requireNonNull(ws, "ws");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.config = Objects.requireNonNull(config, "config");
    this.events = new KalshiEvents(venue);
    this.account = dev.strike.common.id.AccountId.of("kalshi-" + venue.name().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Tells the venue which markets already have a settlement on {@code settlements} (read back at start), so none is
   * emitted twice.
   */
  @Override
  public void restoreSettled(Collection<dev.strike.common.id.MarketTicker> tickers) {
    tickers.forEach(t -> settledTickers.add(t.value()));
  }

  @Override
  public Venue venue() {
    return venue;
  }

  /**
   * Remembers orders of earlier runs (their {@code OrderSubmitted}, read back from {@code orders.events}), so fills
   * and cancels of those orders found at reconciliation can be attributed. Call before {@link #start}.
   */
  @Override
  public void restore(Collection<OrderSubmitted> submitted) {
    synchronized (tracker) {
      submitted.forEach(s -> tracker.restore(Attribution.of(s)));
    }
  }

  // ------------------------------------------------------------------------------------------------ start

  /**
   * Checks the key (a signed balance read; a refused key fails the Flux with an {@link IllegalStateException} that
   * says so), reads the exchange status and schedule, connects the WebSocket and subscribes {@code fill} and
   * {@code user_orders} (so nothing falls between reconciliation and the live feed), then reconciles: resting orders,
   * orders and fills since {@code checkpointNs}, positions. Emits fills of our orders, a WARNING
   * {@code reconciliation} alert per resting order this run did not place, and a summary alert.
   */
  @Override
  public Flux<StrikeEvent> start(long checkpointNs) {
    return checkKey().then(readExchange()).then(connectWebSocket())
        .thenMany(Flux.defer(() -> reconcile(checkpointNs)))
        .concatWith(Flux.defer(() -> settlements(PortfolioQuery.all().withTimeRange(
            checkpointNs > 0 ? checkpointNs / NANOS_PER_SECOND : null, null))));
  }

  private Mono<Void> checkKey() {
    return rest.portfolio().balance()
        .onErrorMap(KalshiAuthenticationException.class, e -> new IllegalStateException(
            "Kalshi refused the API key (" + e.getMessage() + "): check the key id, the private key, the "
                + (venue == Venue.DEMO ? "demo" : "live") + " host and the clock", e))
        .then();
  }

  private Mono<Void> readExchange() {
    return Mono.zip(rest.marketData().exchangeStatus(), rest.marketData().exchangeSchedule())
        .doOnNext(both -> gate = ExchangeGate.of(both.getT1(), ExchangeGate.maintenanceWindows(both.getT2()),
            clock.nowNs()))
        .then();
  }

  private Mono<Void> connectWebSocket() {
    return Mono.defer(() -> {
      if (wsFeed == null) {
        wsFeed = ws.events().subscribe(this::onWsEvent,
            error -> log.error("kalshi venue: the WebSocket feed failed", error));
      }
      return ws.subscribe(new SubscribeRequest(EnumSet.of(Channel.FILL, Channel.USER_ORDERS), List.of(), false))
          .flatMap(outcome -> outcome instanceof CommandRejected rejected
              ? Mono.error(new IllegalStateException("Kalshi refused the fill/user_orders subscription: "
                  + rejected.code() + " " + rejected.message()))
              : Mono.<Void>empty());
    });
  }

  private Flux<StrikeEvent> reconcile(long checkpointNs) {
    Long minTs = checkpointNs > 0 ? checkpointNs / NANOS_PER_SECOND : null;
    Mono<List<Order>> resting = rest.portfolio().orders(OrdersQuery.all().withStatus(Order.RESTING)).collectList();
    Mono<List<Order>> recent = rest.portfolio()
        .orders(new OrdersQuery(null, null, List.of(), minTs, null, null, null, null)).collectList();
    Mono<Positions> positions = rest.portfolio().positions(PortfolioQuery.all());
    Mono<List<dev.strike.kalshi.wire.Fill>> fills =
        rest.portfolio().fills(PortfolioQuery.all().withTimeRange(minTs, null)).collectList();
    return Mono.zip(resting, recent, positions, fills)
        .flatMapMany(all -> Flux.fromIterable(reconciled(all.getT1(), all.getT2(), all.getT3(), all.getT4())));
  }

  private List<StrikeEvent> reconciled(List<Order> resting, List<Order> recent, Positions positions,
      List<dev.strike.kalshi.wire.Fill> fills) {
    long tsInit = clock.nowNs();
    List<StrikeEvent> out = new ArrayList<>();
    Map<String, Order> byId = new LinkedHashMap<>();
    resting.forEach(o -> byId.put(o.orderId(), o));
    recent.forEach(o -> byId.putIfAbsent(o.orderId(), o));
    int foreignResting = 0;
    int attributed = 0;
    int unattributed = 0;
    synchronized (tracker) {
      for (Order order : byId.values()) {
        Optional<VenueOrder> read = KalshiMapping.venueOrder(order);
        if (read.isEmpty()) {
          continue;
        }
        VenueOrder venueOrder = read.get();
        if (!tracker.onExchangeOrder(venueOrder) && venueOrder.status() == VenueOrder.Status.RESTING) {
          foreignResting++;
          out.add(events.alert("reconciliation-order-" + order.orderId(), Severity.WARNING,
              KalshiEvents.RECONCILIATION, "Kalshi has a resting order " + order.orderId() + " in "
                  + venueOrder.ticker() + " (client order id " + venueOrder.clientOrderId()
                  + ") that this run did not place",
              Map.of("resting_qty", decimal(venueOrder.remaining()), "yes_price",
                  new BigDecimal(venueOrder.yesPrice().toDollarString())),
              tsInit, tsInit));
        }
      }
      for (dev.strike.kalshi.wire.Fill fill : fills) {
        Optional<Execution> read = KalshiMapping.execution(fill, tsInit);
        if (read.isEmpty() || !tracker.firstSighting(read.get().tradeId())) {
          continue;
        }
        Optional<Attribution> who = tracker.attribute(read.get());
        if (who.isPresent()) {
          attributed++;
          out.add(events.fill(read.get(), who.get(), tsInit));
        } else {
          unattributed++;
          tracker.holdUnattributed(read.get());
        }
      }
    }
    long openPositions = positions.marketPositions().stream()
        .filter(p -> p.positionFp() != null && !Qty.parse(p.positionFp().replace("-", "")).isZero()).count();
    boolean discrepancy = foreignResting > 0 || unattributed > 0;
    out.add(events.alert("reconciliation-summary-" + tsInit, discrepancy ? Severity.WARNING : Severity.INFO,
        KalshiEvents.RECONCILIATION, "Kalshi reconciliation: " + resting.size() + " resting orders ("
            + foreignResting + " not placed by this run), " + fills.size() + " fills since the checkpoint ("
            + unattributed + " not attributable yet), " + openPositions + " open positions",
        Map.of("resting_orders", BigDecimal.valueOf(resting.size()), "foreign_resting_orders",
            BigDecimal.valueOf(foreignResting), "fills_attributed", BigDecimal.valueOf(attributed),
            "fills_unattributed", BigDecimal.valueOf(unattributed), "open_positions",
            BigDecimal.valueOf(openPositions)),
        tsInit, tsInit));
    return out;
  }

  // ------------------------------------------------------------------------------------------------ submit

  /**
   * Places an intent (see the class comment for the duplicate and unknown-outcome rules). Emits
   * {@code OrderSubmitted} then {@code OrderAccepted} (plus {@code OrderCanceled} for the unfilled rest of an
   * IOC/FOK order) or {@code OrderRejected} with Kalshi's code and message; or only {@code OrderRejected} when the
   * venue refuses before sending ({@value #MARKET_BLOCKED}, {@value #EXCHANGE_PAUSED}).
   */
  @Override
  public Flux<StrikeEvent> submit(OrderIntent intent, long nowNs) {
    return refreshStatusIfStale().thenMany(Flux.defer(() -> {
      long tsInit = clock.nowNs();
      Attribution who = Attribution.of(intent);
      SubmitDecision decision;
      synchronized (tracker) {
        decision = tracker.decide(intent, !gate.acceptsOrders(tsInit));
      }
      OrderSubmitted submitted = OrderSubmitted.of(intent, venue, nowNs, tsInit);
      if (decision instanceof SubmitDecision.Refused refused) {
        return Flux.just(events.rejected(who, refused.code(), refused.message(), nowNs, tsInit));
      }
      if (decision instanceof SubmitDecision.Known known) {
        return Flux.concat(Flux.just(submitted), Flux.fromIterable(stateOf(known.order(), nowNs, tsInit)));
      }
      if (decision instanceof SubmitDecision.Adopted adopted) {
        log.info("kalshi venue: intent {} is already on the exchange as {}; adopted, not sent", intent.intentId(),
            adopted.order().venueOrderId());
        return Flux.concat(Flux.just(submitted), Flux.fromIterable(placed(adopted.order(), nowNs, tsInit)));
      }
      CreateOrderRequest request;
      try {
        request = KalshiMapping.createRequest(intent, config.selfTradePrevention());
      } catch (IllegalArgumentException e) {
        synchronized (tracker) {
          tracker.onNotSent(intent.clientOrderId());
        }
        return Flux.just(events.rejected(who, "invalid_order_request", String.valueOf(e.getMessage()), nowNs,
            tsInit));
      }
      return Flux.concat(Mono.just(submitted),
          rest.orders().create(request).flatMapMany(result -> onCreated(intent, result, nowNs)));
    }));
  }

  private Flux<StrikeEvent> onCreated(OrderIntent intent, WriteResult<CreateOrderResponse> result, long nowNs) {
    long tsInit = clock.nowNs();
    ClientOrderId id = intent.clientOrderId();
    Attribution who = Attribution.of(intent);
    if (result instanceof WriteResult.Accepted<CreateOrderResponse> accepted) {
      CreateOrderResponse response = accepted.response();
      TrackedOrder order;
      synchronized (tracker) {
        order = tracker.onAccepted(id, VenueOrderId.of(response.orderId()), qty(response.fillCount()),
            qty(response.remainingCount()));
      }
      long tsEvent = response.tsMs() != null ? response.tsMs() * NANOS_PER_MS : tsInit;
      return Flux.fromIterable(placed(order, tsEvent, tsInit));
    }
    if (result instanceof WriteResult.Rejected<CreateOrderResponse> rejected) {
      synchronized (tracker) {
        tracker.onRejected(id);
      }
      KalshiError error = rejected.error();
      return Flux.just(events.rejected(who, error.code(), describe(error), nowNs, tsInit));
    }
    if (result instanceof WriteResult.NotSent<CreateOrderResponse> notSent) {
      synchronized (tracker) {
        tracker.onNotSent(id);
      }
      return Flux.just(events.rejected(who, NOT_SENT, notSent.reason(), nowNs, tsInit));
    }
    boolean alreadyPlaced = result instanceof WriteResult.AlreadyPlaced;
    log.warn("kalshi venue: create of {} in {} {}; blocking the market until the order is found by client order id",
        id, intent.ticker(), alreadyPlaced ? "answered 409 (already placed)"
            : "has an unknown outcome: " + ((WriteResult.OutcomeUnknown<CreateOrderResponse>) result).reason());
    synchronized (tracker) {
      tracker.onOutcomeUnknown(id);
    }
    return lookUp(intent, !alreadyPlaced, nowNs, 1, 0);
  }

  /**
   * One lookup by client order id of an order with an unknown outcome, then the next one if needed. A failed lookup
   * proves nothing (it neither finds nor confirms absence); only empty answers count toward "absent", and never after
   * a 409 (the order exists; the read is just behind).
   */
  private Flux<StrikeEvent> lookUp(OrderIntent intent, boolean mayBeAbsent, long nowNs, int attempt, int empties) {
    ClientOrderId id = intent.clientOrderId();
    return Mono.delay(config.lookupInterval(), scheduler)
        .then(rest.portfolio().findByClientOrderId(intent.ticker(), id)
            .map(found -> new Lookup(found.orElse(null), false))
            .onErrorResume(error -> {
              log.warn("kalshi venue: lookup of {} failed: {}", id, error.toString());
              return Mono.just(new Lookup(null, true));
            }))
        .flatMapMany(lookup -> {
          long tsInit = clock.nowNs();
          synchronized (tracker) {
            TrackedOrder tracked = tracker.order(id).orElseThrow();
            if (tracked.state() != OrderState.UNKNOWN) {
              return Flux.<StrikeEvent>empty(); // resolved meanwhile (a user_order update)
            }
            if (lookup.order() != null) {
              Optional<VenueOrder> read = KalshiMapping.venueOrder(lookup.order());
              if (read.isPresent()) {
                return Flux.fromIterable(tracker.onFound(id, read.get())
                    .map(order -> placed(order, tsInit, tsInit)).orElse(List.of()));
              }
            }
            int emptyCount = lookup.failed() ? empties : empties + 1;
            if (mayBeAbsent && emptyCount >= config.emptyLookupsForAbsent()) {
              tracker.onAbsent(id);
              return Flux.<StrikeEvent>just(events.rejected(Attribution.of(intent), UNKNOWN_OUTCOME_ABSENT,
                  "the create's outcome was unknown and " + emptyCount + " lookups by client order id found no "
                      + "order: it was not placed", nowNs, tsInit));
            }
            if (attempt >= config.maxLookups()) {
              return Flux.<StrikeEvent>just(events.alert("unknown-outcome-" + id, Severity.CRITICAL,
                  KalshiEvents.EXECUTION, "the outcome of order " + id + " in " + intent.ticker()
                      + " is still unknown after " + attempt + " lookups; the market stays blocked",
                  Map.of("lookups", BigDecimal.valueOf(attempt)), nowNs, tsInit));
            }
          }
          return lookUp(intent, mayBeAbsent, nowNs, attempt + 1, lookup.failed() ? empties : empties + 1);
        });
  }

  private record Lookup(@Nullable Order order, boolean failed) {}

  /** The events of an order now on the exchange: accepted, the IOC/FOK remainder, fills held for it. */
  private List<StrikeEvent> placed(TrackedOrder order, long tsEvent, long tsInit) {
    List<StrikeEvent> out = new ArrayList<>();
    VenueOrderId venueOrderId = Objects.requireNonNull(order.venueOrderId(), "venueOrderId");
    out.add(events.accepted(order.who(), venueOrderId, order.filled(), order.resting(), tsEvent, tsInit));
    TimeInForce timeInForce = order.timeInForce();
    if (timeInForce != null && timeInForce != TimeInForce.GTC && order.resting().isZero()
        && order.filled().compareTo(order.qty()) < 0) {
      out.add(events.canceled(order, order.qty().minus(order.filled()),
          timeInForce == TimeInForce.IOC ? CancelReason.IOC_REMAINDER : CancelReason.FOK_UNFILLED, tsEvent, tsInit));
    }
    synchronized (tracker) {
      for (Execution held : tracker.takeHeld(venueOrderId)) {
        tracker.attribute(held);
        out.add(events.fill(held, order.who(), tsInit));
      }
    }
    return out;
  }

  /** What a known order is, for a repeated submit. */
  private List<StrikeEvent> stateOf(TrackedOrder order, long nowNs, long tsInit) {
    return switch (order.state()) {
      case LIVE, DONE -> order.venueOrderId() == null ? List.of()
          : List.of(events.accepted(order.who(), order.venueOrderId(), order.filled(), order.resting(), nowNs,
              tsInit));
      case REJECTED -> List.of(events.rejected(order.who(), "already_rejected",
          "this intent was submitted before and rejected by the exchange", nowNs, tsInit));
      case ABSENT -> List.of(events.rejected(order.who(), UNKNOWN_OUTCOME_ABSENT,
          "this intent was submitted before; its outcome was unknown and it was not found", nowNs, tsInit));
      case SENDING, UNKNOWN -> List.of();
    };
  }

  private Mono<Void> refreshStatusIfStale() {
    return Mono.defer(() -> {
      if (!gate.isStale(clock.nowNs(), config.statusMaxAge().toNanos())) {
        return Mono.empty();
      }
      return rest.marketData().exchangeStatus()
          .doOnNext(status -> gate = gate.withStatus(status, clock.nowNs()))
          .onErrorResume(error -> {
            log.warn("kalshi venue: exchange status read failed, keeping the last one: {}", error.toString());
            return Mono.empty();
          })
          .then();
    });
  }

  // ------------------------------------------------------------------------------------------------ cancel

  /**
   * Cancels the rest of one of our resting orders (V2 cancel, routed by market). Emits {@code OrderCanceled} with
   * the exchange's {@code reduced_by}; nothing when the order is not ours, not resting, or already gone (404); a
   * WARNING alert when the cancel failed or its outcome is unknown (the {@code user_orders} channel will tell).
   */
  @Override
  public Flux<StrikeEvent> cancel(ClientOrderId clientOrderId, CancelReason reason, long nowNs) {
    return Flux.defer(() -> {
      TrackedOrder order;
      synchronized (tracker) {
        order = tracker.order(clientOrderId).orElse(null);
        if (order == null || !order.isLive() || order.venueOrderId() == null) {
          return Flux.<StrikeEvent>empty();
        }
        tracker.onCancelRequested(clientOrderId, reason);
      }
      TrackedOrder target = order;
      return rest.orders().cancel(CancelOrderRequest.of(order.venueOrderId().value(), order.who().ticker().value()))
          .flatMapMany(result -> onCanceled(target, result, reason, nowNs));
    });
  }

  private Flux<StrikeEvent> onCanceled(TrackedOrder order, WriteResult<CancelOrderResponse> result,
      CancelReason reason, long nowNs) {
    long tsInit = clock.nowNs();
    if (result instanceof WriteResult.Accepted<CancelOrderResponse> accepted) {
      CancelOrderResponse response = accepted.response();
      Optional<TrackedOrder> closed;
      synchronized (tracker) {
        closed = tracker.onCanceled(order.who().clientOrderId());
      }
      Qty canceled = response.reducedBy() != null ? Qty.parse(response.reducedBy()) : order.resting();
      long tsEvent = response.tsMs() != null ? response.tsMs() * NANOS_PER_MS : nowNs;
      return Flux.fromIterable(closed.map(o -> List.<StrikeEvent>of(events.canceled(o, canceled, reason, tsEvent,
          tsInit))).orElse(List.of()));
    }
    if (result instanceof WriteResult.Rejected<CancelOrderResponse> rejected && rejected.isNotFound()) {
      return Flux.empty(); // already filled or canceled: the fill and user_orders channels report it
    }
    return Flux.just(events.alert("cancel-failed-" + order.who().clientOrderId() + "-" + tsInit, Severity.WARNING,
        KalshiEvents.EXECUTION, "cancel of order " + order.who().clientOrderId() + " in " + order.who().ticker()
            + " did not complete: " + result, Map.of(), nowNs, tsInit));
  }

  /**
   * Cancels every resting order: ours and whatever else the account has resting (listed from the exchange; the
   * account is Strike's), in batch cancels cut to the write bucket's capacity. Emits {@code OrderCanceled} for our
   * orders (canceled quantity from the response), an alert for orders this run cannot attribute, and falls back to
   * single cancels for a batch whose outcome is not a clean answer. Cancels go out during a trading pause too.
   */
  @Override
  public Flux<StrikeEvent> cancelAll(CancelReason reason, long nowNs) {
    return rest.portfolio().orders(OrdersQuery.all().withStatus(Order.RESTING)).collectList()
        .onErrorResume(error -> {
          log.error("kalshi venue: listing resting orders failed; canceling only the orders we track", error);
          return Mono.just(List.of());
        })
        .flatMapMany(listed -> {
          Map<String, String> targets = new LinkedHashMap<>(); // venue order id → ticker
          synchronized (tracker) {
            for (TrackedOrder order : tracker.live()) {
              if (order.venueOrderId() != null) {
                targets.put(order.venueOrderId().value(), order.who().ticker().value());
                tracker.onCancelRequested(order.who().clientOrderId(), reason);
              }
            }
            for (Order order : listed) {
              if (order.ticker() != null) {
                targets.putIfAbsent(order.orderId(), order.ticker());
                tracker.order(VenueOrderId.of(order.orderId()))
                    .ifPresent(o -> tracker.onCancelRequested(o.who().clientOrderId(), reason));
              }
            }
          }
          List<BatchCancelOrdersRequest.Item> items = new ArrayList<>();
          targets.forEach((orderId, ticker) -> items.add(BatchCancelOrdersRequest.Item.of(orderId, ticker)));
          int size = batchSize();
          List<List<BatchCancelOrdersRequest.Item>> batches = new ArrayList<>();
          for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
          }
          return Flux.fromIterable(batches).concatMap(batch -> cancelBatch(batch, reason, nowNs));
        });
  }

  private int batchSize() {
    RateLimits limits = rest.rateLimiter().limits();
    long perItem = Math.max(1, limits.costs().costOf(KalshiEndpoint.BATCH_CANCEL_ORDERS, 1));
    long fits = limits.write().capacity() / perItem;
    return (int) Math.max(1, Math.min(config.maxBatchCancel(), fits));
  }

  private Flux<StrikeEvent> cancelBatch(List<BatchCancelOrdersRequest.Item> batch, CancelReason reason,
      long nowNs) {
    return rest.orders().batchCancel(new BatchCancelOrdersRequest(List.copyOf(batch))).flatMapMany(result -> {
      if (!(result instanceof WriteResult.Accepted<BatchCancelOrdersResponse> accepted)) {
        log.warn("kalshi venue: batch cancel of {} orders: {}; canceling one by one", batch.size(), result);
        return Flux.fromIterable(batch).concatMap(item -> cancelOne(item, reason, nowNs));
      }
      long tsInit = clock.nowNs();
      List<StrikeEvent> out = new ArrayList<>();
      List<BatchCancelOrdersResponse.Item> answers = accepted.response().orders();
      int foreign = 0;
      for (int i = 0; i < batch.size(); i++) {
        BatchCancelOrdersResponse.Item answer = i < answers.size() ? answers.get(i) : null;
        String orderId = answer != null && answer.orderId() != null ? answer.orderId() : batch.get(i).orderId();
        if (answer == null || !answer.isCanceled()) {
          KalshiError error = answer == null ? null : answer.error();
          if (error == null || !error.hasCode(KalshiError.NOT_FOUND)) {
            out.add(events.alert("cancel-failed-" + orderId + "-" + tsInit, Severity.WARNING,
                KalshiEvents.EXECUTION, "cancel of order " + orderId + " failed: "
                    + (error == null ? "no answer" : describe(error)), Map.of(), nowNs, tsInit));
          }
          continue;
        }
        Optional<TrackedOrder> closed;
        synchronized (tracker) {
          Optional<TrackedOrder> tracked = tracker.order(VenueOrderId.of(orderId));
          closed = tracked.flatMap(o -> tracker.onCanceled(o.who().clientOrderId()));
          if (tracked.isEmpty()) {
            foreign++;
          }
        }
        if (closed.isPresent()) {
          Qty canceled = answer.reducedBy() != null ? Qty.parse(answer.reducedBy()) : closed.get().resting();
          long tsEvent = answer.tsMs() != null ? answer.tsMs() * NANOS_PER_MS : nowNs;
          out.add(events.canceled(closed.get(), canceled, reason, tsEvent, tsInit));
        }
      }
      if (foreign > 0) {
        out.add(events.alert("cancel-all-foreign-" + tsInit, Severity.WARNING, KalshiEvents.EXECUTION,
            "canceled " + foreign + " resting orders this run did not place (" + reason + ")",
            Map.of("orders", BigDecimal.valueOf(foreign)), nowNs, tsInit));
      }
      return Flux.fromIterable(out);
    });
  }

  private Flux<StrikeEvent> cancelOne(BatchCancelOrdersRequest.Item item, CancelReason reason, long nowNs) {
    Optional<TrackedOrder> tracked;
    synchronized (tracker) {
      tracked = tracker.order(VenueOrderId.of(item.orderId()));
    }
    return rest.orders().cancel(CancelOrderRequest.of(item.orderId(), Objects.requireNonNull(item.marketTicker())))
        .flatMapMany(result -> tracked.map(order -> onCanceled(order, result, reason, nowNs))
            .orElse(Flux.empty()));
  }

  // ------------------------------------------------------------------------------------------------ feed

  /** Market data is not used by a network venue. */
  @Override
  public Flux<StrikeEvent> onMarketData(StrikeEvent event) {
    if (event instanceof dev.strike.common.event.MarketInfo info
        && info.status() == dev.strike.common.event.MarketStatus.FINALIZED
        && !settledTickers.contains(info.ticker().value())) {
      return settlements(PortfolioQuery.all().withTicker(info.ticker()));
    }
    return Flux.empty();
  }

  /**
   * Our settlements matching {@code query} as {@code MarketSettled}, each market once; a settlement that does not
   * parse becomes a CRITICAL alert instead (the money is real: an operator must look).
   */
  private Flux<StrikeEvent> settlements(PortfolioQuery query) {
    return rest.portfolio().settlements(query).concatMap(settlement -> {
      if (!settledTickers.add(settlement.ticker())) {
        return Flux.empty();
      }
      try {
        return Flux.just(KalshiMapping.settled(settlement, account, venue, clock.nowNs()));
      } catch (IllegalArgumentException e) {
        long now = clock.nowNs();
        return Flux.just(new dev.strike.common.event.Alert(dev.strike.common.id.AlertId.of(
            dev.strike.common.id.StableHash.hex128("kalshi-settlement", settlement.ticker())),
            dev.strike.common.event.Severity.CRITICAL, "reconciliation", "cannot read Kalshi's settlement of "
                + settlement.ticker() + ": " + e.getMessage(), new java.util.TreeMap<>(), now, now));
      }
    });
  }

  /**
   * Fills ({@code fill} channel, attributed to intent and strategy, each trade id once, fee exactly as reported) and
   * order changes ({@code user_orders}: {@code OrderCanceled}, {@code OrderExpired}, {@code OrderAmended}, and
   * {@code OrderAccepted} for an unknown outcome resolved there), plus alerts for fills we cannot attribute. One
   * subscriber; events pushed before it subscribes are buffered.
   */
  @Override
  public Flux<StrikeEvent> events() {
    return pushed.asFlux();
  }

  private void onWsEvent(KalshiWsEvent event) {
    List<StrikeEvent> out = new ArrayList<>();
    if (event instanceof UserFill fill) {
      onExecution(KalshiMapping.execution(fill), fill.tsInit(), out);
    } else if (event instanceof UserOrderUpdate update) {
      onOrderUpdate(KalshiMapping.venueOrder(update), update.tsEvent(), update.tsInit(), out);
    } else if (event instanceof Disconnected disconnected && disconnectedAtNs == 0) {
      disconnectedAtNs = disconnected.tsInit();
    } else if (event instanceof Resubscribed && disconnectedAtNs != 0) {
      readMissedFills(disconnectedAtNs);
      disconnectedAtNs = 0;
    }
    push(out);
  }

  private void push(List<StrikeEvent> out) {
    // the WebSocket thread and the catch-up read may emit at once; the sink needs serial calls
    for (StrikeEvent e : out) {
      pushed.emitNext(e, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
    }
  }

  /**
   * Fills are not replayed by the WebSocket after a reconnect, so the ones since the loss (with a minute of margin
   * for clock skew and Kalshi's whole-second filter) are read over REST; the trade-id check drops what we had.
   */
  private void readMissedFills(long sinceNs) {
    long minTs = Math.max(0, sinceNs / NANOS_PER_SECOND - 60);
    rest.portfolio().fills(PortfolioQuery.all().withTimeRange(minTs, null)).collectList().subscribe(fills -> {
      long tsInit = clock.nowNs();
      List<StrikeEvent> out = new ArrayList<>();
      for (dev.strike.kalshi.wire.Fill fill : fills) {
        KalshiMapping.execution(fill, tsInit).ifPresent(execution -> onExecution(execution, tsInit, out));
      }
      push(out);
    }, error -> log.error("kalshi venue: reading the fills missed while the WebSocket was down failed", error));
  }

  private void onExecution(Execution execution, long tsInit, List<StrikeEvent> out) {
    synchronized (tracker) {
      if (!tracker.firstSighting(execution.tradeId())) {
        return;
      }
      Optional<Attribution> who = tracker.attribute(execution);
      if (who.isPresent()) {
        out.add(events.fill(execution, who.get(), tsInit));
        return;
      }
      tracker.holdUnattributed(execution);
    }
    out.add(events.alert("unattributed-fill-" + execution.tradeId(), Severity.WARNING, KalshiEvents.RECONCILIATION,
        "fill " + execution.tradeId() + " of order " + execution.venueOrderId() + " in " + execution.ticker()
            + " belongs to no order of this run; held until its order is known",
        Map.of("qty", decimal(execution.qty())), execution.tsEvent(), tsInit));
  }

  private void onOrderUpdate(VenueOrder update, long tsEvent, long tsInit, List<StrikeEvent> out) {
    OrderChange change;
    synchronized (tracker) {
      change = tracker.onOrderUpdate(update);
    }
    if (change instanceof OrderChange.Found found) {
      out.addAll(placed(found.order(), tsEvent, tsInit));
    } else if (change instanceof OrderChange.Canceled canceled) {
      out.add(events.canceled(canceled.order(), canceled.canceledQty(), canceled.reason(), tsEvent, tsInit));
    } else if (change instanceof OrderChange.Expired expired) {
      out.add(events.expired(expired.order(), expired.expiredQty(), tsEvent, tsInit));
    } else if (change instanceof OrderChange.Amended amended) {
      out.add(events.amended(amended.order(), amended.yesPrice(), amended.resting(), tsEvent, tsInit));
    }
  }

  /** Closes the WebSocket and REST clients; does not cancel orders. Idempotent. */
  @Override
  public void close() {
    Disposable feed = wsFeed;
    if (feed != null) {
      feed.dispose();
    }
    ws.close();
    rest.close();
    pushed.tryEmitComplete();
  }

  private static Qty qty(@Nullable String count) {
    return count == null ? Qty.ZERO : Qty.parse(count);
  }

  private static BigDecimal decimal(Qty qty) {
    return new BigDecimal(qty.toContractString());
  }

  private static String describe(KalshiError error) {
    return error.message() + (error.details() == null ? "" : " (" + error.details() + ")");
  }
}
