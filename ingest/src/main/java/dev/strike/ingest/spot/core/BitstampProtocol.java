package dev.strike.ingest.spot.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.id.Asset;
import dev.strike.common.json.StrikeJson;
import dev.strike.ingest.spot.core.FeedMessage.ExchangeError;
import dev.strike.ingest.spot.core.FeedMessage.Heartbeat;
import dev.strike.ingest.spot.core.FeedMessage.Ignored;
import dev.strike.ingest.spot.core.FeedMessage.Malformed;
import dev.strike.ingest.spot.core.FeedMessage.ReconnectRequested;
import dev.strike.ingest.spot.core.FeedMessage.Subscribed;
import dev.strike.ingest.spot.core.FeedMessage.Trades;
import dev.strike.ingest.spot.core.FeedMessage.Unknown;
import dev.strike.ingest.spot.core.WireJson.FrameProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bitstamp WebSocket API v2 ({@code wss://ws.bitstamp.net}), public {@code live_trades_<pair>} channels, one per
 * asset; pairs are {@code <asset>usd} in lower case.
 *
 * <pre>{@code
 * → {"event":"bts:subscribe","data":{"channel":"live_trades_btcusd"}}
 * ← {"event":"bts:subscription_succeeded","channel":"live_trades_btcusd","data":{}}
 * ← {"event":"trade","channel":"live_trades_btcusd","data":{"id":95330837,"timestamp":"1565268956",
 *    "amount":0.25381784,"amount_str":"0.25381784","price":11801.15,"price_str":"11801.15","type":1,
 *    "microtimestamp":"1565268956596198","buy_order_id":3919329830,"sell_order_id":3919330463}}
 * → {"event":"bts:heartbeat"}   ← {"event":"bts:heartbeat","channel":"","data":{"status":"success"}}
 * ← {"event":"bts:request_reconnect","channel":"","data":{}}
 * ← {"event":"bts:error","channel":"","data":{"code":null,"message":"Incorrect JSON format."}}
 * }</pre>
 *
 * <p>Prices and sizes come from {@code price_str} and {@code amount_str} (the exchange's exact text; the plain
 * {@code price}/{@code amount} numbers are the fallback), times from {@code microtimestamp} (falling back to the
 * whole-second {@code timestamp}). Bitstamp sends nothing on a quiet channel, so the feed sends
 * {@code bts:heartbeat} to prove the connection is alive.
 */
public final class BitstampProtocol implements SpotProtocol {
  private static final String CHANNEL_PREFIX = "live_trades_";

  private final Pairs pairs;

  /** The protocol for {@code assets}, at least one, no repeats. */
  public BitstampProtocol(List<Asset> assets) {
    this.pairs = new Pairs(assets, asset -> asset.symbol().toLowerCase(Locale.ROOT) + "usd");
  }

  @Override
  public Exchange exchange() {
    return Exchange.BITSTAMP;
  }

  @Override
  public List<Asset> assets() {
    return pairs.assets();
  }

  @Override
  public List<String> subscribeMessages() {
    List<String> messages = new ArrayList<>();
    for (String pair : pairs.symbols()) {
      ObjectNode subscribe = StrikeJson.mapper().createObjectNode();
      subscribe.put("event", "bts:subscribe");
      subscribe.putObject("data").put("channel", CHANNEL_PREFIX + pair);
      messages.add(subscribe.toString());
    }
    return List.copyOf(messages);
  }

  /** {@code {"event":"bts:heartbeat"}}, answered with a heartbeat. */
  @Override
  public Optional<String> keepAlive(long sequence) {
    return Optional.of("{\"event\":\"bts:heartbeat\"}");
  }

  @Override
  public FeedMessage parse(String frame) {
    try {
      ObjectNode message = WireJson.object(frame);
      String event = WireJson.text(message, "event");
      return switch (event) {
        case "trade" -> trade(message);
        case "bts:subscription_succeeded" -> subscribed(message);
        case "bts:heartbeat" -> new Heartbeat();
        case "bts:request_reconnect" -> new ReconnectRequested("the exchange sent bts:request_reconnect");
        case "bts:error" -> new ExchangeError(errorText(message));
        case "bts:unsubscription_succeeded" -> new Ignored("event:" + event);
        default -> new Unknown("event:" + event);
      };
    } catch (FrameProblem | IllegalArgumentException e) {
      return new Malformed(e.getMessage());
    }
  }

  private FeedMessage trade(ObjectNode message) throws FrameProblem {
    String channel = WireJson.text(message, "channel");
    Asset asset = assetOf(channel);
    if (asset == null) {
      return new Ignored("trade on " + channel);
    }
    ObjectNode data = WireJson.object(message, "data");
    BigDecimal price = WireJson.decimal(data, data.has("price_str") ? "price_str" : "price");
    BigDecimal size = WireJson.decimal(data, data.has("amount_str") ? "amount_str" : "amount");
    long tsEvent = data.has("microtimestamp")
        ? WireJson.scaledNanos(data, "microtimestamp", 1_000L)
        : WireJson.scaledNanos(data, "timestamp", 1_000_000_000L);
    return new Trades(List.of(new TradePrint(asset, price, size, tsEvent, WireJson.optionalLong(data, "id"))));
  }

  private FeedMessage subscribed(ObjectNode message) throws FrameProblem {
    String channel = WireJson.text(message, "channel");
    Asset asset = assetOf(channel);
    return asset == null ? new Ignored("subscription to " + channel) : new Subscribed(List.of(asset));
  }

  private static String errorText(ObjectNode message) {
    JsonNode data = message.get("data");
    String text = data == null ? null : WireJson.optionalText(data, "message");
    JsonNode code = data == null ? null : data.get("code");
    return (text == null ? "bts:error" : text)
        + (code == null || code.isNull() ? "" : " (code " + code.asText() + ")");
  }

  private @Nullable Asset assetOf(String channel) {
    return channel.startsWith(CHANNEL_PREFIX) ? pairs.assetOf(channel.substring(CHANNEL_PREFIX.length())) : null;
  }
}
