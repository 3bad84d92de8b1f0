package dev.strike.ingest.spot.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.id.Asset;
import dev.strike.common.json.StrikeJson;
import dev.strike.ingest.spot.core.FeedMessage.ExchangeError;
import dev.strike.ingest.spot.core.FeedMessage.Heartbeat;
import dev.strike.ingest.spot.core.FeedMessage.Ignored;
import dev.strike.ingest.spot.core.FeedMessage.Malformed;
import dev.strike.ingest.spot.core.FeedMessage.Notice;
import dev.strike.ingest.spot.core.FeedMessage.Subscribed;
import dev.strike.ingest.spot.core.FeedMessage.SubscriptionRejected;
import dev.strike.ingest.spot.core.FeedMessage.Trades;
import dev.strike.ingest.spot.core.FeedMessage.Unknown;
import dev.strike.ingest.spot.core.WireJson.FrameProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kraken spot WebSocket API v2 ({@code wss://ws.kraken.com/v2}), public {@code trade} channel. Symbols are
 * {@code <ASSET>/USD} (v2 spells Bitcoin {@code BTC}, not v1's {@code XBT}).
 *
 * <pre>{@code
 * ← {"channel":"status","type":"update","data":[{"api_version":"v2","connection_id":…,"system":"online",
 *    "version":"2.0.7"}]}
 * → {"method":"subscribe","params":{"channel":"trade","symbol":["BTC/USD"],"snapshot":true},"req_id":1}
 * ← {"method":"subscribe","result":{"channel":"trade","snapshot":true,"symbol":"BTC/USD"},"success":true,
 *    "time_in":"…","time_out":"…","req_id":1}                           (one per symbol)
 * ← {"error":"Currency pair not supported XYZ/USD","method":"subscribe","success":false,"symbol":"XYZ/USD",…}
 * ← {"channel":"trade","type":"snapshot"|"update","data":[{"symbol":"BTC/USD","side":"buy","price":68580.0,
 *    "qty":0.14225864,"ord_type":"limit","trade_id":72166031,"timestamp":"2024-07-27T21:16:00.512060Z"}]}
 * ← {"channel":"heartbeat"}                                             (about once a second while subscribed)
 * → {"method":"ping","req_id":7}   ← {"method":"pong","req_id":7,"time_in":"…","time_out":"…"}
 * }</pre>
 *
 * <p>Prices and quantities are JSON numbers; they are read from their text, exactly ({@code 68580.0} stays
 * {@code 68580.0}). The snapshot (the last 50 trades) is requested so that a reconnect fills what was missed; the
 * feed drops the trades it already published by {@code trade_id}.
 */
public final class KrakenProtocol implements SpotProtocol {
  /** The {@code req_id} of the subscribe request; pings use 1, 2, … and never collide with acks by method. */
  static final int SUBSCRIBE_REQ_ID = 1;

  private final Pairs pairs;

  /** The protocol for {@code assets}, at least one, no repeats. */
  public KrakenProtocol(List<Asset> assets) {
    this.pairs = new Pairs(assets, asset -> asset.symbol() + "/USD");
  }

  @Override
  public Exchange exchange() {
    return Exchange.KRAKEN;
  }

  @Override
  public List<Asset> assets() {
    return pairs.assets();
  }

  @Override
  public List<String> subscribeMessages() {
    ObjectNode subscribe = StrikeJson.mapper().createObjectNode();
    subscribe.put("method", "subscribe");
    ObjectNode params = subscribe.putObject("params");
    params.put("channel", "trade");
    pairs.symbols().forEach(params.putArray("symbol")::add);
    params.put("snapshot", true);
    subscribe.put("req_id", SUBSCRIBE_REQ_ID);
    return List.of(subscribe.toString());
  }

  /** {@code {"method":"ping","req_id":n}}, answered with a pong. */
  @Override
  public Optional<String> keepAlive(long sequence) {
    ObjectNode ping = StrikeJson.mapper().createObjectNode();
    ping.put("method", "ping");
    ping.put("req_id", sequence);
    return Optional.of(ping.toString());
  }

  @Override
  public FeedMessage parse(String frame) {
    try {
      ObjectNode message = WireJson.object(frame);
      if (message.has("method")) {
        String method = WireJson.text(message, "method");
        return switch (method) {
          case "subscribe" -> subscribeAck(message);
          case "pong" -> new Heartbeat();
          case "unsubscribe" -> new Ignored("method:unsubscribe");
          default -> new Unknown("method:" + method);
        };
      }
      if (message.has("channel")) {
        String channel = WireJson.text(message, "channel");
        return switch (channel) {
          case "heartbeat" -> new Heartbeat();
          case "status" -> status(message);
          case "trade" -> trades(message);
          default -> new Unknown("channel:" + channel);
        };
      }
      if (message.has("error")) {
        return new ExchangeError(WireJson.text(message, "error"));
      }
      return new Malformed("neither method nor channel nor error");
    } catch (FrameProblem | IllegalArgumentException e) {
      return new Malformed(e.getMessage());
    }
  }

  private FeedMessage subscribeAck(ObjectNode message) throws FrameProblem {
    JsonNode success = message.get("success");
    if (success == null || !success.isBoolean()) {
      throw new FrameProblem("success must be true or false");
    }
    JsonNode result = message.get("result");
    String symbol = WireJson.optionalText(message, "symbol");
    if (symbol == null && result != null) {
      symbol = WireJson.optionalText(result, "symbol");
    }
    Asset asset = symbol == null ? null : pairs.assetOf(symbol);
    if (!success.booleanValue()) {
      String error = WireJson.optionalText(message, "error");
      return new SubscriptionRejected(asset, error == null ? "subscription refused" : error);
    }
    if (result == null || !"trade".equals(WireJson.optionalText(result, "channel"))) {
      return new Ignored("subscribe ack for another channel");
    }
    if (asset == null) {
      return new Ignored("subscribe ack for " + symbol);
    }
    return new Subscribed(List.of(asset));
  }

  private FeedMessage status(ObjectNode message) throws FrameProblem {
    JsonNode data = WireJson.array(message, "data");
    StringBuilder text = new StringBuilder("status");
    for (JsonNode item : data) {
      String system = WireJson.optionalText(item, "system");
      String version = WireJson.optionalText(item, "version");
      text.append(": system ").append(system == null ? "unknown" : system);
      if (version != null) {
        text.append(", version ").append(version);
      }
    }
    return new Notice(text.toString());
  }

  private FeedMessage trades(ObjectNode message) throws FrameProblem {
    WireJson.text(message, "type"); // snapshot or update: both are prints, deduplicated by trade_id downstream
    List<TradePrint> prints = new ArrayList<>();
    List<String> foreign = new ArrayList<>();
    for (JsonNode trade : WireJson.array(message, "data")) {
      if (!trade.isObject()) {
        throw new FrameProblem("data must hold trade objects, got " + trade.getNodeType());
      }
      String symbol = WireJson.text(trade, "symbol");
      Asset asset = pairs.assetOf(symbol);
      if (asset == null) {
        foreign.add(symbol);
        continue;
      }
      prints.add(new TradePrint(asset, WireJson.decimal(trade, "price"), WireJson.decimal(trade, "qty"),
          WireJson.isoNanos(trade, "timestamp"), WireJson.optionalLong(trade, "trade_id")));
    }
    if (prints.isEmpty() && !foreign.isEmpty()) {
      return new Ignored("trade for " + String.join(",", foreign));
    }
    return new Trades(prints);
  }
}
