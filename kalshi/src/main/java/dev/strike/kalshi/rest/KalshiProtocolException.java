package dev.strike.kalshi.rest;

/**
 * Kalshi answered in a way the protocol does not allow (a pagination cursor that repeats, so paging would never
 * end). Not transient.
 */
public final class KalshiProtocolException extends KalshiException {
  private static final long serialVersionUID = 1L;

  /** A protocol violation described by {@code message}. */
  public KalshiProtocolException(String message) {
    super(message, null);
  }

  @Override
  public boolean isTransient() {
    return false;
  }
}
