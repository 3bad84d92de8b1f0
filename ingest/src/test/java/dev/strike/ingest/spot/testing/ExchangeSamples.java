package dev.strike.ingest.spot.testing;

import java.util.Locale;

/**
 * Messages in each exchange's real wire format (field names, types and shapes as the exchanges document and send
 * them; see the protocol classes for the sources), with builders for trades at chosen prices and times.
 */
public final class ExchangeSamples {
  private ExchangeSamples() {}

  // ---- Coinbase Exchange (ws-feed), matches + heartbeat channels

  /** Coinbase's answer to our subscribe for BTC, ETH and SOL. */
  public static final String COINBASE_SUBSCRIPTIONS = "{\"type\":\"subscriptions\",\"channels\":["
      + "{\"name\":\"matches\",\"product_ids\":[\"BTC-USD\",\"ETH-USD\",\"SOL-USD\"]},"
      + "{\"name\":\"heartbeat\",\"product_ids\":[\"BTC-USD\",\"ETH-USD\",\"SOL-USD\"]}]}";

  /** A match as Coinbase sends it. */
  public static final String COINBASE_MATCH = "{\"type\":\"match\",\"trade_id\":1081862675,"
      + "\"maker_order_id\":\"f07e510f-4edf-469d-b844-4f670f1e93f1\","
      + "\"taker_order_id\":\"e6f50944-3e2a-439e-ae49-308300ba8296\",\"side\":\"sell\",\"size\":\"0.00000001\","
      + "\"price\":\"80691.53\",\"product_id\":\"BTC-USD\",\"sequence\":134905860111,"
      + "\"time\":\"2026-08-25T03:35:57.198335Z\"}";

  /** The last match Coinbase sends once per product on subscribing. */
  public static final String COINBASE_LAST_MATCH = "{\"type\":\"last_match\",\"trade_id\":370843400,"
      + "\"maker_order_id\":\"ac928c66-ca53-498f-9c13-a110027a60e8\","
      + "\"taker_order_id\":\"132fb6ae-456b-4654-b4e0-d681ac05cea1\",\"side\":\"sell\",\"size\":\"0.10000000\","
      + "\"price\":\"1285.00\",\"product_id\":\"ETH-USD\",\"sequence\":37475248700,"
      + "\"time\":\"2022-10-19T23:20:00.000000Z\"}";

  /** A heartbeat. */
  public static final String COINBASE_HEARTBEAT = "{\"type\":\"heartbeat\",\"sequence\":90,\"last_trade_id\":20,"
      + "\"product_id\":\"BTC-USD\",\"time\":\"2014-11-07T08:19:28.464459Z\"}";

  /** Coinbase refusing one product. */
  public static final String COINBASE_BAD_PRODUCT =
      "{\"type\":\"error\",\"message\":\"Failed to subscribe\",\"reason\":\"SOL-USD is not a valid product\"}";

  /** A ticker message (a channel we do not subscribe to). */
  public static final String COINBASE_TICKER = "{\"type\":\"ticker\",\"sequence\":37475248783,"
      + "\"product_id\":\"ETH-USD\",\"price\":\"1285.22\",\"open_24h\":\"1310.79\",\"volume_24h\":\"245532.79269678\","
      + "\"low_24h\":\"1280.52\",\"high_24h\":\"1313.8\",\"volume_30d\":\"9788783.60117027\",\"best_bid\":\"1285.04\","
      + "\"best_bid_size\":\"0.46688654\",\"best_ask\":\"1285.27\",\"best_ask_size\":\"1.56637040\",\"side\":\"buy\","
      + "\"time\":\"2022-10-19T23:28:22.061769Z\",\"trade_id\":370843401,\"last_size\":\"11.4396987\"}";

