package dev.strike.execution.core.paper;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.OrderAccepted;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderExpired;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderRejected;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.LongSupplier;

/**
 * The paper venue's fill model: a pure, deterministic simulation of Kalshi matching our orders against the public
 * market data ({@code MarketInfo}, book snapshots and deltas, public trades). The same code runs live-paper and in
 * backtests; a shell wraps it as an {@code ExecutionVenue}.
 *
 * <p><b>Time.</b> The exchange has its own time, epoch nanoseconds, taken only from its inputs: {@code nowNs} of
 * the calls and {@code tsEvent} of market data. It never goes backwards (an input older than the exchange time
 * acts at the exchange time). Every call first advances the exchange to the input's time, doing in time order what
 * fell due before it (arrivals, cancels, expiries, market closes); what is due at exactly the input's time happens
 * before the input. Every emitted event has {@code tsEvent = tsInit =} the exchange time at which it happened
 * ({@code OrderSubmitted}: the call's {@code nowNs}).
 *
 * <p><b>Latency.</b> An order reaches the exchange {@link LatencyModel latency} after {@link #submit}: until then it
 * sees nothing of the book, and from then it sees the book as it is. A cancel also travels with a latency, but
 * never overtakes the order it cancels. {@link #cancelAll} (halt, shutdown) acts at once, on resting orders and on
 * orders still in flight alike.
 *
 * <p><b>Arrival.</b> An order is rejected ({@code OrderRejected}) if its market is unknown
 * ({@code market_not_found}), not open ({@code MARKET_INACTIVE}: not {@code ACTIVE} or past its close time), priced
 * by a fee schedule we do not know ({@code paper_fee_unknown}), without a current book (no snapshot yet, or a gap
 * since: {@code paper_book_unavailable}), expired already ({@code invalid_expiration}) or reduce-only beyond the
 * position ({@code reduce_only}). A post-only order that would cross the displayed book is canceled with
 * {@link CancelReason#POST_ONLY_CROSS} and no acceptance, as Kalshi does ({@code PostOnlyCrossCancel}). A FOK order
 * that cannot fill completely from what is left of the book is accepted and canceled ({@code FOK_UNFILLED}) without
 * fills. Otherwise: {@code OrderAccepted} with what filled on arrival and what rests, then one {@code Fill} per level
 * taken, then for IOC an {@code OrderCanceled} ({@code IOC_REMAINDER}) of the rest; a GTC remainder rests.
 *
 * <p><b>Matching</b> (every rule errs against us):
 * <ul>
 *   <li><b>Taker.</b> A BUY of side S at limit L takes the other side's bids at or above $1 − L, priced $1 − bid;
 *       a SELL of S at L takes S's own bids at or above L. Levels are taken best first, one {@code Fill} each.</li>
 *   <li><b>Consumed liquidity.</b> Per market, ladder and level we keep how much of the displayed size our orders
 *       took; a later order sees only {@code displayed − consumed}, so two of our orders never take the same
 *       displayed contracts. A size increase keeps the consumed amount (new contracts join; what we took is still
 *       gone); a decrease caps it at the new size (so it shrinks by at most the decrease, and only when the
 *       level can no longer hold it); a level that disappears, and every snapshot, reset it.</li>
 *   <li><b>Queue position.</b> A GTC remainder rests at its limit (as a bid: a SELL of S at L is a bid of the other
 *       side at $1 − L) behind the whole displayed size of its level at arrival. A public trade that hits our
 *       ladder at our price moves the queue ahead by its size, and is remembered so that the book decrease
 *       reporting the same trade does not move it again; any other decrease is a cancellation somewhere in the
 *       queue and shrinks the queue ahead pro rata ({@code ahead × decrease / sizeBefore}, rounded down). The
 *       queue ahead never exceeds the displayed size.</li>
 *   <li><b>Maker fills.</b> A trade at our price fills what it leaves after the queue ahead; a trade printed
 *       beyond our price (the market traded through us) fills us at our price. Our better-priced orders come
 *       first, then our earlier ones; one trade never fills more of our orders than its own size. Resting orders
 *       fill only from public trades, never from a book that merely shows a crossing level.</li>
 * </ul>
 *
 * <p><b>Fees.</b> Per fill, {@code KalshiFees.orderFee(price, qty, maker)}: each fill is rounded up to the cent on
 * its own, which charges an order that fills in pieces at least as much as Kalshi's per-order accumulator.
 *
 * <p><b>Market lifecycle.</b> When a market closes (its close time passes, or a {@code MarketInfo} says
 * {@code CLOSED} or later) our resting orders there are canceled ({@code MARKET_CLOSED}). When a {@code MarketInfo}
 * carries the outcome (a determined status with a YES/NO result, or a scalar result with its settlement value) and
 * we hold a net position, one {@code MarketSettled} pays $1 per winning contract (the scalar value per YES contract
 * and its complement per NO contract, rounded down to the micro-dollar); a market settles once.
 *
 * <p><b>Ids.</b> Venue order ids and trade ids are hashes of the client order id (and the fill's sequence within the
 * order), so a replay yields the same ids. A second {@link #submit} of a known client order id returns nothing.
 *
 * <p>Not thread-safe: one owner thread (the lane of its markets) calls every method. Every method returns a new,
 * modifiable list the caller owns, in the order the events happened; never null.
 */
