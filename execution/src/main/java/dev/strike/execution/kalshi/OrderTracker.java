package dev.strike.execution.kalshi;

import dev.strike.common.event.CancelReason;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.TradeId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Qty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Kalshi venue's order state, pure: which orders are ours (by client order id and venue order id), where each
 * stands, which markets an unknown outcome blocks, which trades were already reported, and what the exchange showed
 * us that we could not attribute yet. Given an input it changes state and returns a decision; it never sends,
 * sleeps or reads a clock.
 *
 * <p>Rules it enforces: a client order id is sent at most once per tracker (a second submit is
 * {@link SubmitDecision.Known}); an order the exchange has under an id we did not send in this run is adopted, not
 * sent ({@link SubmitDecision.Adopted}); a market with an order in {@link OrderState#UNKNOWN} takes no new order
 * until that order is found or confirmed absent; each trade id is reported once.
 *
 * <p>Not thread-safe: the owner serialises access (the venue holds its monitor around every call).
 */
public final class OrderTracker {
  private final Map<ClientOrderId, TrackedOrder> orders = new LinkedHashMap<>();
  private final Map<VenueOrderId, ClientOrderId> byVenueId = new HashMap<>();
  /** Attributions of orders of earlier runs, restored from {@code orders.events}. */
  private final Map<ClientOrderId, Attribution> restored = new HashMap<>();
  /** Orders seen on the exchange that we could not attribute, by client order id. */
  private final Map<ClientOrderId, VenueOrder> foreign = new LinkedHashMap<>();
  /** Executions we could not attribute yet, by venue order id: reported once their order is adopted. */
  private final Map<VenueOrderId, List<Execution>> pendingExecutions = new HashMap<>();
  private final Set<TradeId> seenTrades = new HashSet<>();
  private final Set<ClientOrderId> unknown = new HashSet<>();

  /** Remembers who an order of an earlier run belongs to (fills and cancels can then be attributed). */
  public void restore(Attribution attribution) {
    restored.putIfAbsent(attribution.clientOrderId(), attribution);
  }

  /**
   * Decides a submit. On {@link SubmitDecision.Send} the order is tracked as {@link OrderState#SENDING}, so a
   * second submit of the same intent sends nothing even while the first is in flight.
   *
   * @param exchangePaused the exchange takes no new orders now
   */
  public SubmitDecision decide(OrderIntent intent, boolean exchangePaused) {
    ClientOrderId id = intent.clientOrderId();
    TrackedOrder known = orders.get(id);
    if (known != null) {
      return new SubmitDecision.Known(known);
    }
    VenueOrder existing = foreign.remove(id);
    if (existing != null) {
      TrackedOrder adopted = new TrackedOrder(Attribution.of(intent), OrderState.LIVE, null, intent.qty(),
          Qty.ZERO, Qty.ZERO, intent.timeInForce(), null)
          .placed(existing.venueOrderId(), existing.filled(), restingOf(existing));
      return new SubmitDecision.Adopted(track(adopted));
    }
    if (isBlocked(intent.ticker())) {
      return new SubmitDecision.Refused(KalshiVenue.MARKET_BLOCKED, "an earlier order in " + intent.ticker()
          + " has an unknown outcome; no new order until it is found or known absent");
    }
    if (exchangePaused) {
      return new SubmitDecision.Refused(KalshiVenue.EXCHANGE_PAUSED, "the exchange is paused; only cancels go out");
    }
    if (intent.limitPrice().micros() % 100 != 0) {
      return new SubmitDecision.Refused("price_off_grid", "Kalshi prices have at most four decimals, got "
          + intent.limitPrice());
    }
    track(new TrackedOrder(Attribution.of(intent), OrderState.SENDING, null, intent.qty(), Qty.ZERO, Qty.ZERO,
        intent.timeInForce(), null));
    return new SubmitDecision.Send();
  }

  /** The create was accepted: the order is live (or done when nothing rests). */
  public TrackedOrder onAccepted(ClientOrderId id, VenueOrderId venueOrderId, Qty filled, Qty resting) {
    unknown.remove(id);
    return track(require(id).placed(venueOrderId, filled, resting));
  }

  /** The exchange refused the create. */
  public TrackedOrder onRejected(ClientOrderId id) {
    unknown.remove(id);
    return track(require(id).with(OrderState.REJECTED));
  }

  /** The create never left: forget it, so a later submit of the same intent may send it (safe: same id). */
  public void onNotSent(ClientOrderId id) {
    orders.remove(id);
  }

  /** The create's outcome is unknown (or a 409 says it exists): its market is blocked until resolved. */
  public TrackedOrder onOutcomeUnknown(ClientOrderId id) {
    unknown.add(id);
    return track(require(id).with(OrderState.UNKNOWN));
  }

  /**
   * A lookup (or the WebSocket) found the order of an unknown outcome. Returns it when this resolved it (report it
   * accepted), empty when it was resolved before.
   */
  public Optional<TrackedOrder> onFound(ClientOrderId id, VenueOrder order) {
    TrackedOrder tracked = orders.get(id);
    if (tracked == null || tracked.state() != OrderState.UNKNOWN) {
      return Optional.empty();
    }
    unknown.remove(id);
    return Optional.of(track(tracked.placed(order.venueOrderId(), order.filled(),
        order.status() == VenueOrder.Status.RESTING ? order.remaining() : Qty.ZERO)));
  }

  /** Confirmed lookups did not find the order of an unknown outcome: it is absent, its market unblocked. */
  public Optional<TrackedOrder> onAbsent(ClientOrderId id) {
    TrackedOrder tracked = orders.get(id);
    if (tracked == null || tracked.state() != OrderState.UNKNOWN) {
      return Optional.empty();
    }
    unknown.remove(id);
    return Optional.of(track(tracked.with(OrderState.ABSENT)));
  }

  /** Whether an unknown outcome blocks new orders in {@code ticker}. */
  public boolean isBlocked(MarketTicker ticker) {
    for (ClientOrderId id : unknown) {
      if (orders.get(id).who().ticker().equals(ticker)) {
        return true;
      }
    }
    return false;
  }

  /** Our order with this id, if tracked. */
  public Optional<TrackedOrder> order(ClientOrderId id) {
    return Optional.ofNullable(orders.get(id));
  }

  /** Our order with this venue id, if tracked. */
  public Optional<TrackedOrder> order(VenueOrderId id) {
    ClientOrderId clientOrderId = byVenueId.get(id);
    return clientOrderId == null ? Optional.empty() : order(clientOrderId);
  }

  /** The orders that may still rest, in placement order. */
  public List<TrackedOrder> live() {
    List<TrackedOrder> live = new ArrayList<>();
    for (TrackedOrder order : orders.values()) {
      if (order.isLive()) {
        live.add(order);
      }
    }
    return live;
  }

  /** Remembers that we asked to cancel this order, so the exchange's confirmation carries our reason. */
  public void onCancelRequested(ClientOrderId id, CancelReason reason) {
    TrackedOrder tracked = orders.get(id);
    if (tracked != null) {
      track(tracked.cancelRequested(reason));
    }
  }

  /**
   * The exchange confirmed a cancel: returns the order when this closed it (report it once), empty when it was
   * already closed (the other channel reported it first).
   */
  public Optional<TrackedOrder> onCanceled(ClientOrderId id) {
    TrackedOrder tracked = orders.get(id);
    if (tracked == null || tracked.state() != OrderState.LIVE) {
      return Optional.empty();
    }
    return Optional.of(track(new TrackedOrder(tracked.who(), OrderState.DONE, tracked.venueOrderId(), tracked.qty(),
        tracked.filled(), Qty.ZERO, tracked.timeInForce(), tracked.cancelRequested())));
  }

  /**
   * Reconciliation: an order the exchange has. Ours (tracked, or restored from an earlier run) → tracked and
   * true; otherwise remembered as foreign (adopted if its intent is submitted again) and false.
   */
  public boolean onExchangeOrder(VenueOrder order) {
    ClientOrderId id = order.clientOrderId();
    if (id != null && orders.containsKey(id)) {
      TrackedOrder tracked = orders.get(id);
      if (tracked.state() == OrderState.LIVE || tracked.state() == OrderState.UNKNOWN) {
        unknown.remove(id);
        track(tracked.placed(order.venueOrderId(), order.filled(), restingOf(order)));
      }
      return true;
    }
    Attribution who = id == null ? null : restored.get(id);
    if (who != null) {
      track(new TrackedOrder(who, OrderState.LIVE, null, order.filled().plus(order.remaining()), Qty.ZERO,
          Qty.ZERO, null, null).placed(order.venueOrderId(), order.filled(), restingOf(order)));
      return true;
    }
    if (id != null) {
      foreign.put(id, order);
    }
    return false;
  }

  /**
   * A {@code user_order} update. Resolves an unknown outcome, closes a canceled or expired order once, reports a
   * size change that no fill explains as amended.
   */
  public OrderChange onOrderUpdate(VenueOrder update) {
    ClientOrderId id = update.clientOrderId() != null ? update.clientOrderId() : byVenueId.get(update.venueOrderId());
    TrackedOrder tracked = id == null ? null : orders.get(id);
    if (tracked == null) {
      return new OrderChange.None();
    }
    if (tracked.state() == OrderState.UNKNOWN || tracked.state() == OrderState.SENDING) {
      if (tracked.state() == OrderState.SENDING) {
        return new OrderChange.None(); // the create's own answer reports it
      }
      return onFound(id, update).<OrderChange>map(OrderChange.Found::new).orElse(new OrderChange.None());
    }
    if (tracked.state() != OrderState.LIVE) {
      return new OrderChange.None();
    }
    switch (update.status()) {
      case CANCELED -> {
        Qty gone = tracked.resting().min(update.filled().compareTo(tracked.qty()) >= 0 ? Qty.ZERO
            : tracked.qty().minus(update.filled()));
        TrackedOrder closed = onCanceled(id).orElseThrow();
        if (update.expirationNs() > 0 && update.updatedNs() >= update.expirationNs()) {
          return new OrderChange.Expired(closed, gone);
        }
        CancelReason reason = tracked.cancelRequested() != null ? tracked.cancelRequested() : CancelReason.EXCHANGE;
        return new OrderChange.Canceled(closed, gone, reason);
      }
      case EXECUTED -> {
        track(new TrackedOrder(tracked.who(), OrderState.DONE, tracked.venueOrderId(), tracked.qty(),
            update.filled(), Qty.ZERO, tracked.timeInForce(), tracked.cancelRequested()));
        return new OrderChange.None();
      }
      case RESTING -> {
        Qty before = tracked.filled().plus(tracked.resting());
        Qty after = update.filled().plus(update.remaining());
        TrackedOrder now = track(tracked.placed(update.venueOrderId(), update.filled(), update.remaining()));
        return before.equals(after) ? new OrderChange.None()
            : new OrderChange.Amended(now, update.yesPrice(), update.remaining());
      }
      default -> {
        return new OrderChange.None();
      }
    }
  }

  /**
   * Whether {@code tradeId} is reported for the first time (and now marks it seen). Grows by one id per fill for
   * the life of the venue.
   */
  public boolean firstSighting(TradeId tradeId) {
    return seenTrades.add(tradeId);
  }

  /**
   * Who an execution belongs to: by client order id when the venue sent one, else by venue order id. On success
   * the tracked size is updated.
   */
  public Optional<Attribution> attribute(Execution execution) {
    ClientOrderId id = execution.clientOrderId();
    if (id == null || !orders.containsKey(id)) {
      id = byVenueId.get(execution.venueOrderId());
    }
    TrackedOrder tracked = id == null ? null : orders.get(id);
    if (tracked == null) {
      return Optional.empty();
    }
    if (tracked.state() == OrderState.LIVE) {
      Qty resting = tracked.resting().compareTo(execution.qty()) > 0 ? tracked.resting().minus(execution.qty())
          : Qty.ZERO;
      track(new TrackedOrder(tracked.who(), resting.isZero() ? OrderState.DONE : OrderState.LIVE,
          tracked.venueOrderId(), tracked.qty(), tracked.filled().plus(execution.qty()), resting,
          tracked.timeInForce(), tracked.cancelRequested()));
    }
    return Optional.of(tracked.who());
  }

  /** Keeps an execution we could not attribute, to report it when its order is adopted. */
  public void holdUnattributed(Execution execution) {
    pendingExecutions.computeIfAbsent(execution.venueOrderId(), k -> new ArrayList<>()).add(execution);
  }

  /** The held executions of {@code venueOrderId}, removed. */
  public List<Execution> takeHeld(@Nullable VenueOrderId venueOrderId) {
    if (venueOrderId == null) {
      return List.of();
    }
    List<Execution> held = pendingExecutions.remove(venueOrderId);
    return held == null ? List.of() : held;
  }

  /** The attribution restored for {@code id}, if any. */
  public Optional<Attribution> restored(ClientOrderId id) {
    return Optional.ofNullable(restored.get(id));
  }

  private static Qty restingOf(VenueOrder order) {
    return order.status() == VenueOrder.Status.RESTING ? order.remaining() : Qty.ZERO;
  }

  private TrackedOrder require(ClientOrderId id) {
    TrackedOrder tracked = orders.get(id);
    if (tracked == null) {
      throw new IllegalStateException("order " + id + " is not tracked");
    }
    return tracked;
  }

  private TrackedOrder track(TrackedOrder order) {
    orders.put(order.who().clientOrderId(), order);
    if (order.venueOrderId() != null) {
      byVenueId.put(order.venueOrderId(), order.who().clientOrderId());
    }
    return order;
  }
}
