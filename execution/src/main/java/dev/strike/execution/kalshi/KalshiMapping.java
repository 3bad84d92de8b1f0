package dev.strike.execution.kalshi;

import dev.strike.common.event.Venue;
import dev.strike.kalshi.wire.Settlement;
import dev.strike.common.id.AccountId;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.Action;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.TradeId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.wire.BookSide;
import dev.strike.kalshi.wire.CreateOrderRequest;
import dev.strike.kalshi.wire.Fill;
import dev.strike.kalshi.wire.Order;
import dev.strike.kalshi.wire.OrderTimeInForce;
import dev.strike.kalshi.wire.OutcomeSide;
import dev.strike.kalshi.wire.SelfTradePrevention;
import dev.strike.kalshi.ws.UserFill;
import dev.strike.kalshi.ws.UserOrderUpdate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pure translations between our orders and Kalshi's V2 order API (kalshi-api.md §5.2): every V2 order is a limit on
 * the single YES book, so buy YES @p → {@code bid} @p, sell YES @p → {@code ask} @p, buy NO @q → {@code ask}
 * @(1 − q), sell NO @q → {@code bid} @(1 − q). Exact: prices and counts are written from the fixed-point domain
 * values, never through {@code double}.
 */
public final class KalshiMapping {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private KalshiMapping() {}

  /**
   * The V2 create body of {@code intent}: {@code client_order_id} = the intent's (UUIDv5) client order id,
   * {@code count} with two decimals, {@code price} with four, {@code post_only}/{@code reduce_only} only when set,
   * {@code expiration_time} = the expiry in whole Unix seconds rounded down (the order never outlives the intent).
   *
   * @throws IllegalArgumentException when Kalshi cannot take the price (finer than $0.0001)
   */
  public static CreateOrderRequest createRequest(OrderIntent intent, SelfTradePrevention selfTradePrevention) {
    boolean yes = intent.side() == Side.YES;
    boolean buy = intent.action() == Action.BUY;
    BookSide bookSide = yes == buy ? BookSide.BID : BookSide.ASK;
    Price yesPrice = yes ? intent.limitPrice() : intent.limitPrice().complement();
    CreateOrderRequest request = CreateOrderRequest.limit(intent.ticker(), intent.clientOrderId(), bookSide,
        intent.qty(), yesPrice, timeInForce(intent.timeInForce()), selfTradePrevention);
    if (intent.expiresAtNs() != 0) {
      request = request.withExpirationTime(intent.expiresAtNs() / NANOS_PER_SECOND);
    }
    if (intent.postOnly()) {
      request = request.withPostOnly(true);
    }
    if (intent.reduceOnly()) {
      request = request.withReduceOnly(true);
    }
    return request;
  }

  /** Our time in force in Kalshi's words. */
  public static OrderTimeInForce timeInForce(dev.strike.common.event.TimeInForce timeInForce) {
    return switch (timeInForce) {
      case GTC -> OrderTimeInForce.GOOD_TILL_CANCELED;
      case IOC -> OrderTimeInForce.IMMEDIATE_OR_CANCEL;
      case FOK -> OrderTimeInForce.FILL_OR_KILL;
    };
  }

  /** A price of {@code side} from a YES price. */
  public static Price onSide(Side side, Price yesPrice) {
    return side == Side.YES ? yesPrice : yesPrice.complement();
  }

  /** A WebSocket {@code fill} as an execution (the client already read it exactly). */
  public static Execution execution(UserFill fill) {
    return new Execution(fill.tradeId(), fill.orderId(), fill.clientOrderId(), fill.ticker(), fill.outcomeSide(),
        fill.action(), fill.price(), fill.qty(), fill.fee(), fill.liquidity(), fill.tsEvent());
  }

  /**
   * A REST fill as an execution, or empty when a field we need is missing (order id, market, sides, price, count).
   * {@code fee_cost} absent reads as zero, as Kalshi omits it on fee-free fills.
   *
   * @param fallbackTsNs the time to use when the fill carries none
   */
  public static Optional<Execution> execution(Fill fill, long fallbackTsNs) {
    if (fill.orderId() == null || fill.market() == null || fill.outcomeSide() == null || fill.bookSide() == null
        || fill.yesPriceDollars() == null || fill.countFp() == null) {
      return Optional.empty();
    }
    Side side = fill.outcomeSide() == OutcomeSide.YES ? Side.YES : Side.NO;
    Action action = fill.bookSide() == BookSide.BID ? Action.BUY : Action.SELL;
    Price price = onSide(side, Price.parse(fill.yesPriceDollars()));
    Qty qty = Qty.parse(fill.countFp());
    if (qty.isZero()) {
      return Optional.empty();
    }
    Money fee = fill.feeCost() == null ? Money.ZERO : Money.parse(fill.feeCost());
    Liquidity liquidity = Boolean.TRUE.equals(fill.isTaker()) ? Liquidity.TAKER : Liquidity.MAKER;
    long ts = fill.ts() != null ? Math.multiplyExact(fill.ts(), NANOS_PER_SECOND) : rfc3339(fill.createdTime());
    return Optional.of(new Execution(TradeId.of(fill.id()), VenueOrderId.of(fill.orderId()), null,
        MarketTicker.of(fill.market()), side, action, price, qty, fee, liquidity, ts > 0 ? ts : fallbackTsNs));
  }