public final class PaperExchange {
  private final PaperSettings settings;
  private final LongSupplier latency;
  private final Map<MarketTicker, PaperMarket> markets = new HashMap<>();
  private final Map<ClientOrderId, PaperOrder> orders = new LinkedHashMap<>();
  private final PriorityQueue<Scheduled> agenda = new PriorityQueue<>(Scheduled.BY_TIME);
  private long nowNs;
  private long scheduleSeq;
  private long arrivalSeq;

  /** An exchange with no markets and no orders, at time 0. */
  public PaperExchange(PaperSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings are required");
    }
    this.settings = settings;
    this.latency = settings.latency().newSampler();
  }

  /** The settings. */
  public PaperSettings settings() {
    return settings;
  }

  /** The exchange time, epoch ns: the latest input time seen. */
  public long nowNs() {
    return nowNs;
  }

  /** Our net YES position in {@code ticker} in hundredths of a contract (negative: NO contracts held). */
  public long netYesHundredths(MarketTicker ticker) {
    PaperMarket market = markets.get(ticker);
    return market == null ? 0 : market.netYesHundredths;
  }

  /** The contracts (hundredths) of our order resting on the book, 0 if it is not resting (unknown, in flight, done). */
  public long restingHundredths(ClientOrderId clientOrderId) {
    PaperOrder order = orders.get(clientOrderId);
    return order == null || order.state != PaperOrder.State.RESTING ? 0 : order.restingHundredths;
  }

  /**
   * Sends an order: {@code OrderSubmitted} now, the rest when it arrives (at once if the latency is 0). An intent
   * whose client order id the exchange already knows returns an empty list: never a second order.
   *
   * @param nowNs the event time of the input that caused the order, epoch ns
   */
  public List<StrikeEvent> submit(OrderIntent intent, long nowNs) {
    if (intent == null) {
      throw new IllegalArgumentException("intent is required");
    }
    if (orders.containsKey(intent.clientOrderId())) {
      return new ArrayList<>();
    }
    List<StrikeEvent> out = new ArrayList<>();
    runUntil(nowNs, out);
    PaperOrder order = new PaperOrder(intent);
    orders.put(intent.clientOrderId(), order);
    out.add(OrderSubmitted.of(intent, settings.venue(), nowNs, nowNs));
    order.arrivalNs = Math.addExact(nowNs, latency.getAsLong());
    schedule(order.arrivalNs, Scheduled.Kind.ORDER_ARRIVES, order, null, null);
    runUntil(this.nowNs, out);
    return out;
  }

  /**
   * Asks to cancel the remainder of one of our orders. The request arrives after the latency (never before the
   * order itself); if the order is still resting then, it is canceled ({@code OrderCanceled} with {@code reason}).
   * Nothing is emitted for an order that is unknown or already done by then (Kalshi answers 404).
   *
   * @param nowNs the event time of the input that caused the cancel, epoch ns
   */
  public List<StrikeEvent> cancel(ClientOrderId clientOrderId, CancelReason reason, long nowNs) {
    if (clientOrderId == null || reason == null) {
      throw new IllegalArgumentException("clientOrderId and reason are required");
    }
    List<StrikeEvent> out = new ArrayList<>();
    runUntil(nowNs, out);
    PaperOrder order = orders.get(clientOrderId);
    if (order == null || order.state == PaperOrder.State.DONE) {
      return out;
    }
    long arrives = Math.max(Math.addExact(nowNs, latency.getAsLong()), order.arrivalNs);
    schedule(arrives, Scheduled.Kind.CANCEL_ARRIVES, order, null, reason);
    runUntil(this.nowNs, out);
    return out;
  }

  /**
   * Cancels every order of ours at once, resting or still in flight ({@code halt}, shutdown): one
   * {@code OrderCanceled} each, in submission order; an order in flight is canceled in full with no venue order id.
   *
   * @param nowNs the event time of the command, epoch ns
   */
  public List<StrikeEvent> cancelAll(CancelReason reason, long nowNs) {
    if (reason == null) {
      throw new IllegalArgumentException("reason is required");
    }
    List<StrikeEvent> out = new ArrayList<>();
    runUntil(nowNs, out);
    for (PaperOrder order : orders.values()) {
      if (order.state == PaperOrder.State.RESTING) {
        cancelResting(order, reason, out);
      } else if (order.state == PaperOrder.State.IN_FLIGHT) {
        order.state = PaperOrder.State.DONE;
        out.add(canceled(order, false, order.qtyHundredths(), reason));
      }
    }
    return out;
  }

  /**
   * Applies one market-data event ({@code MarketInfo}, {@code BookSnapshot}, {@code BookDelta}, {@code BookGap},
   * {@code MarketTrade}) at its {@code tsEvent}, after doing what fell due before it; other events only advance
   * time.
   */
  public List<StrikeEvent> onMarketData(StrikeEvent event) {
    if (event == null) {
      throw new IllegalArgumentException("event is required");
    }
    List<StrikeEvent> out = new ArrayList<>();
    runUntil(event.tsEvent(), out);
    if (event instanceof BookDelta delta) {
      market(delta.ticker()).onDelta(delta);
    } else if (event instanceof MarketTrade trade) {
      PaperMarket market = markets.get(trade.ticker());
      if (market != null) {
        market.onTrade(trade, (order, price, qty, liquidity) -> fill(market, order, price, qty, liquidity, out));
      }
    } else if (event instanceof BookSnapshot snapshot) {
      market(snapshot.ticker()).onSnapshot(snapshot);
    } else if (event instanceof BookGap gap) {
      market(gap.ticker()).onGap();
    } else if (event instanceof MarketInfo info) {
      onMarketInfo(info, out);
    }
    return out;
  }

  /** Advances the exchange to {@code nowNs}, doing what fell due (arrivals, cancels, expiries, closes). */
  public List<StrikeEvent> advanceTo(long nowNs) {
    List<StrikeEvent> out = new ArrayList<>();
    runUntil(nowNs, out);
    return out;
  }

  private PaperMarket market(MarketTicker ticker) {
    return markets.computeIfAbsent(ticker, PaperMarket::new);
  }

  private void schedule(long atNs, Scheduled.Kind kind, PaperOrder order, PaperMarket market, CancelReason reason) {
    agenda.add(new Scheduled(atNs, scheduleSeq++, kind, order, market, reason));
  }

  private void runUntil(long untilNs, List<StrikeEvent> out) {
    while (!agenda.isEmpty() && agenda.peek().atNs() <= untilNs) {
      Scheduled due = agenda.poll();
      nowNs = Math.max(nowNs, due.atNs());
      switch (due.kind()) {
        case ORDER_ARRIVES -> arrive(due.order(), out);
        case CANCEL_ARRIVES -> {
          if (due.order().state == PaperOrder.State.RESTING) {
            cancelResting(due.order(), due.reason(), out);
          }
        }
        case ORDER_EXPIRES -> expire(due.order(), out);
        case MARKET_CLOSES -> {
          PaperMarket market = due.market();
          if (market.info.closeTimeNs() == due.atNs()) {
            cancelAllIn(market, out);
          }
        }
      }
    }
    nowNs = Math.max(nowNs, untilNs);
  }

  private void arrive(PaperOrder order, List<StrikeEvent> out) {
    if (order.state != PaperOrder.State.IN_FLIGHT) {
      return; // canceled in flight by cancelAll
    }
    order.arrivalSeq = arrivalSeq++;
    OrderIntent intent = order.intent;
    PaperMarket market = markets.get(intent.ticker());
    if (market == null || market.info == null) {
      reject(order, "market_not_found", "the paper venue has no market " + intent.ticker(), out);
      return;
    }
    if (!market.isOpenAt(nowNs)) {
      reject(order, "MARKET_INACTIVE", "market " + intent.ticker() + " is not open for trading (status "
          + market.info.status() + ", close " + market.info.closeTimeNs() + " ns)", out);
      return;
    }
    if (!market.fees.isKnown()) {
      reject(order, "paper_fee_unknown", "the fee schedule " + market.info.feeType() + " of " + intent.ticker()
          + " is not known to the paper venue", out);
      return;
    }
    if (!market.bookLive) {
      reject(order, "paper_book_unavailable", "no current book for " + intent.ticker()
          + " (no snapshot yet, or a gap since the last one)", out);
      return;
    }
    if (intent.expiresAtNs() != 0 && intent.expiresAtNs() <= nowNs) {
      reject(order, "invalid_expiration", "the order expired at " + intent.expiresAtNs() + " ns, before it arrived at "
          + nowNs + " ns", out);
      return;
    }
    if (intent.reduceOnly()) {
      long reducible = Math.max(0, -order.netYesChange(1) * market.netYesHundredths);
      if (order.qtyHundredths() > reducible) {
        reject(order, "reduce_only", "a reduce-only order of " + intent.qty() + " would increase the position (only "
            + Qty.ofHundredths(reducible) + " can be reduced)", out);
        return;
      }
    }
    if (intent.postOnly() && market.crossesDisplayed(order.takeLadder, order.minTakeMicros)) {
      order.state = PaperOrder.State.DONE;
      out.add(canceled(order, false, order.qtyHundredths(), CancelReason.POST_ONLY_CROSS));
      return;
    }
    long qty = order.qtyHundredths();
    if (intent.timeInForce() == TimeInForce.FOK
        && market.crossable(order.takeLadder, order.minTakeMicros, qty) < qty) {
      out.add(accepted(order, 0));
      order.state = PaperOrder.State.DONE;
      out.add(canceled(order, true, qty, CancelReason.FOK_UNFILLED));
      return;
    }
    List<StrikeEvent> fills = new ArrayList<>(2);
    market.take(order, qty, (o, price, q, liquidity) -> fill(market, o, price, q, liquidity, fills));
    long unfilled = order.unfilledHundredths();
    boolean rests = intent.timeInForce() == TimeInForce.GTC && unfilled > 0;
    out.add(accepted(order, rests ? unfilled : 0));
    out.addAll(fills);
    if (rests) {
      market.rest(order);
      if (intent.expiresAtNs() != 0) {
        schedule(intent.expiresAtNs(), Scheduled.Kind.ORDER_EXPIRES, order, null, null);
      }
    } else {
      order.state = PaperOrder.State.DONE;
      if (unfilled > 0) {
        out.add(canceled(order, true, unfilled, CancelReason.IOC_REMAINDER));
      }
    }
  }

  private void fill(PaperMarket market, PaperOrder order, long priceMicros, long qty, Liquidity liquidity,
      List<StrikeEvent> out) {
    Price price = Price.ofMicros(priceMicros);
    Qty size = Qty.ofHundredths(qty);
    Money fee = market.fees.orderFee(price, size, liquidity == Liquidity.MAKER);
    order.filledHundredths += qty;
    market.netYesHundredths = Math.addExact(market.netYesHundredths, order.netYesChange(qty));
    if (order.state == PaperOrder.State.RESTING) {
      order.restingHundredths -= qty;
      if (order.restingHundredths == 0) {
        order.state = PaperOrder.State.DONE;
        market.remove(order);
      }
    }
    OrderIntent intent = order.intent;
    TradeId tradeId = TradeId.of(StableHash.hex128("paper", intent.clientOrderId().value(),
        Long.toString(order.nextFillSeq())));
    out.add(new Fill(tradeId, intent.clientOrderId(), order.venueOrderId, intent.intentId(), intent.strategy(),
        intent.ticker(), settings.venue(), intent.side(), intent.action(), price, size, fee, liquidity, nowNs,
        nowNs));
  }

  private void onMarketInfo(MarketInfo info, List<StrikeEvent> out) {
    PaperMarket market = market(info.ticker());
    market.info = info;
    market.fees = KalshiFees.of(info.feeType(), info.feeMultiplier());
    if (info.status().compareTo(MarketStatus.CLOSED) >= 0
        || (info.closeTimeNs() != 0 && info.closeTimeNs() <= nowNs)) {
      cancelAllIn(market, out);
    } else if (info.closeTimeNs() != 0 && info.closeTimeNs() != market.scheduledCloseNs) {
      market.scheduledCloseNs = info.closeTimeNs();
      schedule(info.closeTimeNs(), Scheduled.Kind.MARKET_CLOSES, null, market, null);
    }
    settle(market, info, out);
  }

  private void settle(PaperMarket market, MarketInfo info, List<StrikeEvent> out) {
    if (market.settled || !info.status().hasOutcome() || info.result() == null) {
      return;
    }
    Price yesPayout;
    if (info.result() == MarketResult.YES) {
      yesPayout = Price.ONE;
    } else if (info.result() == MarketResult.NO) {
      yesPayout = Price.ZERO;
    } else if (info.settlementValue() != null) {
      yesPayout = info.settlementValue();
    } else {
      return; // a scalar result without its value yet: wait for the record that carries it
    }
    market.settled = true;
    long net = market.netYesHundredths;
    if (net == 0) {
      return;
    }
    Qty yesQty = Qty.ofHundredths(Math.max(net, 0));
    Qty noQty = Qty.ofHundredths(Math.max(-net, 0));
    Money payout = yesPayout.notional(yesQty, RoundingMode.DOWN)
        .plus(yesPayout.complement().notional(noQty, RoundingMode.DOWN));
    out.add(new MarketSettled(market.ticker, settings.account(), settings.venue(), info.result(), yesPayout, yesQty,
        noQty, payout, Money.ZERO, nowNs, nowNs));
  }

  private void cancelAllIn(PaperMarket market, List<StrikeEvent> out) {
    for (PaperOrder order : List.copyOf(market.resting)) {
      cancelResting(order, CancelReason.MARKET_CLOSED, out);
    }
  }

  private void cancelResting(PaperOrder order, CancelReason reason, List<StrikeEvent> out) {
    long resting = order.restingHundredths;
    finish(order);
    out.add(canceled(order, true, resting, reason));
  }

  private void expire(PaperOrder order, List<StrikeEvent> out) {
    if (order.state != PaperOrder.State.RESTING) {
      return;
    }
    long resting = order.restingHundredths;
    finish(order);
    OrderIntent intent = order.intent;
    out.add(new OrderExpired(intent.clientOrderId(), intent.intentId(), intent.strategy(), intent.ticker(),
        settings.venue(), order.venueOrderId, Qty.ofHundredths(resting), nowNs, nowNs));
  }

  private void finish(PaperOrder order) {
    order.state = PaperOrder.State.DONE;
    order.restingHundredths = 0;
    markets.get(order.intent.ticker()).remove(order);
  }

  private void reject(PaperOrder order, String code, String message, List<StrikeEvent> out) {
    order.state = PaperOrder.State.DONE;
    OrderIntent intent = order.intent;
    out.add(new OrderRejected(intent.clientOrderId(), intent.intentId(), intent.strategy(), intent.ticker(),
        settings.venue(), code, message, nowNs, nowNs));
  }

  private OrderAccepted accepted(PaperOrder order, long restingHundredths) {
    OrderIntent intent = order.intent;
    return new OrderAccepted(intent.clientOrderId(), intent.intentId(), intent.strategy(), intent.ticker(),
        settings.venue(), order.venueOrderId, Qty.ofHundredths(order.filledHundredths),
        Qty.ofHundredths(restingHundredths), nowNs, nowNs);
  }

  private OrderCanceled canceled(PaperOrder order, boolean onBook, long qty, CancelReason reason) {
    OrderIntent intent = order.intent;
    return new OrderCanceled(intent.clientOrderId(), intent.intentId(), intent.strategy(), intent.ticker(),
        settings.venue(), onBook ? order.venueOrderId : null, Qty.ofHundredths(qty), reason, nowNs, nowNs);
  }
}
