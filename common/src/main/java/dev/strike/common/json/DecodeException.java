package dev.strike.common.json;

/**
 * Bytes that are not a valid value of the expected type: malformed JSON, an unknown or wrong {@code type}, a
 * missing field, or a value its record refuses. The message says which; the consumer sends the record to
 * {@code dlq} and goes on.
 */
public final class DecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A decode failure with its cause. */
  public DecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