  /** A Coinbase match for {@code product} (e.g. BTC-USD). */
  public static String coinbaseMatch(String product, long tradeId, String price, String size, String time) {
    return "{\"type\":\"match\",\"trade_id\":" + tradeId + ",\"maker_order_id\":\"m-" + tradeId
        + "\",\"taker_order_id\":\"t-" + tradeId + "\",\"side\":\"buy\",\"size\":\"" + size + "\",\"price\":\""
        + price + "\",\"product_id\":\"" + product + "\",\"sequence\":" + (tradeId * 7) + ",\"time\":\"" + time
        + "\"}";
  }

  // ---- Kraken WebSocket v2, trade channel

  /** Kraken's status message on connect. */
  public static final String KRAKEN_STATUS = "{\"channel\":\"status\",\"data\":[{\"api_version\":\"v2\","
      + "\"connection_id\":15564437896659189083,\"system\":\"online\",\"version\":\"2.0.7\"}],\"type\":\"update\"}";

  /** Kraken's ack of a trade subscription for one symbol. */
  public static String krakenAck(String symbol) {
    return "{\"method\":\"subscribe\",\"result\":{\"channel\":\"trade\",\"snapshot\":true,\"symbol\":\"" + symbol
        + "\"},\"success\":true,\"time_in\":\"2024-07-27T21:15:57.923475Z\","
        + "\"time_out\":\"2024-07-27T21:15:57.923542Z\",\"req_id\":1}";
  }

  /** Kraken refusing a symbol. */
  public static String krakenRefusal(String symbol) {
    return "{\"error\":\"Currency pair not supported " + symbol + "\",\"method\":\"subscribe\",\"success\":false,"
        + "\"symbol\":\"" + symbol + "\",\"time_in\":\"2026-10-06T17:39:49.588049Z\","
        + "\"time_out\":\"2026-10-06T17:39:49.588083Z\",\"req_id\":1}";
  }

  /** A Kraken heartbeat. */
  public static final String KRAKEN_HEARTBEAT = "{\"channel\":\"heartbeat\"}";

  /** Kraken's answer to a ping. */
  public static String krakenPong(long reqId) {
    return "{\"method\":\"pong\",\"req_id\":" + reqId + ",\"time_in\":\"2024-05-20T11:08:49.272922Z\","
        + "\"time_out\":\"2024-05-20T11:08:49.272940Z\"}";
  }

  /** A Kraken trade update as sent. */
  public static final String KRAKEN_TRADE = "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":"
      + "\"BTC/USD\",\"side\":\"buy\",\"price\":68580.0,\"qty\":0.14225864,\"ord_type\":\"limit\","
      + "\"trade_id\":72166031,\"timestamp\":\"2024-07-27T21:16:00.512060Z\"}]}";

  /** A Kraken trade snapshot with two symbols, newest trade first for ETH. */
  public static final String KRAKEN_SNAPSHOT = "{\"channel\":\"trade\",\"type\":\"snapshot\",\"data\":["
      + "{\"symbol\":\"ETH/USD\",\"side\":\"sell\",\"price\":3201.10,\"qty\":0.2,\"ord_type\":\"market\","
      + "\"trade_id\":9002,\"timestamp\":\"2024-07-27T21:15:59.000001Z\"},"
      + "{\"symbol\":\"ETH/USD\",\"side\":\"buy\",\"price\":3200.5,\"qty\":1.5e-3,\"ord_type\":\"limit\","
      + "\"trade_id\":9001,\"timestamp\":\"2024-07-27T21:15:58Z\"},"
      + "{\"symbol\":\"SOL/USD\",\"side\":\"buy\",\"price\":181.37,\"qty\":12,\"ord_type\":\"limit\","
      + "\"trade_id\":501,\"timestamp\":\"2024-07-27T21:15:57.5Z\"}]}";

