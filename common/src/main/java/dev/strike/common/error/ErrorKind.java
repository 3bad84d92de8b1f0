package dev.strike.common.error;

/** The classes of failure, each with one policy in the shells. */
public enum ErrorKind {
  /** Bytes that are not a valid value: counted, dead-lettered, the stream goes on. */
  DECODE("decode"),
  /** A valid value whose processing failed: counted, dead-lettered, the stream goes on. */
  PROCESSING("processing"),
  /** The broker, network or an exchange failed transiently: retried with backoff, then fatal. */
  INFRASTRUCTURE("infrastructure"),
  /** A broken invariant or a JVM error: the service stops. */
  INVARIANT("invariant");

  private final String label;

  ErrorKind(String label) {
    this.label = label;
  }

  /** The lower-case label used in metrics and dead letters. */
  public String label() {
    return label;
  }

  /** Whether the record that failed this way goes to {@code dlq} and processing continues. */
  public boolean deadLetters() {
    return this == DECODE || this == PROCESSING;
  }
}
