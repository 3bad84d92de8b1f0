package dev.strike.execution.kalshi;

import dev.strike.common.event.Alert;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.Fill;
import dev.strike.common.event.OrderAccepted;
import dev.strike.common.event.OrderAmended;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderExpired;
import dev.strike.common.event.OrderRejected;
import dev.strike.common.event.Severity;
import dev.strike.common.event.Venue;
import dev.strike.common.id.AlertId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds the domain events of the Kalshi venue from tracked orders and executions. Pure: times are arguments
 * ({@code tsEvent} venue or input time, {@code tsInit} our clock).
 */
public final class KalshiEvents {
  /** The alert kind of reconciliation findings. */
  public static final String RECONCILIATION = "reconciliation";
  /** The alert kind of order-handling trouble (unresolved unknown outcomes, failed cancels). */
  public static final String EXECUTION = "execution";

  private final Venue venue;

  /** Events for {@code venue} ({@code DEMO} or {@code LIVE}). */
  public KalshiEvents(Venue venue) {
    this.venue = Objects.requireNonNull(venue, "venue");
  }

  /** The venue. */
  public Venue venue() {
    return venue;
  }

  /** The order is on the exchange. */
  public OrderAccepted accepted(Attribution who, VenueOrderId venueOrderId, Qty filled, Qty resting, long tsEvent,
      long tsInit) {
    return new OrderAccepted(who.clientOrderId(), who.intentId(), who.strategy(), who.ticker(), venue, venueOrderId,
        filled, resting, tsEvent, tsInit);
  }

  /** The order was refused (by the exchange or, before sending, by the venue). */
  public OrderRejected rejected(Attribution who, String code, String message, long tsEvent, long tsInit) {
    return new OrderRejected(who.clientOrderId(), who.intentId(), who.strategy(), who.ticker(), venue, code, message,
        tsEvent, tsInit);
  }

  /** The remainder of an order was canceled. */
  public OrderCanceled canceled(TrackedOrder order, Qty canceledQty, CancelReason reason, long tsEvent,
      long tsInit) {
    Attribution who = order.who();
    return new OrderCanceled(who.clientOrderId(), who.intentId(), who.strategy(), who.ticker(), venue,
        order.venueOrderId(), canceledQty, reason, tsEvent, tsInit);
  }

  /** The remainder of an order expired. */
  public OrderExpired expired(TrackedOrder order, Qty expiredQty, long tsEvent, long tsInit) {
    Attribution who = order.who();
    return new OrderExpired(who.clientOrderId(), who.intentId(), who.strategy(), who.ticker(), venue,
        order.venueOrderId(), expiredQty, tsEvent, tsInit);
  }

  /** A resting order changed price or size; {@code yesPrice} is turned into a price of the order's side. */
  public OrderAmended amended(TrackedOrder order, Price yesPrice, Qty resting, long tsEvent, long tsInit) {
    Attribution who = order.who();
    return new OrderAmended(who.clientOrderId(), who.intentId(), who.strategy(), who.ticker(), venue,
        Objects.requireNonNull(order.venueOrderId(), "venueOrderId"), KalshiMapping.onSide(who.side(), yesPrice),
        resting, tsEvent, tsInit);
  }

  /** A fill, on the intent's side (see {@link Execution#on}), fee exactly as reported. */
  public Fill fill(Execution execution, Attribution who, long tsInit) {
    Execution own = execution.on(who.side());
    return new Fill(own.tradeId(), who.clientOrderId(), own.venueOrderId(), who.intentId(), who.strategy(),
        who.ticker(), venue, own.side(), own.action(), own.price(), own.qty(), own.fee(), own.liquidity(),
        own.tsEvent(), tsInit);
  }

  /** An alert; {@code id} is derived from the cause so a repeat is recognised. */
  public Alert alert(String id, Severity severity, String kind, String text, Map<String, BigDecimal> numbers,
      long tsEvent, long tsInit) {
    String alertId = id.length() <= 128 ? id : id.substring(0, 128);
    return new Alert(AlertId.of(alertId), severity, kind, text, new TreeMap<>(numbers), tsEvent, tsInit);
  }
}
