package dev.strike.kalshi.testing;

import dev.strike.kalshi.auth.AuthHeaders;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.auth.KeyType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

/**
 * What the exchange does with a request's headers, for the local test servers: checks the key id, the timestamp
 * window and the RSA-PSS (or Ed25519) signature of {@code timestamp + METHOD + path} with the public key. Answers
 * with the reason it would reject, as Kalshi's 401 bodies name it.
 */
public final class SignatureVerifier {
  private final String keyId;
  private final PublicKey publicKey;
  private final KeyType type;
  private final long maxSkewMs;

  /** A verifier accepting {@code keyId} signed by the private half of {@code publicKey}, ±10 s of skew. */
  public SignatureVerifier(String keyId, PublicKey publicKey) {
    this(keyId, publicKey, 10_000);
  }

  /** A verifier with another accepted clock skew. */
  public SignatureVerifier(String keyId, PublicKey publicKey, long maxSkewMs) {
    this.keyId = keyId;
    this.publicKey = publicKey;
    this.type = publicKey.getAlgorithm().equals("RSA") ? KeyType.RSA : KeyType.ED25519;
    this.maxSkewMs = maxSkewMs;
  }

  /** A verifier for the test RSA key. */
  public static SignatureVerifier forTestRsaKey() {
    return new SignatureVerifier(TestKeys.KEY_ID, TestKeys.rsa().getPublic());
  }

  /**
   * Checks one request.
   *
   * @param key the {@code KALSHI-ACCESS-KEY} header, or null
   * @param timestamp the {@code KALSHI-ACCESS-TIMESTAMP} header, or null
   * @param signature the {@code KALSHI-ACCESS-SIGNATURE} header, or null
   * @param method the HTTP method
   * @param path the request path (a query is ignored)
   * @param nowMs the server's time
   * @return empty if accepted, else Kalshi's error code for the rejection
   */
  public Optional<String> reject(String key, String timestamp, String signature, String method, String path,
      long nowMs) {
    if (key == null || timestamp == null || signature == null) {
      return Optional.of("missing_authentication_headers");
    }
    if (!key.equals(keyId)) {
      return Optional.of("INCORRECT_API_KEY");
    }
    long ts;
    try {
      ts = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      return Optional.of("header_timestamp_invalid");
    }
    if (Math.abs(nowMs - ts) > maxSkewMs) {
      return Optional.of("header_timestamp_expired");
    }
    try {
      Signature verify = KalshiSigner.newSignature(type);
      verify.initVerify(publicKey);
      verify.update(KalshiSigner.textToSign(ts, method, path).getBytes(StandardCharsets.UTF_8));
      return verify.verify(Base64.getDecoder().decode(signature)) ? Optional.empty()
          : Optional.of("INCORRECT_API_KEY_SIGNATURE");
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.of("INCORRECT_API_KEY_SIGNATURE");
    }
  }

  /** {@link #reject} for headers built by {@link KalshiSigner}. */
  public Optional<String> reject(AuthHeaders headers, String method, String path, long nowMs) {
    return reject(headers.keyId(), Long.toString(headers.timestampMs()), headers.signature(), method, path, nowMs);
  }
}
