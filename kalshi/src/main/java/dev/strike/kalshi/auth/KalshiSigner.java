package dev.strike.kalshi.auth;

import dev.strike.common.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * Signs Kalshi requests (kalshi-api.md §2): the text {@code timestamp + METHOD + path}, where {@code path} is the
 * URL path from the root including {@code /trade-api/v2} and without the query, signed with RSASSA-PSS (SHA-256,
 * MGF1 SHA-256, salt 32) for RSA keys or Ed25519 for Ed25519 keys, Base64 with padding. The WebSocket upgrade signs
 * {@code GET /trade-api/ws/v2}. Thread-safe (a new {@link Signature} per call).
 */
public final class KalshiSigner {
  /** The PSS parameters Kalshi requires; PKCS#1 v1.5 is rejected by the exchange. */
  public static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32,
      1);

  private final KalshiCredentials credentials;
  private final Clock clock;

  /** A signer for {@code credentials}, taking the timestamp from {@code clock}. */
  public KalshiSigner(KalshiCredentials credentials, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The key id these headers carry. */
  public String keyId() {
    return credentials.keyId();
  }

  /**
   * The headers for a request, timestamped now.
   *
   * @param method the HTTP method, any case
   * @param pathAndQuery the request path from the root, with or without {@code ?query} (the query is not signed)
   */
  public AuthHeaders sign(String method, String pathAndQuery) {
    return sign(clock.nowNs() / 1_000_000L, method, pathAndQuery);
  }

  /** The headers for a request at {@code timestampMs}. */
  public AuthHeaders sign(long timestampMs, String method, String pathAndQuery) {
    String text = textToSign(timestampMs, method, pathAndQuery);
    try {
      Signature signature = newSignature(credentials.type());
      signature.initSign(credentials.privateKey());
      signature.update(text.getBytes(StandardCharsets.UTF_8));
      return new AuthHeaders(credentials.keyId(), timestampMs,
          Base64.getEncoder().encodeToString(signature.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a Kalshi request with key " + credentials.keyId() + ": "
          + e.getMessage(), e);
    }
  }

  /** {@code timestamp + METHOD + path}, the path without its query. */
  public static String textToSign(long timestampMs, String method, String pathAndQuery) {
    int query = pathAndQuery.indexOf('?');
    String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("the signed path starts at the root, e.g. /trade-api/v2/..., got " + path);
    }
    return timestampMs + method.toUpperCase(Locale.ROOT) + path;
  }

  /** A {@link Signature} configured for {@code type}: RSASSA-PSS with Kalshi's parameters, or Ed25519. */
  public static Signature newSignature(KeyType type) throws GeneralSecurityException {
    if (type == KeyType.ED25519) {
      return Signature.getInstance("Ed25519");
    }
    Signature signature = Signature.getInstance("RSASSA-PSS");
    signature.setParameter(PSS);
    return signature;
  }
}
