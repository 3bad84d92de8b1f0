package dev.strike.common.error;

/**
 * A broken invariant: state that can only come from a bug (a negative position, a NaN price, a fill for an order
 * we never sent). Thrown by cores; the shell does not dead-letter it but stops the service, because continuing on
 * corrupt state is worse than stopping. Restart is the same path as start.
 */
public final class InvariantViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A violation described by {@code message}. */
  public InvariantViolation(String message) {
    super(message);
  }

  /** A violation described by {@code message}, caused by {@code cause}. */
  public InvariantViolation(String message, Throwable cause) {
    super(message, cause);
  }
}
