package dev.strike.kalshi.ws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.json.DecodeException;
import dev.strike.common.json.StrikeJson;
import dev.strike.kalshi.wire.ws.ErrorMsg;
import dev.strike.kalshi.wire.ws.EventLifecycleMsg;
import dev.strike.kalshi.wire.ws.FillMsg;
import dev.strike.kalshi.wire.ws.MarketLifecycleMsg;
import dev.strike.kalshi.wire.ws.MarketPositionMsg;
import dev.strike.kalshi.wire.ws.OrderbookDeltaMsg;
import dev.strike.kalshi.wire.ws.OrderbookSnapshotMsg;
import dev.strike.kalshi.wire.ws.SubscribedMsg;
import dev.strike.kalshi.wire.ws.TickerMsg;
import dev.strike.kalshi.wire.ws.TradeMsg;
import dev.strike.kalshi.wire.ws.UserOrderMsg;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decodes server frames into {@link InboundMessage}s with the one Strike mapper. A frame may hold several messages,
 * one per line; blank lines (a frame's trailing newline) are skipped.
 *
 * <p>The envelope ({@code type}, {@code id}, {@code sid}, {@code seq}, {@code sending_ts_ms}) is read with the
 * streaming parser and {@code msg} is bound straight into its wire record (no tree, no intermediate map) because
 * {@code type} comes first on Kalshi's frames; when it does not, {@code msg} is read as a tree first. Any failure
 * becomes a value ({@link InboundMessage.Malformed}, or {@link InboundMessage.UnreadableBook} when an order-book
 * message's sid could still be read, so its book can be marked stale). Stateless and thread-safe.
 */
final class WsFrameDecoder {
  private WsFrameDecoder() {}

  private static final ObjectMapper MAPPER = StrikeJson.mapper();
  /**
   * The shared mapper's configuration, read as a sub-value: {@code msg} is followed by the rest of the envelope,
   * which the mapper's {@code FAIL_ON_TRAILING_TOKENS} would take for trailing garbage. The envelope itself is
   * checked for trailing content below.
   */
  private static final ObjectReader VALUE = MAPPER.reader()
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final ObjectReader SNAPSHOT = VALUE.forType(OrderbookSnapshotMsg.class);
  private static final ObjectReader DELTA = VALUE.forType(OrderbookDeltaMsg.class);
  private static final ObjectReader TICKER = VALUE.forType(TickerMsg.class);
  private static final ObjectReader TRADE = VALUE.forType(TradeMsg.class);
  private static final ObjectReader FILL = VALUE.forType(FillMsg.class);
  private static final ObjectReader USER_ORDER = VALUE.forType(UserOrderMsg.class);
  private static final ObjectReader MARKET_POSITION = VALUE.forType(MarketPositionMsg.class);
  private static final ObjectReader MARKET_LIFECYCLE = VALUE.forType(MarketLifecycleMsg.class);
  private static final ObjectReader EVENT_LIFECYCLE = VALUE.forType(EventLifecycleMsg.class);

  /** Decodes every non-blank line of {@code frame} into {@code out}, in order. */
  static void decodeFrame(byte[] frame, long tsInit, List<InboundMessage> out) {
    int start = 0;
    for (int i = 0; i <= frame.length; i++) {
      if (i == frame.length || frame[i] == '\n') {
        int end = i;
        if (end > start && frame[end - 1] == '\r') {
          end--;
        }
        if (!blank(frame, start, end)) {
          out.add(decode(frame, start, end - start, tsInit));
        }
        start = i + 1;
      }
    }
  }

  /** Decodes one message occupying {@code bytes[offset, offset + length)}. */
  static InboundMessage decode(byte[] bytes, int offset, int length, long tsInit) {
    String type = null;
    try (JsonParser p = MAPPER.getFactory().createParser(bytes, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("a message must be a JSON object");
      }
      long id = -1;
      long sid = -1;
      long seq = -1;
      long sendingTsMs = -1;
      Object msg = null;
      JsonNode buffered = null;
      JsonToken token;
      while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        switch (name) {
          case "type" -> type = text(p, value, "type");
          case "id" -> id = number(p, value, "id");
          case "sid" -> sid = number(p, value, "sid");
          case "seq" -> seq = number(p, value, "seq");
          case "sending_ts_ms" -> sendingTsMs = number(p, value, "sending_ts_ms");
          case "msg" -> {
            if (type != null) {
              msg = readMsg(type, p);
            } else {
              buffered = VALUE.readTree(p); // rare: msg before type
            }
          }
          default -> p.skipChildren();
        }
      }
      if (token != JsonToken.END_OBJECT) {
        throw new IllegalArgumentException("the message object is not closed");
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("content after the message object");
      }
      if (type == null) {
        throw new IllegalArgumentException("the message has no type");
      }
      if (buffered != null) {
        try (JsonParser replay = MAPPER.treeAsTokens(buffered)) {
          replay.nextToken();
          msg = readMsg(type, replay);
        }
      }
      return interpret(type, id, sid, seq, sendingTsMs, msg, bytes, offset, length, tsInit);
    } catch (IOException | IllegalArgumentException e) {
      return failed(type, bytes, offset, length, e, tsInit);
    }
  }

  private static @Nullable Object readMsg(String type, JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    return switch (type) {
      case "orderbook_snapshot" -> SNAPSHOT.readValue(p);
      case "orderbook_delta" -> DELTA.readValue(p);
      case "ticker" -> TICKER.readValue(p);
      case "trade" -> TRADE.readValue(p);
      case "fill" -> FILL.readValue(p);
      case "user_order" -> USER_ORDER.readValue(p);
      case "market_position" -> MARKET_POSITION.readValue(p);
      case "market_lifecycle_v2" -> MARKET_LIFECYCLE.readValue(p);
      case "event_lifecycle" -> EVENT_LIFECYCLE.readValue(p);
      case "subscribed", "unsubscribed", "ok", "error" -> VALUE.readTree(p);
      default -> {
        p.skipChildren();
        yield null;
      }
    };
  }

  private static InboundMessage interpret(String type, long id, long sid, long seq, long sendingTsMs,
      @Nullable Object msg, byte[] bytes, int offset, int length, long tsInit) throws JsonProcessingException {
    return switch (type) {
      case "orderbook_snapshot" -> new InboundMessage.Snapshot(WsPayloadMapper.snapshot(bookSid(sid, type),
          bookSeq(seq, type), body(msg, OrderbookSnapshotMsg.class, type), sendingTsMs, tsInit));
      case "orderbook_delta" -> new InboundMessage.Delta(WsPayloadMapper.delta(bookSid(sid, type),
          bookSeq(seq, type), body(msg, OrderbookDeltaMsg.class, type), sendingTsMs, tsInit));
      case "ticker" -> new InboundMessage.ChannelData(Channel.TICKER, sid, seq,
          WsPayloadMapper.ticker(body(msg, TickerMsg.class, type), sendingTsMs, tsInit));
      case "trade" -> new InboundMessage.ChannelData(Channel.TRADE, sid, seq,
          new TradePrint(WsPayloadMapper.trade(body(msg, TradeMsg.class, type), sendingTsMs, tsInit)));
      case "fill" -> new InboundMessage.ChannelData(Channel.FILL, sid, seq,
          WsPayloadMapper.fill(body(msg, FillMsg.class, type), sendingTsMs, tsInit));
      case "user_order" -> new InboundMessage.ChannelData(Channel.USER_ORDERS, sid, seq,
          WsPayloadMapper.userOrder(body(msg, UserOrderMsg.class, type), sendingTsMs, tsInit));
      case "market_position" -> new InboundMessage.ChannelData(Channel.MARKET_POSITIONS, sid, seq,
          WsPayloadMapper.marketPosition(body(msg, MarketPositionMsg.class, type), sendingTsMs, tsInit));
      case "market_lifecycle_v2" -> new InboundMessage.ChannelData(Channel.MARKET_LIFECYCLE_V2, sid, seq,
          WsPayloadMapper.marketLifecycle(body(msg, MarketLifecycleMsg.class, type), sendingTsMs, tsInit));
      case "event_lifecycle" -> new InboundMessage.ChannelData(Channel.MARKET_LIFECYCLE_V2, sid, seq,
          WsPayloadMapper.eventLifecycle(body(msg, EventLifecycleMsg.class, type), sendingTsMs, tsInit));
      case "subscribed" -> subscribed(id, sid, (JsonNode) msg);
      case "unsubscribed" -> new InboundMessage.Unsubscribed(id, sid, seq);
      case "ok" -> new InboundMessage.Ok(id, sid, seq, (JsonNode) msg);
      case "error" -> error(id, (JsonNode) msg);
      default -> new InboundMessage.Unknown(type, Arrays.copyOfRange(bytes, offset, offset + length));
    };
  }

  private static InboundMessage subscribed(long id, long envelopeSid, @Nullable JsonNode msg)
      throws JsonProcessingException {
    SubscribedMsg body = msg == null ? new SubscribedMsg(null, null) : MAPPER.treeToValue(msg, SubscribedMsg.class);
    // kalshi-api.md §11.6: the sid is in msg on the AsyncAPI page, on the envelope on another; read either
    long sid = body.sid() != null ? body.sid() : envelopeSid;
    if (sid <= 0) {
      throw new IllegalArgumentException("subscribed: no sid");
    }
    return new InboundMessage.Subscribed(id, body.channel(), sid);
  }

  private static InboundMessage error(long id, @Nullable JsonNode msg) throws JsonProcessingException {
    ErrorMsg body = msg == null ? new ErrorMsg(null, null, null, null) : MAPPER.treeToValue(msg, ErrorMsg.class);
    if (body.code() == null) {
      throw new IllegalArgumentException("error: code is missing");
    }
    MarketTicker market = body.marketTicker() == null || body.marketTicker().isEmpty() ? null
        : MarketTicker.of(body.marketTicker());
    return new InboundMessage.Error(Math.max(id, 0), body.code(), body.msg() == null ? "" : body.msg(), market);
  }

  private static <T> T body(@Nullable Object msg, Class<T> type, String messageType) {
    if (msg == null) {
      throw new IllegalArgumentException(messageType + ": msg is missing");
    }
    return type.cast(msg);
  }

  private static long bookSid(long sid, String type) {
    if (sid < 0) {
      throw new IllegalArgumentException(type + ": sid is missing");
    }
    return sid;
  }

  private static long bookSeq(long seq, String type) {
    if (seq < 0) {
      throw new IllegalArgumentException(type + ": seq is missing");
    }
    return seq;
  }

  /**
   * The failure as a value. For an order-book message the line is read again as a tree (the slow path, errors
   * only) to find its sid, seq and market, so that the sequencer can mark the right book stale.
   */
  private static InboundMessage failed(@Nullable String type, byte[] bytes, int offset, int length, Exception e,
      long tsInit) {
    String what = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    String prefix = "kalshi-ws " + (type == null ? "message" : type) + ": ";
    String message = what != null && type != null && what.startsWith(type) ? "kalshi-ws " + what : prefix + what;
    MalformedFrame frame = new MalformedFrame(Arrays.copyOfRange(bytes, offset, offset + length),
        new DecodeException(message, e), tsInit);
    JsonNode tree;
    try {
      tree = MAPPER.readTree(bytes, offset, length);
    } catch (IOException notJson) {
      return new InboundMessage.Malformed(frame);
    }
    if (tree == null || !tree.isObject()) {
      return new InboundMessage.Malformed(frame);
    }
    String treeType = tree.path("type").asText("");
    JsonNode sid = tree.get("sid");
    if (!(treeType.equals("orderbook_snapshot") || treeType.equals("orderbook_delta"))
        || sid == null || !sid.canConvertToExactIntegral() || sid.asLong() < 0) {
      return new InboundMessage.Malformed(frame);
    }
    JsonNode seq = tree.get("seq");
    long seqValue = seq != null && seq.canConvertToExactIntegral() && seq.asLong() >= 0 ? seq.asLong() : -1;
    return new InboundMessage.UnreadableBook(sid.asLong(), seqValue, marketOf(tree.path("msg")), frame);
  }

  private static @Nullable MarketTicker marketOf(JsonNode msg) {
    JsonNode ticker = msg.get("market_ticker");
    if (ticker == null || !ticker.isTextual()) {
      return null;
    }
    try {
      return MarketTicker.of(ticker.asText());
    } catch (IllegalArgumentException invalid) {
      return null; // not even the ticker is usable: the whole subscription is refreshed
    }
  }

  private static String text(JsonParser p, JsonToken token, String field) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException(field + " must be a string, got " + token);
    }
    return p.getText();
  }

  private static long number(JsonParser p, JsonToken token, String field) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return -1;
    }
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw new IllegalArgumentException(field + " must be an integer, got " + token);
    }
    long value = p.getLongValue();
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, got " + value);
    }
    return value;
  }

  private static boolean blank(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}