  /** A REST order as a venue order, or empty when the ticker or price is missing. */
  public static Optional<VenueOrder> venueOrder(Order order) {
    if (order.ticker() == null || order.yesPriceDollars() == null) {
      return Optional.empty();
    }
    return Optional.of(new VenueOrder(VenueOrderId.of(order.orderId()), clientOrderId(order.clientOrderId()),
        MarketTicker.of(order.ticker()), status(order.status()), Price.parse(order.yesPriceDollars()),
        qty(order.fillCountFp()), qty(order.remainingCountFp()), rfc3339(order.expirationTime()),
        rfc3339(order.lastUpdateTime())));
  }

  /** A {@code user_order} update as a venue order. */
  public static VenueOrder venueOrder(UserOrderUpdate update) {
    VenueOrder.Status status = switch (update.status()) {
      case RESTING -> VenueOrder.Status.RESTING;
      case CANCELED -> VenueOrder.Status.CANCELED;
      case EXECUTED -> VenueOrder.Status.EXECUTED;
      case OTHER -> VenueOrder.Status.OTHER;
    };
    return new VenueOrder(update.orderId(), update.clientOrderId(), update.ticker(), status, update.yesPrice(),
        update.filled(), update.remaining(), update.expirationNs(), update.lastUpdatedNs());
  }

  private static VenueOrder.Status status(@Nullable String status) {
    if (status == null) {
      return VenueOrder.Status.OTHER;
    }
    return switch (status.toLowerCase(Locale.ROOT)) {
      case Order.RESTING -> VenueOrder.Status.RESTING;
      case Order.CANCELED -> VenueOrder.Status.CANCELED;
      case Order.EXECUTED -> VenueOrder.Status.EXECUTED;
      default -> VenueOrder.Status.OTHER;
    };
  }

  private static @Nullable ClientOrderId clientOrderId(@Nullable String value) {
    return value == null || value.isBlank() ? null : ClientOrderId.of(value);
  }

  private static Qty qty(@Nullable String value) {
    return value == null ? Qty.ZERO : Qty.parse(value);
  }

  /**
   * A Kalshi settlement ({@code GET /portfolio/settlements}) as our {@code MarketSettled}: the result, what one YES
   * contract paid ({@code value} in cents for scalar markets), our YES and NO counts, the revenue (cents) and the
   * fee (dollars), exactly. The time is {@code settled_time}, or {@code fallbackNs} when it is missing.
   *
   * @throws IllegalArgumentException for a result or amount that does not parse
   */
  public static MarketSettled settled(Settlement settlement, AccountId account, Venue venue, long fallbackNs) {
    MarketResult result = switch (String.valueOf(settlement.marketResult()).toLowerCase(java.util.Locale.ROOT)) {
      case "yes" -> MarketResult.YES;
      case "no" -> MarketResult.NO;
      case "scalar" -> MarketResult.SCALAR;
      default -> throw new IllegalArgumentException("settlement of " + settlement.ticker() + ": unknown market_result "
          + settlement.marketResult());
    };
    Price yesPayout = switch (result) {
      case YES -> Price.ONE;
      case NO -> Price.ZERO;
      case SCALAR -> {
        if (settlement.value() == null) {
          throw new IllegalArgumentException("settlement of " + settlement.ticker() + ": scalar without a value");
        }
        yield Price.ofCents(settlement.value());
      }
    };
    Qty yes = settlement.yesCountFp() == null ? Qty.ZERO : Qty.parse(settlement.yesCountFp());
    Qty no = settlement.noCountFp() == null ? Qty.ZERO : Qty.parse(settlement.noCountFp());
    Money payout = Money.ofCents(settlement.revenue() == null ? 0 : settlement.revenue());
    Money fee = settlement.feeCost() == null ? Money.ZERO : Money.parse(settlement.feeCost());
    long ts = rfc3339(settlement.settledTime());
    ts = ts > 0 ? ts : fallbackNs;
    return new MarketSettled(MarketTicker.of(settlement.ticker()), account, venue, result, yesPayout, yes, no, payout,
        fee, ts, fallbackNs);
  }

  /** Epoch ns of an RFC 3339 time, 0 when absent or unreadable (these times are informational here). */
  static long rfc3339(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      Instant instant = Instant.parse(text);
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    } catch (DateTimeParseException | ArithmeticException e) {
      return 0; // an unreadable informational time; the caller falls back to another time
    }
  }
}
