package dev.strike.kalshi.rest;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.json.JsonCodec;
import dev.strike.kalshi.wire.Balance;
import dev.strike.kalshi.wire.EventPosition;
import dev.strike.kalshi.wire.Fill;
import dev.strike.kalshi.wire.FillsResponse;
import dev.strike.kalshi.wire.MarketPosition;
import dev.strike.kalshi.wire.Order;
import dev.strike.kalshi.wire.OrderResponse;
import dev.strike.kalshi.wire.OrdersResponse;
import dev.strike.kalshi.wire.Positions;
import dev.strike.kalshi.wire.Settlement;
import dev.strike.kalshi.wire.SettlementsResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The account's portfolio reads (kalshi-api.md §5.1, §5.5–§5.8), signed with the client's key. Reads are
 * eventually consistent with the order writes. Lazy, rate limited on the read bucket, retried per the read policy;
 * a 401 is a {@link KalshiAuthenticationException}. Thread-safe.
 */
public final class KalshiPortfolio {
  private static final JsonCodec<Balance> BALANCE = JsonCodec.of(Balance.class);
  private static final JsonCodec<OrdersResponse> ORDERS = JsonCodec.of(OrdersResponse.class);
  private static final JsonCodec<OrderResponse> ORDER = JsonCodec.of(OrderResponse.class);
  private static final JsonCodec<Positions> POSITIONS = JsonCodec.of(Positions.class);
  private static final JsonCodec<FillsResponse> FILLS = JsonCodec.of(FillsResponse.class);
  private static final JsonCodec<SettlementsResponse> SETTLEMENTS = JsonCodec.of(SettlementsResponse.class);

  private final KalshiHttp http;

  KalshiPortfolio(KalshiHttp http) {
    this.http = http;
  }

  /** {@code GET /portfolio/balance} of the primary account across shards. */
  public Mono<Balance> balance() {
    return balance(null, null);
  }

  /** {@code GET /portfolio/balance} of a subaccount and/or shard (null = Kalshi's default). */
  public Mono<Balance> balance(@Nullable Integer subaccount, @Nullable Integer exchangeIndex) {
    return Mono.defer(() -> {
      QueryChecks.subaccount(subaccount);
      return http.get(KalshiEndpoint.GET_BALANCE, "/portfolio/balance",
          QueryParams.create().add("subaccount", subaccount).add("exchange_index", exchangeIndex), BALANCE);
    });
  }

  /** {@code GET /portfolio/orders}, every page; each order once (by order id). */
  public Flux<Order> orders(OrdersQuery query) {
    return Pages.all(cursor -> ordersPage(query, cursor), Order::orderId);
  }

  /** One page of {@code GET /portfolio/orders}; {@code cursor} null for the first. */
  public Mono<OrdersResponse> ordersPage(OrdersQuery query, @Nullable String cursor) {
    return http.get(KalshiEndpoint.LIST_ORDERS, "/portfolio/orders", query.toParams(cursor), ORDERS);
  }

  /** {@code GET /portfolio/orders/{order_id}} (2 tokens); a 404 is a {@link KalshiApiException}. */
  public Mono<Order> order(VenueOrderId orderId) {
    return http.get(KalshiEndpoint.GET_ORDER, "/portfolio/orders/" + QueryParams.segment(orderId.value()),
        QueryParams.create(), ORDER).map(OrderResponse::order);
  }

  /**
   * The order of {@code ticker} carrying {@code clientOrderId}, in any status, or empty: what execution asks after
   * a {@link WriteResult.OutcomeUnknown}. Kalshi has no lookup by client id, so this pages through the market's
   * orders. Reads are eventually consistent: "empty" right after a write is not proof of absence; ask again after
   * a short while, or wait for the WebSocket.
   */
  public Mono<Optional<Order>> findByClientOrderId(MarketTicker ticker, ClientOrderId clientOrderId) {
    return orders(OrdersQuery.of(ticker))
        .filter(order -> clientOrderId.value().equals(order.clientOrderId()))
        .next()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }

  /**
   * {@code GET /portfolio/positions}, every page, merged into one {@link Positions} (cursor null); each market and
   * event once.
   */
  public Mono<Positions> positions(PortfolioQuery query) {
    return Pages.pages(cursor -> positionsPage(query, cursor), Positions::cursor)
        .reduce(new LinkedHashMap<String, Object>(), (merged, page) -> {
          for (MarketPosition position : page.marketPositions()) {
            merged.putIfAbsent("m:" + position.ticker(), position);
          }
          for (EventPosition position : page.eventPositions()) {
            merged.putIfAbsent("e:" + position.eventTicker(), position);
          }
          return merged;
        })
        .map(KalshiPortfolio::split);
  }

  /** One page of {@code GET /portfolio/positions}; {@code cursor} null for the first. */
  public Mono<Positions> positionsPage(PortfolioQuery query, @Nullable String cursor) {
    return http.get(KalshiEndpoint.LIST_POSITIONS, "/portfolio/positions", query.positionsParams(cursor),
        POSITIONS);
  }

  /** {@code GET /portfolio/fills}, every page; each fill once (by trade id). */
  public Flux<Fill> fills(PortfolioQuery query) {
    return Pages.all(cursor -> http.get(KalshiEndpoint.LIST_FILLS, "/portfolio/fills", query.fillsParams(cursor),
        FILLS), Fill::id);
  }

  /** {@code GET /portfolio/settlements}, every page; each settlement once (by market and settlement time). */
  public Flux<Settlement> settlements(PortfolioQuery query) {
    return Pages.all(cursor -> http.get(KalshiEndpoint.LIST_SETTLEMENTS, "/portfolio/settlements",
        query.settlementsParams(cursor), SETTLEMENTS), s -> s.ticker() + "@" + s.settledTime());
  }

  private static Positions split(Map<String, Object> merged) {
    var markets = new ArrayList<MarketPosition>();
    var events = new ArrayList<EventPosition>();
    for (Object position : merged.values()) {
      if (position instanceof MarketPosition market) {
        markets.add(market);
      } else {
        events.add((EventPosition) position);
      }
    }
    return new Positions(markets, events, null);
  }
}
