package dev.strike.kalshi.rest;

import dev.strike.common.error.MaybeTransient;

/**
 * A failure of a Kalshi REST call that reaches the caller as an error (reads; for writes only programming errors,
 * since write outcomes are {@link WriteResult} values). Unchecked; see the subclasses.
 */
public abstract class KalshiException extends RuntimeException implements MaybeTransient {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  protected KalshiException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether trying again later may succeed (rate limit, exchange or network trouble). */
  @Override
  public abstract boolean isTransient();
}