  /** A Kraken ticker update (a channel we do not subscribe to). */
  public static final String KRAKEN_TICKER = "{\"channel\":\"ticker\",\"type\":\"update\",\"data\":[{\"symbol\":"
      + "\"BTC/USD\",\"bid\":97000.0,\"bid_qty\":0.1,\"ask\":97000.1,\"ask_qty\":0.2,\"last\":97000.0,"
      + "\"volume\":1234.5,\"vwap\":96000.0,\"low\":95000.0,\"high\":98000.0,\"change\":100.0,\"change_pct\":0.1}]}";

  /** A Kraken trade update for {@code symbol} (e.g. BTC/USD), price and qty as JSON numbers. */
  public static String krakenTrade(String symbol, long tradeId, String price, String qty, String timestamp) {
    return "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"" + symbol + "\",\"side\":\"buy\","
        + "\"price\":" + price + ",\"qty\":" + qty + ",\"ord_type\":\"limit\",\"trade_id\":" + tradeId
        + ",\"timestamp\":\"" + timestamp + "\"}]}";
  }

  // ---- Bitstamp WebSocket v2, live_trades_<pair>

  /** Bitstamp's ack of one channel. */
  public static String bitstampAck(String channel) {
    return "{\"event\":\"bts:subscription_succeeded\",\"channel\":\"" + channel + "\",\"data\":{}}";
  }

  /** A Bitstamp trade as sent. */
  public static final String BITSTAMP_TRADE = "{\"data\": {\"id\": 629876235, \"timestamp\": \"1788551770\", "
      + "\"amount\": 0.00062132, \"amount_str\": \"0.00062132\", \"price\": 79715.39, \"price_str\": \"79715.39\", "
      + "\"type\": 0, \"microtimestamp\": \"1788551770815000\", \"buy_order_id\": 2046839997059073, "
      + "\"sell_order_id\": 2046839970762754}, \"channel\": \"live_trades_btcusd\", \"event\": \"trade\"}";

  /** Bitstamp's answer to our heartbeat. */
  public static final String BITSTAMP_HEARTBEAT =
      "{\"event\":\"bts:heartbeat\",\"channel\":\"\",\"data\":{\"status\":\"success\"}}";

  /** Bitstamp asking clients to reconnect. */
  public static final String BITSTAMP_RECONNECT = "{\"event\":\"bts:request_reconnect\",\"channel\":\"\",\"data\":{}}";

  /** A Bitstamp error. */
  public static final String BITSTAMP_ERROR =
      "{\"event\":\"bts:error\",\"channel\":\"\",\"data\":{\"code\":null,\"message\":\"Incorrect JSON format.\"}}";

  /** A Bitstamp live order event (a channel we do not subscribe to). */
  public static final String BITSTAMP_ORDER = "{\"data\": {\"id\": 1441935087595520, \"id_str\": "
      + "\"1441935087595520\", \"order_type\": 1, \"datetime\": \"1640869916\", \"microtimestamp\": "
      + "\"1640869915619000\", \"amount\": 2162.61269107, \"amount_str\": \"2162.61269107\", \"price\": 0.84604, "
      + "\"price_str\": \"0.84604\"}, \"channel\": \"live_orders_xrpusd\", \"event\": \"order_deleted\"}";

  /** A Bitstamp trade on {@code pair} (e.g. btcusd), strings and numbers as Bitstamp writes them. */
  public static String bitstampTrade(String pair, long id, String price, String amount, long microtimestamp) {
    return "{\"data\": {\"id\": " + id + ", \"timestamp\": \"" + (microtimestamp / 1_000_000L) + "\", \"amount\": "
        + amount + ", \"amount_str\": \"" + amount + "\", \"price\": " + price + ", \"price_str\": \"" + price
        + "\", \"type\": 1, \"microtimestamp\": \"" + microtimestamp + "\", \"buy_order_id\": " + (id * 3)
        + ", \"sell_order_id\": " + (id * 3 + 1) + "}, \"channel\": \"live_trades_" + pair.toLowerCase(Locale.ROOT)
        + "\", \"event\": \"trade\"}";
  }
}
