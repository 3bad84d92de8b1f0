package dev.strike.common.error;

/**
 * An exception that knows whether retrying may help (an exchange's 5xx or timeout: yes; a 400: no). The
 * {@code ErrorClassifier} treats a transient one as an infrastructure failure (retried with backoff), and a
 * permanent one as a processing failure (dead-lettered).
 */
public interface MaybeTransient {
  /** Whether the same call may succeed if repeated later. */
  boolean isTransient();
}
