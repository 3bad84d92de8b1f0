package dev.strike.kalshi.ws.core;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tracks {@code seq} per subscription for the sequenced channels other than the order book ({@code trade},
 * {@code market_lifecycle_v2}): there is nothing to resynchronise (a missed trade print or lifecycle message can only
 * be fetched over REST), so a break is only reported, and the counter re-anchors on the message that revealed it.
 * Not thread-safe: one connection's messages are checked on one thread at a time.
 */
public final class ChannelSequencer {
  private final Map<Long, long[]> nextSeq = new HashMap<>();

  /**
   * Checks one message.
   *
   * @return null when {@code seq} is the next one of {@code sid} (or the first seen), else the break
   */
  public @Nullable SeqBreak onMessage(long sid, long seq) {
    long[] next = nextSeq.get(sid);
    if (next == null) {
      nextSeq.put(sid, new long[] {seq + 1});
      return null;
    }
    long expected = next[0];
    next[0] = seq + 1;
    return seq == expected ? null : new SeqBreak(sid, expected, seq);
  }

  /**
   * A command response carrying the sid's seq: accepted as an echo of the last seq or as having taken the next
   * one (see {@link BookSequencer#onCommandSeq}).
   *
   * @return the break when the response's seq shows missed messages, else null
   */
  public @Nullable SeqBreak onCommandSeq(long sid, long seq) {
    long[] next = nextSeq.get(sid);
    if (next == null || seq < next[0]) {
      return null;
    }
    long expected = next[0];
    next[0] = seq + 1;
    return seq == expected ? null : new SeqBreak(sid, expected, seq);
  }

  /** Forgets {@code sid} (unsubscribed). */
  public void forget(long sid) {
    nextSeq.remove(sid);
  }

  /** Forgets every sid (a new connection). */
  public void reset() {
    nextSeq.clear();
  }

  /**
   * A message of {@code sid} did not carry the next seq.
   *
   * @param expected the seq that should have come
   * @param received the seq that came (below {@code expected} when the counter went backwards)
   */
  public record SeqBreak(long sid, long expected, long received) {}
}
