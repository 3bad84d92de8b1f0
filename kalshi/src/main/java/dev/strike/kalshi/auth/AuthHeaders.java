package dev.strike.kalshi.auth;

/**
 * The three headers that authenticate one request (kalshi-api.md §2).
 *
 * @param keyId {@code KALSHI-ACCESS-KEY}
 * @param timestampMs {@code KALSHI-ACCESS-TIMESTAMP}, Unix milliseconds
 * @param signature {@code KALSHI-ACCESS-SIGNATURE}, standard Base64 with padding
 */
public record AuthHeaders(String keyId, long timestampMs, String signature) {
  /** Header name of the key id. */
  public static final String KEY = "KALSHI-ACCESS-KEY";
  /** Header name of the timestamp. */
  public static final String TIMESTAMP = "KALSHI-ACCESS-TIMESTAMP";
  /** Header name of the signature. */
  public static final String SIGNATURE = "KALSHI-ACCESS-SIGNATURE";
}
