package dev.strike.ingest.spot.core;

import dev.strike.common.id.Asset;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one WebSocket frame from an exchange means to a feed. Every frame parses into exactly one of these; a frame
 * that cannot be understood is a {@link Malformed} value, never an exception. Immutable.
 */
public sealed interface FeedMessage {

  /** Trade prints, in the order the exchange sent them (possibly none, e.g. an empty snapshot). */
  record Trades(List<TradePrint> prints) implements FeedMessage {
    /** Copies the list. */
    public Trades {
      prints = List.copyOf(prints);
    }
  }

  /** The exchange confirmed trade subscriptions for these assets. */
  record Subscribed(List<Asset> assets) implements FeedMessage {
    /** Copies the list. */
    public Subscribed {
      assets = List.copyOf(assets);
    }
  }

  /**
   * The exchange refused a subscription.
   *
   * @param asset the asset refused, null when the exchange did not say which
   * @param reason the exchange's words
   */
  record SubscriptionRejected(@Nullable Asset asset, String reason) implements FeedMessage {
    /** Checks the reason is present. */
    public SubscriptionRejected {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Proof of life without data: a heartbeat or the answer to our ping. */
  record Heartbeat() implements FeedMessage {}

  /** Information worth a log line and nothing else (e.g. Kraken's system status), in the exchange's words. */
  record Notice(String text) implements FeedMessage {
    /** Checks the text is present. */
    public Notice {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The exchange reported an error that is not about one subscription. */
  record ExchangeError(String message) implements FeedMessage {
    /** Checks the message is present. */
    public ExchangeError {
      Objects.requireNonNull(message, "message");
    }
  }

  /** The exchange asked us to reconnect (Bitstamp does before maintenance); the feed reconnects at once. */
  record ReconnectRequested(String reason) implements FeedMessage {
    /** Checks the reason is present. */
    public ReconnectRequested {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A known message the feed does not use (an unsubscribe ack, a pair we did not ask for). */
  record Ignored(String type) implements FeedMessage {
    /** Checks the type is present. */
    public Ignored {
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * A well-formed message of a type this parser does not know; logged once per type and ignored.
   *
   * @param type the exchange's type name, prefixed where the exchange has several kinds of name
   *     ({@code channel:ticker}, {@code event:order_created})
   */
  record Unknown(String type) implements FeedMessage {
    /** Checks the type is present. */
    public Unknown {
      Objects.requireNonNull(type, "type");
    }
  }

  /** A frame that is not valid JSON or lacks what its type requires; it goes to {@code dlq} with the reason. */
  record Malformed(String reason) implements FeedMessage {
    /** Checks the reason is present. */
    public Malformed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
