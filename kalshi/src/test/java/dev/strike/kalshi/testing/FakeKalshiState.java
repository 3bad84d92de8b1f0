package dev.strike.kalshi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.time.Clock;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The exchange behind {@link KalshiRestFake}: state as JSON trees (so documented payloads are served as they are,
 * deprecated fields included), routing, V2 body validation and pagination. Every method runs under the fake's
 * lock; not thread-safe on its own.
 */
final class FakeKalshiState {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  static final String USER_ID = "f4ke0000-0000-4000-8000-000000000001";

  /** What the fake answers: a status and a JSON body (null for none). */
  record Reply(int status, @Nullable JsonNode body) {
    static Reply ok(JsonNode body) {
      return new Reply(200, body);
    }

    static Reply error(int status, String code, String message, @Nullable String details) {
      ObjectNode error = JSON.objectNode().put("code", code).put("message", message);
      if (details != null) {
        error.put("details", details);
      }
      return new Reply(status, JSON.objectNode().set("error", error));
    }

    String bodyText() {
      return body == null ? "" : body.toString();
    }
  }

  private static final Set<String> CREATE_FIELDS = Set.of("ticker", "client_order_id", "side", "count", "price",
      "time_in_force", "self_trade_prevention_type", "expiration_time", "post_only", "reduce_only",
      "cancel_order_on_pause", "subaccount", "order_group_id", "exchange_index");
  private static final Set<String> AMEND_FIELDS = Set.of("ticker", "side", "price", "count", "client_order_id",
      "updated_client_order_id", "exchange_index");
  private static final Set<String> DECREASE_FIELDS = Set.of("reduce_by", "reduce_to", "exchange_index",
      "market_ticker");
  private static final Set<String> BATCH_CANCEL_ITEM_FIELDS = Set.of("order_id", "subaccount", "exchange_index",
      "market_ticker");
  private static final Pattern COUNT = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]{1,2})?");
  private static final Pattern PRICE = Pattern.compile("0\\.[0-9]{2,4}");
  private static final Pattern ORDER_PATH = Pattern.compile("/portfolio/events/orders/([^/]+)(/amend|/decrease)?");

  private final Clock clock;
  final TreeMap<String, ObjectNode> series = new TreeMap<>();
  final TreeMap<String, ObjectNode> events = new TreeMap<>();
  final TreeMap<String, ObjectNode> markets = new TreeMap<>();
  final Map<String, ObjectNode> orderbooks = new HashMap<>();
  final List<ObjectNode> trades = new ArrayList<>();
  final LinkedHashMap<String, ObjectNode> ordersById = new LinkedHashMap<>();
  final Map<String, String> orderIdByClientOrderId = new HashMap<>();
  final List<ObjectNode> fills = new ArrayList<>();
  final List<ObjectNode> settlements = new ArrayList<>();
  final TreeMap<String, ObjectNode> marketPositions = new TreeMap<>();
  final TreeMap<String, ObjectNode> eventPositions = new TreeMap<>();
  ObjectNode balance = JSON.objectNode().put("balance", 0).put("balance_dollars", "0.0000")
      .put("portfolio_value", 0);
  ObjectNode exchangeStatus = JSON.objectNode().put("exchange_active", true).put("trading_active", true);
  ObjectNode schedule = JSON.objectNode().set("schedule", JSON.objectNode()
      .<ObjectNode>set("standard_hours", JSON.arrayNode()).set("maintenance_windows", JSON.arrayNode()));

  int pageSize = 100;
  KalshiRestFake.EndCursor endCursor = KalshiRestFake.EndCursor.EMPTY;
  boolean requireKnownMarkets;
  private long orderSequence;
  private final Map<String, Integer> pagesServed = new HashMap<>();
  private final List<PageHook> pageHooks = new ArrayList<>();

  private record PageHook(String apiPath, int page, Runnable action) {}

  FakeKalshiState(Clock clock) {
    this.clock = clock;
  }

  void afterPage(String apiPath, int page, Runnable action) {
    pageHooks.add(new PageHook(apiPath, page, action));
  }

  static ObjectNode tree(Object value) {
    return StrikeJson.mapper().valueToTree(value);
  }

  static ObjectNode parseObject(String json) {
    try {
      JsonNode node = StrikeJson.mapper().readTree(json);
      if (!(node instanceof ObjectNode object)) {
        throw new IllegalArgumentException("not a JSON object: " + json);
      }
      return object;
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
  }

  void putOrder(ObjectNode order) {
    String id = order.path("order_id").asText();
    ordersById.put(id, order);
    String clientOrderId = order.path("client_order_id").asText("");
    if (!clientOrderId.isEmpty()) {
      orderIdByClientOrderId.put(clientOrderId, id);
    }
  }

  private long nowMs() {
    return clock.nowNs() / 1_000_000L;
  }

  private String nowRfc3339() {
    long ns = clock.nowNs();
    return Instant.ofEpochSecond(ns / 1_000_000_000L, ns % 1_000_000_000L).toString();
  }

  // ---------------------------------------------------------------------------------------------- routing

  Reply dispatch(RecordedRequest request) {
    String method = request.method();
    String path = request.apiPath();
    if (method.equals("GET")) {
      return get(request, path);
    }
    if (path.startsWith("/portfolio/orders")) {
      return Reply.error(410, "deprecated_v1_order_endpoint", "Please switch to the V2 endpoints", null);
    }
    if (path.equals("/portfolio/events/orders/batched")) {
      return switch (method) {
        case "POST" -> batchCreate(request);
        case "DELETE" -> batchCancel(request);
        default -> notFound(request);
      };
    }
    if (path.equals("/portfolio/events/orders") && method.equals("POST")) {
      JsonNode body = body(request);
      if (body == null) {
        return Reply.error(400, "invalid_parameters", "the body is not a JSON object", null);
      }
      return create(body);
    }
    Matcher order = ORDER_PATH.matcher(path);
    if (order.matches()) {
      String id = order.group(1);
      String action = order.group(2);
      if (action == null && method.equals("DELETE")) {
        return cancel(id, request.queryParam("market_ticker"));
      }
      if ("/amend".equals(action) && method.equals("POST")) {
        return amend(id, request);
      }
      if ("/decrease".equals(action) && method.equals("POST")) {
        return decrease(id, request);
      }
    }
    return notFound(request);
  }

  private static Reply notFound(RecordedRequest request) {
    return Reply.error(404, "not_found", "no route " + request.method() + " " + request.apiPath(), null);
  }

  private Reply get(RecordedRequest request, String path) {
    String[] parts = path.substring(1).split("/");
    switch (path) {
      case "/series":
        return page(request, "series", new ArrayList<>(series.values()), 200, 1000);
      case "/events":
        return listEvents(request);
      case "/markets":
        return listMarkets(request);
      case "/markets/trades": {
        String ticker = request.queryParam("ticker");
        return page(request, "trades", filter(trades, t -> ticker == null || ticker.equals(text(t, "ticker"))),
            100, 1000);
      }
      case "/exchange/status":
        return Reply.ok(exchangeStatus);
      case "/exchange/schedule":
        return Reply.ok(schedule);
      case "/portfolio/balance":
        return Reply.ok(balance);
      case "/portfolio/orders":
        return listOrders(request);
      case "/portfolio/positions":
        return listPositions(request);
      case "/portfolio/fills": {
        String ticker = request.queryParam("ticker");
        String orderId = request.queryParam("order_id");
        return page(request, "fills", filter(fills, f -> (ticker == null || ticker.equals(fillTicker(f)))
            && (orderId == null || orderId.equals(text(f, "order_id")))), 100, 1000);
      }
      case "/portfolio/settlements": {
        String ticker = request.queryParam("ticker");
        return page(request, "settlements",
            filter(settlements, s -> ticker == null || ticker.equals(text(s, "ticker"))), 100, 1000);
      }
      default:
        break;
    }
    if (parts.length == 2 && parts[0].equals("series")) {
      return one("series", series.get(parts[1]), "series " + parts[1]);
    }
    if (parts.length == 2 && parts[0].equals("events")) {
      ObjectNode event = events.get(parts[1]);
      if (event == null) {
        return Reply.error(404, "not_found", "event " + parts[1] + " not found", null);
      }
      ObjectNode copy = event.deepCopy();
      ArrayNode markets = marketsOf(parts[1]);
      if ("true".equals(request.queryParam("with_nested_markets"))) {
        copy.set("markets", markets);
        return Reply.ok(JSON.objectNode().<ObjectNode>set("event", copy).set("markets", JSON.arrayNode()));
      }
      return Reply.ok(JSON.objectNode().<ObjectNode>set("event", copy).set("markets", markets));
    }
    if (parts.length == 2 && parts[0].equals("markets")) {
      ObjectNode market = markets.get(parts[1]);
      if (market == null) {
        return Reply.error(404, "market_not_found", "market " + parts[1] + " not found", null);
      }
      return Reply.ok(JSON.objectNode().set("market", market));
    }
    if (parts.length == 3 && parts[0].equals("markets") && parts[2].equals("orderbook")) {
      if (!markets.containsKey(parts[1]) && !orderbooks.containsKey(parts[1])) {
        return Reply.error(404, "market_not_found", "market " + parts[1] + " not found", null);
      }
      ObjectNode book = orderbooks.getOrDefault(parts[1], JSON.objectNode());
      return Reply.ok(JSON.objectNode().set("orderbook_fp", depth(book, request.queryParam("depth"))));
    }
    if (parts.length == 3 && parts[0].equals("portfolio") && parts[1].equals("orders")) {
      ObjectNode order = ordersById.get(parts[2]);
      return one("order", order, "order " + parts[2]);
    }
    return notFound(request);
  }

  private static Reply one(String field, @Nullable ObjectNode value, String what) {
    if (value == null) {
      return Reply.error(404, "not_found", what + " not found", null);
    }
    return Reply.ok(JSON.objectNode().set(field, value));
  }

  /** The best {@code depth} levels of each side (the last ones of the ascending arrays). */
  private static ObjectNode depth(ObjectNode book, @Nullable String depth) {
    if (depth == null || depth.equals("0")) {
      return book;
    }
    int n = Integer.parseInt(depth);
    ObjectNode copy = JSON.objectNode();
    for (String side : List.of("yes_dollars", "no_dollars")) {
      JsonNode levels = book.get(side);
      if (levels != null && levels.isArray()) {
        ArrayNode kept = JSON.arrayNode();
        for (int i = Math.max(0, levels.size() - n); i < levels.size(); i++) {
          kept.add(levels.get(i));
        }
        copy.set(side, kept);
      }
    }
    return copy;
  }

  private ArrayNode marketsOf(String eventTicker) {
    ArrayNode nested = JSON.arrayNode();
    for (ObjectNode market : markets.values()) {
      if (eventTicker.equals(text(market, "event_ticker"))) {
        nested.add(market);
      }
    }
    return nested;
  }

  private Reply listEvents(RecordedRequest request) {
    String seriesTicker = request.queryParam("series_ticker");
    String status = request.queryParam("status");
    Set<String> tickers = commaSet(request.queryParam("tickers"));
    boolean nested = "true".equals(request.queryParam("with_nested_markets"));
    List<ObjectNode> selected = new ArrayList<>();
    for (ObjectNode event : events.values()) {
      String ticker = text(event, "event_ticker");
      if ((seriesTicker == null || seriesTicker.equals(text(event, "series_ticker")))
          && (tickers.isEmpty() || tickers.contains(ticker))
          && (status == null || anyMarket(ticker, status))) {
        ObjectNode copy = event.deepCopy();
        if (nested) {
          copy.set("markets", marketsOf(ticker));
        }
        selected.add(copy);
      }
    }
    return page(request, "events", selected, 200, 200);
  }

  private boolean anyMarket(String eventTicker, String status) {
    for (ObjectNode market : markets.values()) {
      if (eventTicker.equals(text(market, "event_ticker")) && statusMatches(text(market, "status"), status)) {
        return true;
      }
    }
    return false;
  }

  private Reply listMarkets(RecordedRequest request) {
    Set<String> eventTickers = commaSet(request.queryParam("event_ticker"));
    Set<String> tickers = commaSet(request.queryParam("tickers"));
    String seriesTicker = request.queryParam("series_ticker");
    String status = request.queryParam("status");
    if (status != null && !Set.of("unopened", "open", "paused", "closed", "settled").contains(status)) {
      return Reply.error(400, "invalid_parameters", "status must be one of unopened, open, paused, closed, settled",
          status);
    }
    List<ObjectNode> selected = filter(new ArrayList<>(markets.values()), market -> {
      String eventTicker = text(market, "event_ticker");
      ObjectNode event = events.get(eventTicker);
      String marketSeries = event == null ? null : text(event, "series_ticker");
      return (eventTickers.isEmpty() || eventTickers.contains(eventTicker))
          && (tickers.isEmpty() || tickers.contains(text(market, "ticker")))
          && (seriesTicker == null || seriesTicker.equals(marketSeries))
          && (status == null || statusMatches(text(market, "status"), status));
    });
    return page(request, "markets", selected, 100, 1000);
  }

  /** The documented filter words against {@code Market.status} (kalshi-api.md §4.3). */
  private static boolean statusMatches(@Nullable String marketStatus, String filter) {
    if (marketStatus == null) {
      return false;
    }
    return switch (filter) {
      case "unopened" -> marketStatus.equals("initialized");
      case "open" -> marketStatus.equals("active");
      case "paused" -> marketStatus.equals("inactive");
      case "closed" -> Set.of("closed", "determined", "disputed", "amended").contains(marketStatus);
      case "settled" -> marketStatus.equals("finalized");
      default -> false;
    };
  }

  private Reply listOrders(RecordedRequest request) {
    String ticker = request.queryParam("ticker");
    String status = request.queryParam("status");
    return page(request, "orders", filter(new ArrayList<>(ordersById.values()),
        o -> (ticker == null || ticker.equals(text(o, "ticker")))
            && (status == null || status.equals(text(o, "status")))), 100, 1000);
  }

  private Reply listPositions(RecordedRequest request) {
    String ticker = request.queryParam("ticker");
    Reply reply = page(request, "market_positions", filter(new ArrayList<>(marketPositions.values()),
        p -> ticker == null || ticker.equals(text(p, "ticker"))), 100, 1000);
    if (reply.body() instanceof ObjectNode body && request.queryParam("cursor") == null) {
      ArrayNode all = JSON.arrayNode();
      eventPositions.values().forEach(all::add);
      body.set("event_positions", all);
    }
    return reply;
  }

  // ---------------------------------------------------------------------------------------------- pagination

  private Reply page(RecordedRequest request, String field, List<ObjectNode> items, int defaultLimit,
      int maxLimit) {
    int limit = defaultLimit;
    String limitText = request.queryParam("limit");
    if (limitText != null) {
      try {
        limit = Integer.parseInt(limitText);
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > maxLimit) {
        return Reply.error(400, "invalid_parameters", "limit must be 1 to " + maxLimit, limitText);
      }
    }
    String cursor = request.queryParam("cursor");
    int offset = 0;
    if (cursor != null && !cursor.isEmpty()) {
      Integer decoded = decodeCursor(cursor);
      if (decoded == null) {
        return Reply.error(400, "invalid_parameters", "bad cursor", cursor);
      }
      offset = decoded;
    }
    int size = Math.min(limit, pageSize);
    int end = Math.min(items.size(), offset + size);
    ArrayNode page = JSON.arrayNode();
    for (int i = Math.min(offset, items.size()); i < end; i++) {
      page.add(items.get(i));
    }
    ObjectNode body = JSON.objectNode().set(field, page);
    if (end < items.size()) {
      body.put("cursor", encodeCursor(end));
    } else {
      switch (endCursor) {
        case EMPTY -> body.put("cursor", "");
        case NULL -> body.putNull("cursor");
        case ABSENT -> { }
        default -> throw new IllegalStateException("unknown end cursor style " + endCursor);
      }
    }
    int served = cursor == null || cursor.isEmpty() ? 1 : pagesServed.getOrDefault(request.apiPath(), 0) + 1;
    pagesServed.put(request.apiPath(), served);
    for (PageHook hook : List.copyOf(pageHooks)) {
      if (hook.apiPath().equals(request.apiPath()) && hook.page() == served) {
        pageHooks.remove(hook);
        hook.action().run();
      }
    }
    return Reply.ok(body);
  }

  private static String encodeCursor(int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable Integer decodeCursor(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return text.startsWith("offset:") ? Integer.valueOf(text.substring(7)) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------- orders

  private @Nullable JsonNode body(RecordedRequest request) {
    try {
      JsonNode node = StrikeJson.mapper().readTree(request.body());
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** A V2 create: validate, refuse a duplicate client id, rest the order (the fake has no matching engine). */
  Reply create(JsonNode body) {
    String problem = validateCreate(body);
    if (problem != null) {
      return Reply.error(400, "invalid_parameters", "invalid order", problem);
    }
    String ticker = body.get("ticker").asText();
    ObjectNode market = markets.get(ticker);
    if (market == null && requireKnownMarkets) {
      return Reply.error(404, "market_not_found", "market " + ticker + " not found", null);
    }
    if (market != null && !"active".equals(text(market, "status"))) {
      return Reply.error(400, "MARKET_INACTIVE", "market " + ticker + " is not open for trading", null);
    }
    String clientOrderId = body.hasNonNull("client_order_id") ? body.get("client_order_id").asText() : null;
    if (clientOrderId != null && orderIdByClientOrderId.containsKey(clientOrderId)) {
      return Reply.error(409, "conflict", "an order with client_order_id " + clientOrderId + " already exists",
          null);
    }
    String orderId = UUID.nameUUIDFromBytes(("fake-order-" + (++orderSequence))
        .getBytes(StandardCharsets.UTF_8)).toString();
    BigDecimal price = new BigDecimal(body.get("price").asText()).setScale(4, RoundingMode.UNNECESSARY);
    BigDecimal count = new BigDecimal(body.get("count").asText()).setScale(2, RoundingMode.UNNECESSARY);
    String timeInForce = body.get("time_in_force").asText();
    boolean rests = timeInForce.equals("good_till_canceled");
    String now = nowRfc3339();
    ObjectNode order = JSON.objectNode()
        .put("order_id", orderId)
        .put("user_id", USER_ID)
        .put("client_order_id", clientOrderId)
        .put("ticker", ticker)
        .put("outcome_side", "yes")
        .put("book_side", body.get("side").asText())
        .put("type", "limit")
        .put("status", rests ? "resting" : "canceled")
        .put("yes_price_dollars", price.toPlainString())
        .put("no_price_dollars", BigDecimal.ONE.subtract(price).setScale(4).toPlainString())
        .put("initial_count_fp", count.toPlainString())
        .put("fill_count_fp", "0.00")
        .put("remaining_count_fp", rests ? count.toPlainString() : "0.00")
        .put("taker_fill_cost_dollars", "0.0000")
        .put("maker_fill_cost_dollars", "0.0000")
        .put("taker_fees_dollars", "0.0000")
        .put("maker_fees_dollars", "0.0000")
        .put("created_time", now)
        .put("last_update_time", now)
        .put("self_trade_prevention_type", body.get("self_trade_prevention_type").asText())
        .put("cancel_order_on_pause", body.path("cancel_order_on_pause").asBoolean(false))
        .put("subaccount_number", body.path("subaccount").asInt(0))
        .put("exchange_index", Math.max(0, body.path("exchange_index").asInt(0)));
    if (body.hasNonNull("expiration_time")) {
      order.put("expiration_time", Instant.ofEpochSecond(body.get("expiration_time").asLong()).toString());
    }
    if (body.hasNonNull("order_group_id")) {
      order.put("order_group_id", body.get("order_group_id").asText());
    }
    putOrder(order);
    ObjectNode response = JSON.objectNode()
        .put("order_id", orderId)
        .put("client_order_id", clientOrderId)
        .put("fill_count", "0.00")
        .put("remaining_count", rests ? count.toPlainString() : "0.00")
        .put("ts_ms", nowMs());
    return new Reply(201, response);
  }

  /** Why a V2 create body is not what the documentation allows, or null. */
  @Nullable String validateCreate(JsonNode body) {
    for (var names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!CREATE_FIELDS.contains(name)) {
        return "unknown field " + name;
      }
    }
    String problem = requiredText(body, "ticker");
    if (problem == null) {
      problem = oneOf(body, "side", Set.of("bid", "ask"));
    }
    if (problem == null) {
      problem = count(body, "count", false);
    }
    if (problem == null) {
      problem = price(body, "price");
    }
    if (problem == null) {
      problem = oneOf(body, "time_in_force", Set.of("good_till_canceled", "immediate_or_cancel", "fill_or_kill"));
    }
    if (problem == null) {
      problem = oneOf(body, "self_trade_prevention_type", Set.of("taker_at_cross", "maker"));
    }
    if (problem == null && body.has("client_order_id")) {
      problem = requiredText(body, "client_order_id");
    }
    if (problem == null && body.has("order_group_id")) {
      problem = requiredText(body, "order_group_id");
    }
    for (String flag : List.of("post_only", "reduce_only", "cancel_order_on_pause")) {
      if (problem == null && body.has(flag) && !body.get(flag).isBoolean()) {
        problem = flag + " must be a boolean";
      }
    }
    if (problem == null && body.has("subaccount")) {
      JsonNode sub = body.get("subaccount");
      if (!sub.isIntegralNumber() || sub.asInt() < 0 || sub.asInt() > 63) {
        problem = "subaccount must be an integer 0 to 63";
      }
    }
    if (problem == null && body.has("exchange_index")) {
      JsonNode index = body.get("exchange_index");
      if (!index.isIntegralNumber() || index.asInt() < -1) {
        problem = "exchange_index must be an integer >= -1";
      }
    }
    if (problem == null && body.has("expiration_time")) {
      JsonNode expiration = body.get("expiration_time");
      if (!expiration.isIntegralNumber()) {
        problem = "expiration_time must be an integer (Unix seconds)";
      } else if (!body.get("time_in_force").asText().equals("good_till_canceled")) {
        problem = "expiration_time is only allowed with good_till_canceled";
      } else if (expiration.asLong() * 1000 <= nowMs()) {
        problem = "expiration_time must be in the future";
      }
    }
    return problem;
  }

  private static @Nullable String requiredText(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      return field + " is required (a non-empty string)";
    }
    return null;
  }

  private static @Nullable String oneOf(JsonNode body, String field, Set<String> allowed) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual() || !allowed.contains(value.asText())) {
      return field + " must be one of " + new java.util.TreeSet<>(allowed);
    }
    return null;
  }

  private static @Nullable String count(JsonNode body, String field, boolean zeroAllowed) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual() || !COUNT.matcher(value.asText()).matches()) {
      return field + " must be a string count with 0-2 decimals, e.g. \"10.00\"";
    }
    if (!zeroAllowed && new BigDecimal(value.asText()).signum() == 0) {
      return field + " must be positive";
    }
    return null;
  }

  private static @Nullable String price(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual() || !PRICE.matcher(value.asText()).matches()
        || new BigDecimal(value.asText()).signum() == 0) {
      return field + " must be a string dollar price strictly between 0 and 1 with 2-4 decimals, e.g. \"0.5600\"";
    }
    return null;
  }

  private static @Nullable String unknownField(JsonNode body, Set<String> allowed) {
    for (var names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        return "unknown field " + name;
      }
    }
    return null;
  }

  Reply cancel(String orderId, @Nullable String marketTicker) {
    ObjectNode order = ordersById.get(orderId);
    if (order == null || !"resting".equals(text(order, "status"))
        || (marketTicker != null && !marketTicker.equals(text(order, "ticker")))) {
      return Reply.error(404, "not_found", "order " + orderId + " not found", null);
    }
    String reducedBy = text(order, "remaining_count_fp");
    order.put("status", "canceled").put("remaining_count_fp", "0.00").put("last_update_time", nowRfc3339());
    return Reply.ok(JSON.objectNode().put("order_id", orderId).put("client_order_id", text(order, "client_order_id"))
        .put("reduced_by", reducedBy).put("ts_ms", nowMs()));
  }

  private Reply amend(String orderId, RecordedRequest request) {
    JsonNode body = body(request);
    if (body == null) {
      return Reply.error(400, "invalid_parameters", "the body is not a JSON object", null);
    }
    String problem = unknownField(body, AMEND_FIELDS);
    if (problem == null) {
      problem = requiredText(body, "ticker");
    }
    if (problem == null) {
      problem = oneOf(body, "side", Set.of("bid", "ask"));
    }
    if (problem == null) {
      problem = price(body, "price");
    }
    if (problem == null) {
      problem = count(body, "count", false);
    }
    if (problem != null) {
      return Reply.error(400, "invalid_parameters", "invalid amend", problem);
    }
    ObjectNode order = ordersById.get(orderId);
    if (order == null || !"resting".equals(text(order, "status"))) {
      return Reply.error(404, "not_found", "order " + orderId + " not found", null);
    }
    if (!body.get("ticker").asText().equals(text(order, "ticker"))) {
      return Reply.error(400, "order_ticker_mismatch", "the order is not of " + body.get("ticker").asText(), null);
    }
    if (!body.get("side").asText().equals(text(order, "book_side"))) {
      return Reply.error(400, "order_side_mismatch", "the order is not a " + body.get("side").asText(), null);
    }
    if (body.hasNonNull("client_order_id") && !body.get("client_order_id").asText()
        .equals(text(order, "client_order_id"))) {
      return Reply.error(400, "order_id_and_client_order_id_mismatch", "client_order_id does not match", null);
    }
    BigDecimal filled = new BigDecimal(text(order, "fill_count_fp"));
    BigDecimal count = new BigDecimal(body.get("count").asText()).setScale(2, RoundingMode.UNNECESSARY);
    if (count.compareTo(filled) <= 0) {
      return Reply.error(400, "invalid_order_size", "count must exceed the filled " + filled, null);
    }
    if (body.hasNonNull("updated_client_order_id")) {
      String updated = body.get("updated_client_order_id").asText();
      if (orderIdByClientOrderId.containsKey(updated)) {
        return Reply.error(409, "conflict", "client_order_id " + updated + " already exists", null);
      }
      orderIdByClientOrderId.remove(text(order, "client_order_id"));
      order.put("client_order_id", updated);
      orderIdByClientOrderId.put(updated, orderId);
    }
    BigDecimal price = new BigDecimal(body.get("price").asText()).setScale(4, RoundingMode.UNNECESSARY);
    order.put("yes_price_dollars", price.toPlainString())
        .put("no_price_dollars", BigDecimal.ONE.subtract(price).setScale(4).toPlainString())
        .put("initial_count_fp", count.toPlainString())
        .put("remaining_count_fp", count.subtract(filled).toPlainString())
        .put("last_update_time", nowRfc3339());
    return Reply.ok(JSON.objectNode().put("order_id", orderId).put("client_order_id", text(order, "client_order_id"))
        .put("remaining_count", text(order, "remaining_count_fp")).put("fill_count", text(order, "fill_count_fp"))
        .put("ts_ms", nowMs()));
  }

  private Reply decrease(String orderId, RecordedRequest request) {
    JsonNode body = body(request);
    if (body == null) {
      return Reply.error(400, "invalid_parameters", "the body is not a JSON object", null);
    }
    String problem = unknownField(body, DECREASE_FIELDS);
    if (problem == null && body.has("reduce_by") == body.has("reduce_to")) {
      problem = "exactly one of reduce_by and reduce_to is required";
    }
    if (problem == null) {
      problem = body.has("reduce_by") ? count(body, "reduce_by", false) : count(body, "reduce_to", true);
    }
    if (problem != null) {
      return Reply.error(400, "invalid_parameters", "invalid decrease", problem);
    }
    ObjectNode order = ordersById.get(orderId);
    if (order == null || !"resting".equals(text(order, "status"))) {
      return Reply.error(404, "not_found", "order " + orderId + " not found", null);
    }
    BigDecimal remaining = new BigDecimal(text(order, "remaining_count_fp"));
    BigDecimal left = body.has("reduce_by")
        ? remaining.subtract(new BigDecimal(body.get("reduce_by").asText())).max(BigDecimal.ZERO)
        : remaining.min(new BigDecimal(body.get("reduce_to").asText()));
    left = left.setScale(2, RoundingMode.UNNECESSARY);
    order.put("remaining_count_fp", left.toPlainString()).put("last_update_time", nowRfc3339());
    if (left.signum() == 0) {
      order.put("status", "canceled");
    }
    return Reply.ok(JSON.objectNode().put("order_id", orderId).put("client_order_id", text(order, "client_order_id"))
        .put("remaining_count", left.toPlainString()).put("ts_ms", nowMs()));
  }

  private Reply batchCreate(RecordedRequest request) {
    JsonNode body = body(request);
    if (body == null || !body.path("orders").isArray() || body.get("orders").isEmpty() || body.size() != 1) {
      return Reply.error(400, "invalid_parameters", "the body must be {\"orders\": [...]} with at least one order",
          null);
    }
    ArrayNode results = JSON.arrayNode();
    for (JsonNode item : body.get("orders")) {
      Reply reply = create(item);
      if (reply.status() == 201) {
        results.add(reply.body());
      } else {
        ObjectNode failed = JSON.objectNode();
        if (item.hasNonNull("client_order_id")) {
          failed.put("client_order_id", item.get("client_order_id").asText());
        }
        failed.set("error", reply.body().get("error"));
        results.add(failed);
      }
    }
    return new Reply(201, JSON.objectNode().set("orders", results));
  }

  private Reply batchCancel(RecordedRequest request) {
    JsonNode body = body(request);
    if (body == null || !body.path("orders").isArray() || body.get("orders").isEmpty() || body.size() != 1) {
      return Reply.error(400, "invalid_parameters", "the body must be {\"orders\": [...]} with at least one order",
          null);
    }
    ArrayNode results = JSON.arrayNode();
    for (JsonNode item : body.get("orders")) {
      String problem = unknownField(item, BATCH_CANCEL_ITEM_FIELDS);
      if (problem == null) {
        problem = requiredText(item, "order_id");
      }
      if (problem != null) {
        return Reply.error(400, "invalid_parameters", "invalid batch cancel item", problem);
      }
      String orderId = item.get("order_id").asText();
      Reply reply = cancel(orderId, item.hasNonNull("market_ticker") ? item.get("market_ticker").asText() : null);
      if (reply.status() == 200) {
        results.add(reply.body());
      } else {
        results.add(JSON.objectNode().put("order_id", orderId).set("error", reply.body().get("error")));
      }
    }
    return Reply.ok(JSON.objectNode().set("orders", results));
  }

  // ---------------------------------------------------------------------------------------------- helpers

  static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static @Nullable String fillTicker(JsonNode fill) {
    String ticker = text(fill, "market_ticker");
    return ticker != null ? ticker : text(fill, "ticker");
  }

  private static Set<String> commaSet(@Nullable String list) {
    return list == null || list.isEmpty() ? Set.of() : new java.util.HashSet<>(List.of(list.split(",")));
  }

  private static List<ObjectNode> filter(List<ObjectNode> items, Predicate<ObjectNode> keep) {
    List<ObjectNode> kept = new ArrayList<>();
    for (ObjectNode item : items) {
      if (keep.test(item)) {
        kept.add(item);
      }
    }
    return kept;
  }
}
