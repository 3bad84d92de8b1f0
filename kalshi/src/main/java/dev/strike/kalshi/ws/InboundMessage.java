package dev.strike.kalshi.ws;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.id.MarketTicker;
import org.jspecify.annotations.Nullable;

/** One decoded server message, before the session acts on it. Numbers absent on the wire are -1. */
sealed interface InboundMessage {

  /** An {@code orderbook_snapshot}. */
  record Snapshot(BookSnapshot snapshot) implements InboundMessage {}

  /** An {@code orderbook_delta}. */
  record Delta(BookDelta delta) implements InboundMessage {}

  /** An order-book message whose envelope was read but whose content was refused. */
  record UnreadableBook(long sid, long seq, @Nullable MarketTicker market, MalformedFrame frame)
      implements InboundMessage {}

  /** A message of another channel, already typed. */
  record ChannelData(Channel channel, long sid, long seq, KalshiWsEvent event) implements InboundMessage {}

  /** {@code subscribed}: one channel of a subscribe command is live. */
  record Subscribed(long id, @Nullable String channel, long sid) implements InboundMessage {}

  /** {@code unsubscribed}. */
  record Unsubscribed(long id, long sid, long seq) implements InboundMessage {}

  /** {@code ok} (to update_subscription or list_subscriptions); {@code msg} is interpreted by the command. */
  record Ok(long id, long sid, long seq, @Nullable JsonNode msg) implements InboundMessage {}

  /** {@code error}. */
  record Error(long id, int code, String message, @Nullable MarketTicker market) implements InboundMessage {}

  /** Undecodable. */
  record Malformed(MalformedFrame frame) implements InboundMessage {}

  /** A message type this client does not decode. */
  record Unknown(String type, byte[] raw) implements InboundMessage {}
}
