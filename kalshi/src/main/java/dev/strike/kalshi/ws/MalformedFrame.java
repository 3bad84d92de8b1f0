package dev.strike.kalshi.ws;

import dev.strike.common.json.DecodeException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A message that could not be decoded: not JSON, no {@code type}, a missing or refused field (a price off
 * {@code $0–$1}, a count with three decimals, …). The feed goes on; a service counts it and dead-letters
 * {@link #raw()} with {@link #error()} ({@code ErrorClassifier} classifies a {@code DecodeException} as
 * {@code decode}). When it was an order-book message the sequencer also treats its book as stale.
 *
 * @param raw the message's bytes (one line of the frame, without the line end)
 * @param error what was wrong, naming the field
 */
public record MalformedFrame(byte[] raw, DecodeException error, long tsInit) implements KalshiWsEvent {
  /** Validates presence and copies the bytes. */
  public MalformedFrame {
    Checks.present(raw, "raw");
    Checks.present(error, "error");
    Checks.notNegative(tsInit, "tsInit");
    raw = raw.clone();
  }

  /** A copy of the raw bytes. */
  @Override
  public byte[] raw() {
    return raw.clone();
  }

  /** The raw bytes as UTF-8 text, for logs. */
  public String rawText() {
    return new String(raw, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MalformedFrame m && Arrays.equals(raw, m.raw) && error.equals(m.error)
        && tsInit == m.tsInit;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(raw) + error.hashCode()) + Long.hashCode(tsInit);
  }

  @Override
  public String toString() {
    return "MalformedFrame[raw=" + raw.length + " bytes, error=" + error.getMessage() + ", tsInit=" + tsInit + "]";
  }
}
