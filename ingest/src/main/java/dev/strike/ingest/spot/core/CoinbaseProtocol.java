package dev.strike.ingest.spot.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.id.Asset;
import dev.strike.common.json.StrikeJson;
import dev.strike.ingest.spot.core.FeedMessage.ExchangeError;
import dev.strike.ingest.spot.core.FeedMessage.Heartbeat;
import dev.strike.ingest.spot.core.FeedMessage.Ignored;
import dev.strike.ingest.spot.core.FeedMessage.Malformed;
import dev.strike.ingest.spot.core.FeedMessage.Subscribed;
import dev.strike.ingest.spot.core.FeedMessage.SubscriptionRejected;
import dev.strike.ingest.spot.core.FeedMessage.Trades;
import dev.strike.ingest.spot.core.FeedMessage.Unknown;
import dev.strike.ingest.spot.core.WireJson.FrameProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Coinbase Exchange WebSocket feed ({@code wss://ws-feed.exchange.coinbase.com}), public {@code matches} and
 * {@code heartbeat} channels. Products are {@code <ASSET>-USD}.
 *
 * <pre>{@code
 * → {"type":"subscribe","product_ids":["BTC-USD"],"channels":["matches","heartbeat"]}
 * ← {"type":"subscriptions","channels":[{"name":"matches","product_ids":["BTC-USD"]},{"name":"heartbeat",...}]}
 * ← {"type":"last_match","trade_id":10,"sequence":50,"maker_order_id":"…","taker_order_id":"…",
 *    "time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","size":"5.23512","price":"400.23","side":"sell"}
 * ← {"type":"match", … same fields …}
 * ← {"type":"heartbeat","sequence":90,"last_trade_id":20,"product_id":"BTC-USD","time":"2014-11-07T08:19:28.464459Z"}
 * ← {"type":"error","message":"Failed to subscribe","reason":"ABC-USD is not a valid product"}
 * }</pre>
 *
 * <p>{@code last_match} (sent once per product on subscribing) is a real, possibly old print and is read like a
 * {@code match}; its {@code time} keeps it honest for staleness. Prices and sizes are strings, read exactly.
 */
public final class CoinbaseProtocol implements SpotProtocol {
  private final Pairs pairs;

  /** The protocol for {@code assets}, at least one, no repeats. */
  public CoinbaseProtocol(List<Asset> assets) {
    this.pairs = new Pairs(assets, asset -> asset.symbol() + "-USD");
  }

  @Override
  public Exchange exchange() {
    return Exchange.COINBASE;
  }

  @Override
  public List<Asset> assets() {
    return pairs.assets();
  }

  @Override
  public List<String> subscribeMessages() {
    ObjectNode subscribe = StrikeJson.mapper().createObjectNode();
    subscribe.put("type", "subscribe");
    pairs.symbols().forEach(subscribe.putArray("product_ids")::add);
    subscribe.putArray("channels").add("matches").add("heartbeat");
    return List.of(subscribe.toString());
  }

  /** None: the {@code heartbeat} channel sends one message per product every second. */
  @Override
  public Optional<String> keepAlive(long sequence) {
    return Optional.empty();
  }

  @Override
  public FeedMessage parse(String frame) {
    try {
      ObjectNode message = WireJson.object(frame);
      String type = WireJson.text(message, "type");
      return switch (type) {
        case "match", "last_match" -> match(message);
        case "heartbeat" -> new Heartbeat();
        case "subscriptions" -> subscriptions(message);
        case "error" -> error(message);
        default -> new Unknown(type);
      };
    } catch (FrameProblem | IllegalArgumentException e) {
      return new Malformed(e.getMessage());
    }
  }

  private FeedMessage match(ObjectNode message) throws FrameProblem {
    String product = WireJson.text(message, "product_id");
    Asset asset = pairs.assetOf(product);
    if (asset == null) {
      return new Ignored("match for " + product);
    }
    return new Trades(List.of(new TradePrint(asset, WireJson.decimal(message, "price"),
        WireJson.decimal(message, "size"), WireJson.isoNanos(message, "time"),
        WireJson.optionalLong(message, "trade_id"))));
  }

  private FeedMessage subscriptions(ObjectNode message) throws FrameProblem {
    List<Asset> subscribed = new ArrayList<>();
    for (JsonNode channel : WireJson.array(message, "channels")) {
      if (!"matches".equals(WireJson.text(channel, "name"))) {
        continue;
      }
      for (JsonNode product : WireJson.array(channel, "product_ids")) {
        Asset asset = product.isTextual() ? pairs.assetOf(product.textValue()) : null;
        if (asset != null && !subscribed.contains(asset)) {
          subscribed.add(asset);
        }
      }
    }
    return new Subscribed(subscribed);
  }

  private FeedMessage error(ObjectNode message) {
    String text = WireJson.optionalText(message, "message");
    String reason = WireJson.optionalText(message, "reason");
    String said = (text == null ? "error" : text) + (reason == null ? "" : ": " + reason);
    Asset asset = reason == null ? null : mentioned(reason);
    if (asset != null || "Failed to subscribe".equalsIgnoreCase(text)) {
      return new SubscriptionRejected(asset, said);
    }
    return new ExchangeError(said);
  }

  private @Nullable Asset mentioned(String reason) {
    for (String symbol : pairs.symbols()) {
      if (reason.contains(symbol)) {
        return pairs.assetOf(symbol);
      }
    }
    return null;
  }
}
