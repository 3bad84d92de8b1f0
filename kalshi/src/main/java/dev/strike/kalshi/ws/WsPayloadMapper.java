package dev.strike.kalshi.ws;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.TradeId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.FixedPoint;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceBand;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.wire.ws.EventLifecycleMsg;
import dev.strike.kalshi.wire.ws.FillMsg;
import dev.strike.kalshi.wire.ws.MarketLifecycleMsg;
import dev.strike.kalshi.wire.ws.MarketMetadataMsg;
import dev.strike.kalshi.wire.ws.MarketPositionMsg;
import dev.strike.kalshi.wire.ws.OrderbookDeltaMsg;
import dev.strike.kalshi.wire.ws.OrderbookSnapshotMsg;
import dev.strike.kalshi.wire.ws.PriceRangeMsg;
import dev.strike.kalshi.wire.ws.TickerMsg;
import dev.strike.kalshi.wire.ws.TradeMsg;
import dev.strike.kalshi.wire.ws.UserOrderMsg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns Kalshi's WebSocket wire records into Strike values, exactly: every {@code *_dollars} string through
 * {@link Price#parse} or {@link Money#parse}, every {@code *_fp} count through {@link Qty#parse}, never a
 * {@code double}. A value Strike refuses throws {@link IllegalArgumentException} naming the message type and field;
 * the decoder turns it into a {@link MalformedFrame}. Stateless and thread-safe.
 *
 * <p>Times: {@code ts_ms} (venue time) when the message has it, else the envelope's {@code sending_ts_ms}, else our
 * receive time; milliseconds and lifecycle seconds become epoch nanoseconds.
 */
final class WsPayloadMapper {
  private WsPayloadMapper() {}

  private static final long NANOS_PER_MS = 1_000_000L;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final Comparator<BookLevel> BY_PRICE = Comparator.comparingLong(level -> level.price().micros());

  static BookSnapshot snapshot(long sid, long seq, OrderbookSnapshotMsg msg, long sendingTsMs, long tsInit) {
    String type = "orderbook_snapshot";
    MarketTicker ticker = MarketTicker.of(required(msg.marketTicker(), type, "market_ticker"));
    List<BookLevel> yes = levels(msg.yesDollarsFp(), type, "yes_dollars_fp");
    List<BookLevel> no = levels(msg.noDollarsFp(), type, "no_dollars_fp");
    return new BookSnapshot(ticker, sid, seq, yes, no, eventTime(null, sendingTsMs, tsInit, type), tsInit);
  }

  /** Levels sorted ascending (the domain's order; Kalshi sends them so, but does not promise it on the socket). */
  private static List<BookLevel> levels(@Nullable List<List<String>> pairs, String type, String field) {
    if (pairs == null) {
      return List.of(); // Kalshi omits a side without bids
    }
    List<BookLevel> levels = new ArrayList<>(pairs.size());
    for (List<String> pair : pairs) {
      if (pair == null || pair.size() != 2 || pair.get(0) == null || pair.get(1) == null) {
        throw new IllegalArgumentException(type + "." + field + ": a level must be [price_dollars, count_fp], got "
            + pair);
      }
      Price price = price(pair.get(0), type, field);
      Qty qty = qty(pair.get(1), type, field);
      if (!qty.isZero()) { // a level of size 0 is no level
        levels.add(new BookLevel(price, qty));
      }
    }
    levels.sort(BY_PRICE);
    return levels;
  }

  static BookDelta delta(long sid, long seq, OrderbookDeltaMsg msg, long sendingTsMs, long tsInit) {
    String type = "orderbook_delta";
    MarketTicker ticker = MarketTicker.of(required(msg.marketTicker(), type, "market_ticker"));
    Side side = side(msg.side(), type, "side");
    Price price = price(msg.priceDollars(), type, "price_dollars");
    long delta = signedHundredths(required(msg.deltaFp(), type, "delta_fp"), type + ".delta_fp");
    ClientOrderId clientOrderId = optionalClientOrderId(msg.clientOrderId());
    return new BookDelta(ticker, sid, seq, side, price, delta, clientOrderId,
        eventTime(msg.tsMs(), sendingTsMs, tsInit, type), tsInit);
  }

  static TickerUpdate ticker(TickerMsg msg, long sendingTsMs, long tsInit) {
    String type = "ticker";
    return new TickerUpdate(MarketTicker.of(required(msg.marketTicker(), type, "market_ticker")),
        optionalPrice(msg.priceDollars(), type, "price_dollars"),
        optionalPrice(msg.yesBidDollars(), type, "yes_bid_dollars"),
        optionalPrice(msg.yesAskDollars(), type, "yes_ask_dollars"),
        optionalQty(msg.yesBidSizeFp(), type, "yes_bid_size_fp"),
        optionalQty(msg.yesAskSizeFp(), type, "yes_ask_size_fp"),
        optionalQty(msg.lastTradeSizeFp(), type, "last_trade_size_fp"),
        optionalQty(msg.volumeFp(), type, "volume_fp"), optionalQty(msg.openInterestFp(), type, "open_interest_fp"),
        msg.dollarVolume() == null ? -1 : msg.dollarVolume(),
        msg.dollarOpenInterest() == null ? -1 : msg.dollarOpenInterest(),
        eventTime(msg.tsMs(), sendingTsMs, tsInit, type), tsInit);
  }

  static MarketTrade trade(TradeMsg msg, long sendingTsMs, long tsInit) {
    String type = "trade";
    Side takerBought;
    if (msg.takerOutcomeSide() != null) {
      Side outcome = side(msg.takerOutcomeSide(), type, "taker_outcome_side");
      BookSide book = msg.takerBookSide() == null ? BookSide.BID : bookSide(msg.takerBookSide(), type,
          "taker_book_side");
      // selling an outcome is buying the other one
      takerBought = book == BookSide.BID ? outcome : outcome.opposite();
    } else {
      takerBought = side(required(msg.takerSide(), type, "taker_outcome_side"), type, "taker_side");
    }
    return new MarketTrade(TradeId.of(required(msg.tradeId(), type, "trade_id")),
        MarketTicker.of(required(msg.marketTicker(), type, "market_ticker")),
        price(msg.yesPriceDollars(), type, "yes_price_dollars"),
        qty(msg.countFp(), type, "count_fp"), takerBought, Boolean.TRUE.equals(msg.blockTrade()),
        eventTime(msg.tsMs(), sendingTsMs, tsInit, type), tsInit);
  }

  static UserFill fill(FillMsg msg, long sendingTsMs, long tsInit) {
    String type = "fill";
    Side outcome = msg.outcomeSide() != null ? side(msg.outcomeSide(), type, "outcome_side")
        : side(required(msg.side(), type, "outcome_side"), type, "side");
    BookSide book;
    if (msg.bookSide() != null) {
      book = bookSide(msg.bookSide(), type, "book_side");
    } else {
      String action = required(msg.action(), type, "book_side");
      book = switch (action) {
        case "buy" -> BookSide.BID;
        case "sell" -> BookSide.ASK;
        default -> throw new IllegalArgumentException(type + ".action: expected buy or sell, got \"" + action + "\"");
      };
    }
    Boolean taker = msg.taker();
    if (taker == null) {
      throw new IllegalArgumentException(type + ": is_taker is missing");
    }
    return new UserFill(TradeId.of(required(msg.tradeId(), type, "trade_id")),
        VenueOrderId.of(required(msg.orderId(), type, "order_id")), optionalClientOrderId(msg.clientOrderId()),
        MarketTicker.of(required(msg.marketTicker(), type, "market_ticker")),
        taker ? Liquidity.TAKER : Liquidity.MAKER, outcome, book,
        price(msg.yesPriceDollars(), type, "yes_price_dollars"),
        qty(msg.countFp(), type, "count_fp"), money(msg.feeCost(), type, "fee_cost"),
        signedHundredths(required(msg.postPositionFp(), type, "post_position_fp"), type + ".post_position_fp"),
        msg.subaccount() == null ? -1 : msg.subaccount(), eventTime(msg.tsMs(), sendingTsMs, tsInit, type), tsInit);
  }

  static UserOrderUpdate userOrder(UserOrderMsg msg, long sendingTsMs, long tsInit) {
    String type = "user_order";
    String status = required(msg.status(), type, "status");
    return new UserOrderUpdate(VenueOrderId.of(required(msg.orderId(), type, "order_id")), blankToNull(msg.userId()),
        MarketTicker.of(required(msg.ticker(), type, "ticker")), OrderStatus.fromWire(status), status,
        side(required(msg.outcomeSide(), type, "outcome_side"), type, "outcome_side"),
        bookSide(required(msg.bookSide(), type, "book_side"), type, "book_side"),
        price(msg.yesPriceDollars(), type, "yes_price_dollars"),
        qty(msg.fillCountFp(), type, "fill_count_fp"),
        qty(msg.remainingCountFp(), type, "remaining_count_fp"),
        optionalQty(msg.initialCountFp(), type, "initial_count_fp"),
        optionalMoney(msg.takerFillCostDollars(), type, "taker_fill_cost_dollars"),
        optionalMoney(msg.makerFillCostDollars(), type, "maker_fill_cost_dollars"),
        optionalMoney(msg.takerFeesDollars(), type, "taker_fees_dollars"),
        optionalMoney(msg.makerFeesDollars(), type, "maker_fees_dollars"),
        optionalClientOrderId(msg.clientOrderId()), blankToNull(msg.orderGroupId()),
        blankToNull(msg.selfTradePreventionType()), millisToNanos(msg.createdTsMs(), type + ".created_ts_ms"),
        millisToNanos(msg.lastUpdatedTsMs(), type + ".last_updated_ts_ms"),
        millisToNanos(msg.expirationTsMs(), type + ".expiration_ts_ms"),
        msg.subaccountNumber() == null ? -1 : msg.subaccountNumber(),
        eventTime(msg.lastUpdatedTsMs(), sendingTsMs, tsInit, type), tsInit);
  }

  static MarketPositionUpdate marketPosition(MarketPositionMsg msg, long sendingTsMs, long tsInit) {
    String type = "market_position";
    return new MarketPositionUpdate(MarketTicker.of(required(msg.marketTicker(), type, "market_ticker")),
        blankToNull(msg.userId()),
        signedHundredths(required(msg.positionFp(), type, "position_fp"), type + ".position_fp"),
        optionalMoney(msg.positionCostDollars(), type, "position_cost_dollars"),
        optionalMoney(msg.realizedPnlDollars(), type, "realized_pnl_dollars"),
        optionalMoney(msg.feesPaidDollars(), type, "fees_paid_dollars"),
        optionalMoney(msg.positionFeeCostDollars(), type, "position_fee_cost_dollars"),
        optionalQty(msg.volumeFp(), type, "volume_fp"), msg.subaccount() == null ? -1 : msg.subaccount(),
        eventTime(null, sendingTsMs, tsInit, type), tsInit);
  }

  static MarketLifecycleUpdate marketLifecycle(MarketLifecycleMsg msg, long sendingTsMs, long tsInit) {
    String type = "market_lifecycle_v2";
    String eventType = required(msg.eventType(), type, "event_type");
    MarketMetadataMsg meta = msg.additionalMetadata();
    String yesSubTitle = msg.yesSubTitle() != null ? msg.yesSubTitle() : meta == null ? null : meta.yesSubTitle();
    String strikeType = msg.strikeType() != null ? msg.strikeType() : meta == null ? null : meta.strikeType();
    return new MarketLifecycleUpdate(MarketTicker.of(required(msg.marketTicker(), type, "market_ticker")),
        LifecycleEventType.fromWire(eventType), eventType, msg.exchangeIndex() == null ? -1 : msg.exchangeIndex(),
        secondsToNanos(msg.openTs(), type + ".open_ts"), secondsToNanos(msg.closeTs(), type + ".close_ts"),
        secondsToNanos(msg.determinationTs(), type + ".determination_ts"), blankToNull(msg.result()),
        optionalPrice(msg.settlementValue(), type, "settlement_value"),
        secondsToNanos(msg.settledTs(), type + ".settled_ts"),
        msg.deactivated(), blankToNull(msg.priceLevelStructure()), priceGrid(msg.priceRanges(), type),
        meta == null || blankToNull(meta.eventTicker()) == null ? null : EventTicker.of(meta.eventTicker()),
        meta == null ? null : blankToNull(meta.title()), blankToNull(yesSubTitle), blankToNull(strikeType),
        msg.floorStrike() != null ? msg.floorStrike() : meta == null ? null : meta.floorStrike(),
        msg.capStrike() != null ? msg.capStrike() : meta == null ? null : meta.capStrike(),
        meta == null ? 0 : secondsToNanos(meta.expectedExpirationTs(), type + ".expected_expiration_ts"),
        eventTime(null, sendingTsMs, tsInit, type), tsInit);
  }

  static EventLifecycleUpdate eventLifecycle(EventLifecycleMsg msg, long sendingTsMs, long tsInit) {
    String type = "event_lifecycle";
    return new EventLifecycleUpdate(EventTicker.of(required(msg.eventTicker(), type, "event_ticker")),
        blankToNull(msg.seriesTicker()) == null ? null : SeriesTicker.of(msg.seriesTicker()),
        msg.title(), msg.subtitle(), msg.collateralReturnType(), blankToNull(msg.strikeDate()),
        blankToNull(msg.strikePeriod()), eventTime(null, sendingTsMs, tsInit, type), tsInit);
  }

  private static @Nullable PriceGrid priceGrid(@Nullable List<PriceRangeMsg> ranges, String type) {
    if (ranges == null || ranges.isEmpty()) {
      return null;
    }
    List<PriceBand> bands = new ArrayList<>(ranges.size());
    for (PriceRangeMsg range : ranges) {
      if (range == null) {
        throw new IllegalArgumentException(type + ".price_ranges: null band");
      }
      bands.add(new PriceBand(price(range.start(), type, "price_ranges.start"),
          price(range.end(), type, "price_ranges.end"),
          price(range.step(), type, "price_ranges.step")));
    }
    return new PriceGrid(bands);
  }

  /**
   * A signed count ({@code delta_fp}, {@code position_fp}) in hundredths of a contract. {@code Qty} is unsigned by
   * design, so this uses the exact fixed-point parser {@code Qty.parse} itself is built on, at the same scale.
   */
  static long signedHundredths(String text, String field) {
    return FixedPoint.parse(text, 2, true, field);
  }

  /** Venue time in epoch ns: {@code tsMs}, else {@code sendingTsMs} (-1 = absent), else {@code tsInit}. */
  static long eventTime(@Nullable Long tsMs, long sendingTsMs, long tsInit, String type) {
    if (tsMs != null) {
      return millisToNanos(tsMs, type + ".ts_ms");
    }
    if (sendingTsMs >= 0) {
      return millisToNanos(sendingTsMs, "sending_ts_ms");
    }
    return tsInit;
  }

  /** Unix milliseconds to epoch ns; null is 0 ("none"). */
  static long millisToNanos(@Nullable Long millis, String field) {
    if (millis == null) {
      return 0;
    }
    if (millis < 0 || millis > Long.MAX_VALUE / NANOS_PER_MS) {
      throw new IllegalArgumentException(field + ": " + millis + " is not a Unix time in milliseconds");
    }
    return millis * NANOS_PER_MS;
  }

  /** Unix seconds to epoch ns; null is 0 ("none"). */
  static long secondsToNanos(@Nullable Long seconds, String field) {
    if (seconds == null) {
      return 0;
    }
    if (seconds < 0 || seconds > Long.MAX_VALUE / NANOS_PER_SECOND) {
      throw new IllegalArgumentException(field + ": " + seconds + " is not a Unix time in seconds");
    }
    return seconds * NANOS_PER_SECOND;
  }

  private static Side side(String value, String type, String field) {
    return switch (value) {
      case "yes" -> Side.YES;
      case "no" -> Side.NO;
      default -> throw new IllegalArgumentException(type + "." + field + ": expected yes or no, got \"" + value + "\"");
    };
  }

  private static BookSide bookSide(String value, String type, String field) {
    return switch (value) {
      case "bid" -> BookSide.BID;
      case "ask" -> BookSide.ASK;
      default -> throw new IllegalArgumentException(type + "." + field + ": expected bid or ask, got \"" + value
          + "\"");
    };
  }

  private static String required(@Nullable String value, String type, String field) {
    if (value == null) {
      throw new IllegalArgumentException(type + ": " + field + " is missing");
    }
    return value;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** Kalshi sends {@code ""} for "no client order id" in places; that is no id, not an invalid one. */
  private static @Nullable ClientOrderId optionalClientOrderId(@Nullable String value) {
    return value == null || value.isEmpty() ? null : ClientOrderId.of(value);
  }

  private static @Nullable Price optionalPrice(@Nullable String value, String type, String field) {
    return value == null ? null : price(value, type, field);
  }

  private static @Nullable Qty optionalQty(@Nullable String value, String type, String field) {
    return value == null ? null : qty(value, type, field);
  }

  private static @Nullable Money optionalMoney(@Nullable String value, String type, String field) {
    return value == null ? null : money(value, type, field);
  }

  private static Price price(@Nullable String value, String type, String field) {
    try {
      return Price.parse(required(value, type, field));
    } catch (IllegalArgumentException e) {
      throw named(e, type, field);
    }
  }

  private static Qty qty(@Nullable String value, String type, String field) {
    try {
      return Qty.parse(required(value, type, field));
    } catch (IllegalArgumentException e) {
      throw named(e, type, field);
    }
  }

  private static Money money(@Nullable String value, String type, String field) {
    try {
      return Money.parse(required(value, type, field));
    } catch (IllegalArgumentException e) {
      throw named(e, type, field);
    }
  }

  /** The parse error with the message type and field in front (the parsers only say "price", "quantity"). */
  private static IllegalArgumentException named(IllegalArgumentException e, String type, String field) {
    return e.getMessage().startsWith(type + ":") ? e
        : new IllegalArgumentException(type + "." + field + ": " + e.getMessage(), e);
  }
}
