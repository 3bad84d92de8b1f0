package dev.strike.kalshi.rest;

import dev.strike.common.id.VenueOrderId;
import dev.strike.common.json.JsonCodec;
import dev.strike.kalshi.wire.AmendOrderRequest;
import dev.strike.kalshi.wire.AmendOrderResponse;
import dev.strike.kalshi.wire.BatchCancelOrdersRequest;
import dev.strike.kalshi.wire.BatchCancelOrdersResponse;
import dev.strike.kalshi.wire.BatchCreateOrdersRequest;
import dev.strike.kalshi.wire.BatchCreateOrdersResponse;
import dev.strike.kalshi.wire.CancelOrderRequest;
import dev.strike.kalshi.wire.CancelOrderResponse;
import dev.strike.kalshi.wire.CreateOrderRequest;
import dev.strike.kalshi.wire.CreateOrderResponse;
import dev.strike.kalshi.wire.DecreaseOrderRequest;
import dev.strike.kalshi.wire.DecreaseOrderResponse;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Order writes through the V2 order API ({@code /portfolio/events/orders}, kalshi-api.md §5.2–§5.3), signed,
 * rate limited on the write bucket. Nothing here is ever retried: each call sends at most one request and answers
 * a {@link WriteResult} that says what is known, so the caller (execution) decides, knowing that a
 * {@link WriteResult.OutcomeUnknown} must be resolved by looking the order up by {@code client_order_id} first.
 * The returned {@code Mono}s are lazy and send once per subscription: subscribe once, and don't cancel a write
 * once subscribed (its effect would be as unknown as after a timeout, without a result saying so). Thread-safe.
 */
public final class KalshiOrders {
  private static final String ORDERS = "/portfolio/events/orders";
  private static final JsonCodec<CreateOrderResponse> CREATE = JsonCodec.of(CreateOrderResponse.class);
  private static final JsonCodec<CancelOrderResponse> CANCEL = JsonCodec.of(CancelOrderResponse.class);
  private static final JsonCodec<AmendOrderResponse> AMEND = JsonCodec.of(AmendOrderResponse.class);
  private static final JsonCodec<DecreaseOrderResponse> DECREASE = JsonCodec.of(DecreaseOrderResponse.class);
  private static final JsonCodec<BatchCreateOrdersResponse> BATCH_CREATE =
      JsonCodec.of(BatchCreateOrdersResponse.class);
  private static final JsonCodec<BatchCancelOrdersResponse> BATCH_CANCEL =
      JsonCodec.of(BatchCancelOrdersResponse.class);

  private final KalshiHttp http;

  KalshiOrders(KalshiHttp http) {
    this.http = http;
  }

  /**
   * {@code POST /portfolio/events/orders}: places one limit order. A 409 (an order with this
   * {@code client_order_id} exists) is {@link WriteResult.AlreadyPlaced}.
   */
  public Mono<WriteResult<CreateOrderResponse>> create(CreateOrderRequest order) {
    return http.write(KalshiEndpoint.CREATE_ORDER, HttpMethod.POST, ORDERS, QueryParams.create(), order, CREATE, 1);
  }

  /**
   * {@code DELETE /portfolio/events/orders/{order_id}?market_ticker=…}: cancels the rest of one order (2 tokens).
   * An order already gone is {@link WriteResult.Rejected} with status 404.
   */
  public Mono<WriteResult<CancelOrderResponse>> cancel(CancelOrderRequest cancel) {
    QueryParams query = QueryParams.create().add("market_ticker", cancel.marketTicker())
        .add("exchange_index", cancel.exchangeIndex()).add("subaccount", cancel.subaccount());
    return http.write(KalshiEndpoint.CANCEL_ORDER, HttpMethod.DELETE,
        ORDERS + "/" + QueryParams.segment(cancel.orderId()), query, null, CANCEL, 1);
  }

  /** {@code POST /portfolio/events/orders/{order_id}/amend}: new price and/or size. */
  public Mono<WriteResult<AmendOrderResponse>> amend(VenueOrderId orderId, AmendOrderRequest amend) {
    return http.write(KalshiEndpoint.AMEND_ORDER, HttpMethod.POST,
        ORDERS + "/" + QueryParams.segment(orderId.value()) + "/amend", QueryParams.create(), amend, AMEND, 1);
  }

  /** {@code POST /portfolio/events/orders/{order_id}/decrease}: a smaller resting size, keeping queue priority. */
  public Mono<WriteResult<DecreaseOrderResponse>> decrease(VenueOrderId orderId, DecreaseOrderRequest decrease) {
    return http.write(KalshiEndpoint.DECREASE_ORDER, HttpMethod.POST,
        ORDERS + "/" + QueryParams.segment(orderId.value()) + "/decrease", QueryParams.create(), decrease,
        DECREASE, 1);
  }

  /**
   * {@code POST /portfolio/events/orders/batched}: places several orders (10 tokens each; the batch must fit the
   * write bucket, else {@link RequestCostExceedsCapacityException} before anything is sent). Accepted means the
   * batch was processed: each item says whether its order was placed.
   */
  public Mono<WriteResult<BatchCreateOrdersResponse>> batchCreate(BatchCreateOrdersRequest batch) {
    return http.write(KalshiEndpoint.BATCH_CREATE_ORDERS, HttpMethod.POST, ORDERS + "/batched",
        QueryParams.create(), batch, BATCH_CREATE, batch.orders().size());
  }

  /** {@code DELETE /portfolio/events/orders/batched} with a body: cancels several orders (2 tokens each). */
  public Mono<WriteResult<BatchCancelOrdersResponse>> batchCancel(BatchCancelOrdersRequest batch) {
    return http.write(KalshiEndpoint.BATCH_CANCEL_ORDERS, HttpMethod.DELETE, ORDERS + "/batched",
        QueryParams.create(), batch, BATCH_CANCEL, batch.orders().size());
  }
}
