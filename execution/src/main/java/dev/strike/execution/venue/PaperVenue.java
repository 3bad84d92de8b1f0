package dev.strike.execution.venue;

import dev.strike.common.event.CancelReason;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.Venue;
import dev.strike.common.id.ClientOrderId;
import dev.strike.execution.core.paper.PaperExchange;
import reactor.core.publisher.Flux;

/**
 * The paper venue: the pure {@link PaperExchange} fill model behind the {@link ExecutionVenue} interface. Every call
 * does its work when it is called (the execution service calls it on its one thread) and returns what the model
 * produced; nothing is pushed by itself. The model's time is the event time of the
 * market data and orders it is given, so a paper run and a backtest over the same inputs fill the same way.
 */
public final class PaperVenue implements ExecutionVenue {
  private final PaperExchange exchange;

  /** A venue over {@code exchange}. */
  public PaperVenue(PaperExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public Venue venue() {
    return Venue.PAPER;
  }

  /** Every call computes its events on the exchange model and returns them as a list. */
  @Override
  public boolean completesInCall() {
    return true;
  }

  @Override
  public Flux<StrikeEvent> start(long checkpointNs) {
    return Flux.empty();
  }

  @Override
  public Flux<StrikeEvent> submit(OrderIntent intent, long nowNs) {
    return Flux.fromIterable(exchange.submit(intent, nowNs));
  }

  @Override
  public Flux<StrikeEvent> cancel(ClientOrderId clientOrderId, CancelReason reason, long nowNs) {
    return Flux.fromIterable(exchange.cancel(clientOrderId, reason, nowNs));
  }

  @Override
  public Flux<StrikeEvent> cancelAll(CancelReason reason, long nowNs) {
    return Flux.fromIterable(exchange.cancelAll(reason, nowNs));
  }

  @Override
  public Flux<StrikeEvent> onMarketData(StrikeEvent event) {
    return Flux.fromIterable(exchange.onMarketData(event));
  }

  @Override
  public Flux<StrikeEvent> events() {
    return Flux.never();
  }

  @Override
  public void close() {
    // nothing held
  }
}
