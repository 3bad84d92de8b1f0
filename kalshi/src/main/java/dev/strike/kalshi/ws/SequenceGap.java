package dev.strike.kalshi.ws;

/**
 * A sequenced channel other than the order book ({@code trade}, {@code market_lifecycle_v2}) skipped or repeated a
 * {@code seq}: messages were lost (or the counter broke). Nothing can be replayed over the WebSocket; a service can
 * fetch what it needs over REST (trades, the market). Order-book gaps are {@code BookGap}s instead.
 *
 * @param channel the channel
 * @param sid the subscription
 * @param expectedSeq the seq that should have come
 * @param receivedSeq the seq that came
 */
public record SequenceGap(Channel channel, long sid, long expectedSeq, long receivedSeq, long tsInit)
    implements KalshiWsEvent {
  /** Validates presence. */
  public SequenceGap {
    Checks.present(channel, "channel");
    Checks.notNegative(sid, "sid");
    Checks.notNegative(expectedSeq, "expectedSeq");
    Checks.notNegative(receivedSeq, "receivedSeq");
    Checks.notNegative(tsInit, "tsInit");
  }
}
