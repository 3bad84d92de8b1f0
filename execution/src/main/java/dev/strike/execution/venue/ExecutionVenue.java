package dev.strike.execution.venue;

import dev.strike.common.event.CancelReason;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.Venue;
import dev.strike.common.id.ClientOrderId;
import reactor.core.publisher.Flux;

/**
 * Where approved orders are executed: the paper venue (a fill model on our own market data) or Kalshi (demo or live).
 * Every method returns the events the call produced — {@code OrderEvent}s for {@code orders.events}, {@code Fill}s
 * for {@code trades}, {@code MarketSettled} for {@code settlements} — which the execution service publishes in
 * order. Events the venue learns by itself (Kalshi's {@code fill} and {@code user_orders} channels) come from
 * {@link #events()}.
 *
 * <p>Threading: the execution service calls every method from one thread and subscribes to the returned Fluxes one
 * at a time, in call order; an implementation needs no locks for its own state as long as it only touches it in
 * those calls (a network venue may complete its Fluxes on another thread). Times are epoch ns; {@code nowNs} is the
 * event time of the input that caused the call.
 *
 * <p>Never a duplicate order: an implementation must treat a second {@link #submit} of the same intent (same
 * {@code clientOrderId}) as the same order, never as a new one.
 */
public interface ExecutionVenue extends AutoCloseable {
  /** {@code PAPER}, {@code DEMO} or {@code LIVE}. */
  Venue venue();

  /**
   * Whether every call does all its work before it returns, and returns a Flux of events already made (no IO, no
   * state touched on subscription). The execution service then runs the call on the thread that delivered the input,
   * under its lock, instead of handing it to the execution thread. False unless a venue says so.
   */
  default boolean completesInCall() {
    return false;
  }

  /**
   * Starts the venue before any order: a network venue checks its key, reconciles its open orders, positions and
   * fills since {@code checkpointNs} and subscribes to its private channels; what it finds (fills we missed, orders
   * placed while we were down) is emitted, discrepancies as {@code Alert}s.
   *
   * @param checkpointNs event time up to which our topics are known to be complete (0: from the beginning)
   */
  Flux<StrikeEvent> start(long checkpointNs);

  /**
   * Tells the venue which orders earlier runs placed (read back from {@code orders.events}) before {@link #start}, so
   * that their fills and updates are attributed to their intents and strategies. Default: nothing to do.
   */
  default void restore(java.util.Collection<dev.strike.common.event.OrderSubmitted> placed) {}

  /** Tells the venue which markets already have their settlement on {@code settlements}. Default: nothing to do. */
  default void restoreSettled(java.util.Collection<dev.strike.common.id.MarketTicker> settled) {}

  /** Places an approved order. Emits at least an {@code OrderSubmitted}, or an {@code OrderRejected}. */
  Flux<StrikeEvent> submit(OrderIntent intent, long nowNs);

  /** Cancels one of our orders (its remainder), if it is still resting. */
  Flux<StrikeEvent> cancel(ClientOrderId clientOrderId, CancelReason reason, long nowNs);

  /** Cancels every resting order of ours ({@code halt}, shutdown, the weekly pause). */
  Flux<StrikeEvent> cancelAll(CancelReason reason, long nowNs);

  /**
   * Market data ({@code MarketInfo}, {@code BookEvent}, {@code MarketTrade}): the paper venue fills, expires and
   * settles on it; a network venue may ignore it.
   */
  Flux<StrikeEvent> onMarketData(StrikeEvent event);

  /** Events the venue produces by itself (fills and order updates pushed by the exchange); empty for paper. */
  Flux<StrikeEvent> events();

  /** Releases connections; does not cancel orders (call {@link #cancelAll} first for that). */
  @Override
  void close();
}
