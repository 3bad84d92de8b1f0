package dev.strike.kalshi.rest;

import dev.strike.kalshi.wire.KalshiError;
import java.util.Objects;

/**
 * Kalshi answered a read with an error status. Carries the request (method and path, never headers or keys), the
 * HTTP status and the parsed {@link KalshiError}; branch on {@link #error()}'s code.
 */
public class KalshiApiException extends KalshiException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;
  private final int status;
  private final KalshiError error;

  /** An error response to {@code method path}. */
  public KalshiApiException(String method, String path, int status, KalshiError error) {
    super(method + " " + path + " failed with HTTP " + status + ": " + error, null);
    this.method = method;
    this.path = path;
    this.status = status;
    this.error = Objects.requireNonNull(error, "error");
  }

  /** The request method. */
  public String method() {
    return method;
  }

  /** The request path from the root, without query. */
  public String path() {
    return path;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** Kalshi's error. */
  public KalshiError error() {
    return error;
  }

  /** 404. */
  public boolean isNotFound() {
    return status == 404;
  }

  /** 429. */
  public boolean isRateLimited() {
    return status == 429;
  }

  /** 429 and 5xx: the exchange may answer differently later. */
  @Override
  public boolean isTransient() {
    return status == 429 || status >= 500;
  }
}
