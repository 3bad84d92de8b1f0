package dev.strike.execution.core.paper;

import dev.strike.common.event.Action;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Price;

/**
 * One of our orders inside the paper exchange, with its place on Kalshi's single book. Every order is normalised
 * to bids, as Kalshi's book is: a BUY of side S at L takes the other side's bids at or above $1 − L and rests as a
 * bid of S at L; a SELL of S at L takes S's bids at or above L and rests as a bid of the other side at $1 − L.
 * Mutable, owned by its {@link PaperExchange}.
 */
final class PaperOrder {
  enum State { IN_FLIGHT, RESTING, DONE }

  final OrderIntent intent;
  final VenueOrderId venueOrderId;
  /** The ladder a taker match walks. */
  final Side takeLadder;
  /** The lowest price on {@link #takeLadder} this order accepts, micro-dollars. */
  final long minTakeMicros;
  /** The ladder the order rests on. */
  final Side restLadder;
  /** The price on {@link #restLadder} the order rests at, micro-dollars. */
  final long restMicros;
  /** The arrival order among all our orders: time priority between our own orders at one level. */
  long arrivalSeq;
  long arrivalNs;
  State state = State.IN_FLIGHT;
  long filledHundredths;
  long restingHundredths;
  /** Displayed contracts ahead of us at our level (hundredths), while resting. */
  long queueAheadHundredths;
  private long fillSeq;

  PaperOrder(OrderIntent intent) {
    this.intent = intent;
    this.venueOrderId = VenueOrderId.of("paper-" + StableHash.hex128("paper-order", intent.clientOrderId().value()));
    long limit = intent.limitPrice().micros();
    if (intent.action() == Action.BUY) {
      takeLadder = intent.side().opposite();
      minTakeMicros = Price.MICROS_PER_DOLLAR - limit;
      restLadder = intent.side();
      restMicros = limit;
    } else {
      takeLadder = intent.side();
      minTakeMicros = limit;
      restLadder = intent.side().opposite();
      restMicros = Price.MICROS_PER_DOLLAR - limit;
    }
  }

  long qtyHundredths() {
    return intent.qty().hundredths();
  }

  long unfilledHundredths() {
    return qtyHundredths() - filledHundredths;
  }

  /** The price of this order's side for a taker fill against a bid of {@link #takeLadder} at {@code ladderMicros}. */
  long takerPriceMicros(long ladderMicros) {
    return intent.action() == Action.BUY ? Price.MICROS_PER_DOLLAR - ladderMicros : ladderMicros;
  }

  /** The signed change of the net YES position (hundredths) when {@code qty} of this order fills. */
  long netYesChange(long qty) {
    boolean addsYes = (intent.side() == Side.YES) == (intent.action() == Action.BUY);
    return addsYes ? qty : -qty;
  }

  /** The next fill's sequence number within this order (1, 2, …), for deterministic trade ids. */
  long nextFillSeq() {
    return ++fillSeq;
  }
}
