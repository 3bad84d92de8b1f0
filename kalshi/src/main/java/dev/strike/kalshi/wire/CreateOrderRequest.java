package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /portfolio/events/orders} (V2, kalshi-api.md §5.2), exactly the documented fields; null
 * fields are left out of the JSON. Every order is a limit order on the YES book: {@link BookSide#BID} buys YES at
 * {@code price}, {@link BookSide#ASK} sells YES (≡ buys NO at $1 − {@code price}). Validated on construction, so an
 * invalid body never leaves the process.
 *
 * @param ticker the market, required
 * @param clientOrderId our idempotency key; optional in the schema but always send one (§11.2): a second create
 *     with the same id is answered 409
 * @param side {@code bid} or {@code ask}, required
 * @param count contracts, 0–2 decimals, positive ({@code "10.00"})
 * @param price the YES limit, 2–4 decimals, strictly between 0 and 1, on the market's grid ({@code "0.5600"})
 * @param timeInForce required
 * @param selfTradePreventionType required
 * @param expirationTime Unix seconds, only with {@link OrderTimeInForce#GOOD_TILL_CANCELED} (= good till time)
 * @param postOnly never take liquidity
 * @param reduceOnly cap the size at the current position
 * @param cancelOrderOnPause cancel automatically when trading pauses
 * @param subaccount 0 (primary) to 63
 * @param orderGroupId an order group to attach to
 * @param exchangeIndex the shard; null auto-routes by ticker (extra latency), -1 forces auto-routing
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateOrderRequest(
    String ticker,
    @Nullable String clientOrderId,
    BookSide side,
    String count,
    String price,
    OrderTimeInForce timeInForce,
    SelfTradePrevention selfTradePreventionType,
    @Nullable Long expirationTime,
    @Nullable Boolean postOnly,
    @Nullable Boolean reduceOnly,
    @Nullable Boolean cancelOrderOnPause,
    @Nullable Integer subaccount,
    @Nullable String orderGroupId,
    @Nullable Integer exchangeIndex) {

  /** Validates presence, the count and price formats and the time-in-force rules. */
  public CreateOrderRequest {
    WireChecks.id(ticker, "ticker");
    if (clientOrderId != null) {
      WireChecks.id(clientOrderId, "client_order_id");
    }
    if (side == null) {
      throw new IllegalArgumentException("side is required (bid or ask)");
    }
    OrderFields.count(count, "count");
    OrderFields.price(price, "price");
    if (timeInForce == null) {
      throw new IllegalArgumentException("time_in_force is required");
    }
    if (selfTradePreventionType == null) {
      throw new IllegalArgumentException("self_trade_prevention_type is required");
    }
    if (expirationTime != null) {
      if (timeInForce != OrderTimeInForce.GOOD_TILL_CANCELED) {
        throw new IllegalArgumentException("expiration_time is only allowed with good_till_canceled, not with "
            + timeInForce.name().toLowerCase(java.util.Locale.ROOT));
      }
      if (expirationTime <= 0) {
        throw new IllegalArgumentException("expiration_time must be Unix seconds, got " + expirationTime);
      }
    }
    OrderFields.subaccount(subaccount, "subaccount");
    OrderFields.exchangeIndex(exchangeIndex, "exchange_index");
    if (orderGroupId != null) {
      WireChecks.id(orderGroupId, "order_group_id");
    }
  }

  /**
   * A limit order with the required fields, the price written with four decimals and the count with two.
   *
   * @throws IllegalArgumentException if the price has digits below $0.0001 or is not strictly between 0 and 1, or
   *     the count is zero
   */
  public static CreateOrderRequest limit(MarketTicker ticker, ClientOrderId clientOrderId, BookSide side, Qty count,
      Price price, OrderTimeInForce timeInForce, SelfTradePrevention selfTradePrevention) {
    return new CreateOrderRequest(ticker.value(), clientOrderId.value(), side, count.toContractString(),
        price.toDollarString(), timeInForce, selfTradePrevention, null, null, null, null, null, null, null);
  }

  /** This order expiring at {@code epochSeconds} (good till time; needs {@code good_till_canceled}). */
  public CreateOrderRequest withExpirationTime(long epochSeconds) {
    return new CreateOrderRequest(ticker, clientOrderId, side, count, price, timeInForce, selfTradePreventionType,
        epochSeconds, postOnly, reduceOnly, cancelOrderOnPause, subaccount, orderGroupId, exchangeIndex);
  }

  /** This order with {@code post_only}. */
  public CreateOrderRequest withPostOnly(boolean value) {
    return new CreateOrderRequest(ticker, clientOrderId, side, count, price, timeInForce, selfTradePreventionType,
        expirationTime, value, reduceOnly, cancelOrderOnPause, subaccount, orderGroupId, exchangeIndex);
  }

  /** This order with {@code reduce_only}. */
  public CreateOrderRequest withReduceOnly(boolean value) {
    return new CreateOrderRequest(ticker, clientOrderId, side, count, price, timeInForce, selfTradePreventionType,
        expirationTime, postOnly, value, cancelOrderOnPause, subaccount, orderGroupId, exchangeIndex);
  }

  /** This order with {@code cancel_order_on_pause}. */
  public CreateOrderRequest withCancelOrderOnPause(boolean value) {
    return new CreateOrderRequest(ticker, clientOrderId, side, count, price, timeInForce, selfTradePreventionType,
        expirationTime, postOnly, reduceOnly, value, subaccount, orderGroupId, exchangeIndex);
  }

  /** This order for subaccount {@code value} (0 primary, 1–63). */
  public CreateOrderRequest withSubaccount(int value) {
    return new CreateOrderRequest(ticker, clientOrderId, side, count, price, timeInForce, selfTradePreventionType,
        expirationTime, postOnly, reduceOnly, cancelOrderOnPause, value, orderGroupId, exchangeIndex);
  }

  /** This order attached to order group {@code value}. */
  public CreateOrderRequest withOrderGroupId(String value) {
    return new CreateOrderRequest(ticker, clientOrderId, side, count, price, timeInForce, selfTradePreventionType,
        expirationTime, postOnly, reduceOnly, cancelOrderOnPause, subaccount, value, exchangeIndex);
  }

  /** This order routed to shard {@code value} (-1 forces auto-routing). */
  public CreateOrderRequest withExchangeIndex(int value) {
    return new CreateOrderRequest(ticker, clientOrderId, side, count, price, timeInForce, selfTradePreventionType,
        expirationTime, postOnly, reduceOnly, cancelOrderOnPause, subaccount, orderGroupId, value);
  }
}
