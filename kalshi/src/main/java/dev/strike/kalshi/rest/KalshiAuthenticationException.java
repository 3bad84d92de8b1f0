package dev.strike.kalshi.rest;

import dev.strike.kalshi.wire.KalshiError;

/**
 * Kalshi refused the credentials (HTTP 401): wrong key id, bad signature, or a timestamp outside the accepted
 * window (the error's code or details say which, e.g. {@code INCORRECT_API_KEY_SIGNATURE},
 * {@code header_timestamp_expired}). Not transient: retrying with the same key and clock fails again.
 */
public final class KalshiAuthenticationException extends KalshiApiException {
  private static final long serialVersionUID = 1L;

  /** A 401 answer to {@code method path}. */
  public KalshiAuthenticationException(String method, String path, KalshiError error) {
    super(method, path, 401, error);
  }

  /** Whether Kalshi said the clock is off (check NTP). */
  public boolean isClockSkew() {
    return error().hasCode(KalshiError.HEADER_TIMESTAMP_EXPIRED)
        || KalshiError.HEADER_TIMESTAMP_EXPIRED.equalsIgnoreCase(error().details());
  }
}
