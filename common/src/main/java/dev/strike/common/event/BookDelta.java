package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import org.jspecify.annotations.Nullable;

/**
 * A change of the resting size at one price level. Apply to the book of the same {@code sid}; a level whose size
 * reaches zero is removed.
 *
 * @param ticker the market
 * @param sid the WebSocket subscription
 * @param seq the sequence number within {@code sid} (one more than the previous message of that sid)
 * @param side which ladder: YES bids (in YES prices) or NO bids (in NO prices)
 * @param price the level
 * @param deltaHundredths signed change of the size, in hundredths of a contract; never 0
 * @param clientOrderId our order that caused the change, when it was one of ours; else null
 * @param top the best bid and ask after the change, when the publisher keeps the book; else null
 */
public record BookDelta(
    MarketTicker ticker,
    long sid,
    long seq,
    Side side,
    Price price,
    long deltaHundredths,
    @Nullable ClientOrderId clientOrderId,
    @Nullable TopOfBook top,
    long tsEvent,
    long tsInit)
    implements BookEvent {

  /** Validates presence and a non-zero change. */
  public BookDelta {
    Require.present(ticker, "ticker");
    Require.notNegative(sid, "sid");
    Require.notNegative(seq, "seq");
    Require.present(side, "side");
    Require.present(price, "price");
    if (deltaHundredths == 0) {
      throw new IllegalArgumentException("deltaHundredths must not be 0");
    }
    Require.times(tsEvent, tsInit);
  }

  /** A delta without the top of book. */
  public BookDelta(MarketTicker ticker, long sid, long seq, Side side, Price price, long deltaHundredths,
      @Nullable ClientOrderId clientOrderId, long tsEvent, long tsInit) {
    this(ticker, sid, seq, side, price, deltaHundredths, clientOrderId, null, tsEvent, tsInit);
  }

  /** Version 2 added {@code top}. */
  @Override
  public int schemaVersion() {
    return 2;
  }
}
