package dev.strike.kalshi.auth;

import java.security.PrivateKey;
import java.util.Objects;

/**
 * A Kalshi API key: its id and its private key. The private key never leaves this object except to sign; its
 * {@link #toString()} shows the key id only, so credentials can't leak into a log by accident.
 */
public final class KalshiCredentials {
  private final String keyId;
  private final PrivateKey privateKey;
  private final KeyType type;

  /**
   * Credentials of key {@code keyId}.
   *
   * @throws IllegalArgumentException if the key id is blank or the key's algorithm is not RSA or Ed25519
   */
  public KalshiCredentials(String keyId, PrivateKey privateKey) {
    if (keyId == null || keyId.isBlank()) {
      throw new IllegalArgumentException("a Kalshi key id is required");
    }
    this.keyId = keyId.trim();
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.type = switch (privateKey.getAlgorithm()) {
      case "RSA" -> KeyType.RSA;
      case "Ed25519", "EdDSA" -> KeyType.ED25519;
      default -> throw new IllegalArgumentException("Kalshi keys are RSA or Ed25519, got "
          + privateKey.getAlgorithm());
    };
  }

  /** The key id sent as {@code KALSHI-ACCESS-KEY}. */
  public String keyId() {
    return keyId;
  }

  /** RSA or Ed25519. */
  public KeyType type() {
    return type;
  }

  /** The private key, for {@link KalshiSigner} only. */
  PrivateKey privateKey() {
    return privateKey;
  }

  @Override
  public String toString() {
    return "KalshiCredentials[keyId=" + keyId + ", type=" + type + ", privateKey=<redacted>]";
  }
}
