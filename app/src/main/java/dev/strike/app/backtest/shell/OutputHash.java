package dev.strike.app.backtest.shell;

import dev.strike.common.event.StrikeEvent;
import dev.strike.common.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over everything a backtest produced: every output event as its JSON (the bytes a topic would carry), then
 * every report file's name and bytes, in a fixed order. Two runs agree on it exactly when they agree byte for byte.
 */
public final class OutputHash {
  private static final JsonCodec<StrikeEvent> CODEC = JsonCodec.of(StrikeEvent.class);

  private final MessageDigest digest;

  /** An empty hash. */
  public OutputHash() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** Adds one output event. */
  public OutputHash add(StrikeEvent event) {
    digest.update(CODEC.encode(event));
    digest.update((byte) '\n');
    return this;
  }

  /** Adds one named file's bytes. */
  public OutputHash add(String name, byte[] bytes) {
    digest.update(name.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(bytes);
    return this;
  }

  /** The hash in lower-case hex (the digest is finished: add nothing after). */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
