package dev.strike.alerts.shell;

/**
 * A failed delivery attempt. Its message names the channel and the status only, never the URL or token.
 */
public final class DeliveryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final long retryAfterNs;

  /**
   * @param retryable whether another attempt may succeed (5xx, 429, a connection or timeout error)
   * @param retryAfterNs how long the server asked us to wait, 0 when it did not say
   */
  public DeliveryException(String message, boolean retryable, long retryAfterNs) {
    super(message, null, false, false);
    this.retryable = retryable;
    this.retryAfterNs = retryAfterNs;
  }

  /** Whether another attempt may succeed. */
  public boolean retryable() {
    return retryable;
  }

  /** The wait the server asked for, ns, 0 when none. */
  public long retryAfterNs() {
    return retryAfterNs;
  }
}
