package dev.strike.ingest.spot.core;

import dev.strike.common.id.Asset;
import java.util.List;
import java.util.Optional;

/**
 * One exchange's WebSocket protocol for trade prints: what to send after connecting, what to send to keep the
 * connection alive, and what each received frame means. Pure and stateless: the same frame always parses to the
 * same {@link FeedMessage}. Thread-safe.
 */
public sealed interface SpotProtocol permits CoinbaseProtocol, KrakenProtocol, BitstampProtocol {
  /** The exchange. */
  Exchange exchange();

  /** The assets this protocol subscribes to, each against USD, in configuration order. */
  List<Asset> assets();

  /** The text frames to send, in order, right after the connection opens (and again after every reconnect). */
  List<String> subscribeMessages();

  /**
   * The frame that keeps the connection alive and proves the exchange still answers, sent periodically; empty
   * when the exchange sends heartbeats on its own.
   *
   * @param sequence 1, 2, … within one connection (Kraken echoes it as {@code req_id})
   */
  Optional<String> keepAlive(long sequence);

  /** What {@code frame} (one complete text frame) means. Never throws: a bad frame is {@link FeedMessage.Malformed}. */
  FeedMessage parse(String frame);
}
