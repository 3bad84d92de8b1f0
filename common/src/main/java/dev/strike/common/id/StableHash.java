package dev.strike.common.id;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Derivation of ids that must be the same across restarts and replays (ARCHITECTURE §2): a hash of the inputs,
 * never a random number or a clock read. Parts are length-prefixed before hashing, so {@code ("ab","c")} and
 * {@code ("a","bc")} differ. Thread-safe.
 */
public final class StableHash {
  private StableHash() {}

  /** 128 bits of SHA-256 over the length-prefixed UTF-8 parts, as 32 lower-case hex digits. */
  public static String hex128(String... parts) {
    byte[] digest = sha256(parts);
    return HexFormat.of().formatHex(digest, 0, 16);
  }

  /**
   * A name-based UUID, version 5 (RFC 9562 §5.5: SHA-1 of the namespace and the name), so the same name always
   * yields the same UUID.
   */
  public static UUID uuidV5(UUID namespace, String name) {
    MessageDigest sha1 = digest("SHA-1");
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    sha1.update(name.getBytes(StandardCharsets.UTF_8));
    byte[] hash = sha1.digest();
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bits.getLong(), bits.getLong());
  }

  private static byte[] sha256(String... parts) {
    MessageDigest sha = digest("SHA-256");
    ByteBuffer length = ByteBuffer.allocate(4);
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      length.clear();
      length.putInt(bytes.length);
      sha.update(length.array());
      sha.update(bytes);
    }
    return sha.digest();
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required by every Java platform", e);
    }
  }
}
