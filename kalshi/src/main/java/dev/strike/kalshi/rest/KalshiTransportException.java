package dev.strike.kalshi.rest;

/**
 * A read got no usable HTTP answer: the connection failed, dropped, or the response did not come within the
 * response timeout. Transient.
 */
public final class KalshiTransportException extends KalshiException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String path;

  /** A transport failure of {@code method path}, caused by {@code cause}. */
  public KalshiTransportException(String method, String path, String reason, Throwable cause) {
    super(method + " " + path + ": " + reason, cause);
    this.method = method;
    this.path = path;
  }

  /** The request method. */
  public String method() {
    return method;
  }

  /** The request path from the root, without query. */
  public String path() {
    return path;
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
