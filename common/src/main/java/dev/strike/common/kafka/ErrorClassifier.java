package dev.strike.common.kafka;

import dev.strike.common.error.ErrorKind;
import dev.strike.common.error.InvariantViolation;
import dev.strike.common.error.MaybeTransient;
import dev.strike.common.json.DecodeException;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import reactor.core.Exceptions;

/**
 * Puts every failure into one {@link ErrorKind}, the only place that decides how an error is treated:
 * decode failures and ordinary exceptions are dead-lettered, broker and network trouble is retried, broken
 * invariants, arithmetic overflow in money and JVM errors stop the service. Stateless and thread-safe.
 */
public final class ErrorClassifier {
  private ErrorClassifier() {}

  /** The kind of {@code error}, looking through wrappers (completion, execution, Reactor retry exhaustion). */
  public static ErrorKind classify(Throwable error) {
    Throwable t = unwrap(error);
    if (t instanceof InvariantViolation || t instanceof ArithmeticException || t instanceof Error) {
      return ErrorKind.INVARIANT;
    }
    if (t instanceof DecodeException || t instanceof SerializationException) {
      return ErrorKind.DECODE;
    }
    if (t instanceof RetriableException || t instanceof org.apache.kafka.common.errors.TimeoutException
        || t instanceof java.util.concurrent.TimeoutException || t instanceof IOException
        || t instanceof TransientFailure || (t instanceof MaybeTransient m && m.isTransient())) {
      return ErrorKind.INFRASTRUCTURE;
    }
    return ErrorKind.PROCESSING;
  }

  /** The failure inside wrappers that only carry it. */
  public static Throwable unwrap(Throwable error) {
    Throwable t = Exceptions.unwrap(error);
    while (t.getCause() != null && (t instanceof CompletionException || t instanceof ExecutionException
        || Exceptions.isRetryExhausted(t) || Exceptions.isMultiple(t))) {
      t = t.getCause();
    }
    return t;
  }

  /** A one-line description for dead letters and logs: the exception's simple name and message. */
  public static String describe(Throwable error) {
    Throwable t = unwrap(error);
    String message = t.getMessage();
    if (t instanceof DecodeException) {
      return message;
    }
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * A failure that is expected to go away when retried (an exchange 5xx, a dropped connection). Shell code throws
   * it to ask for the infrastructure policy: retry with backoff, then stop.
   */
  public static final class TransientFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A transient failure described by {@code message}. */
    public TransientFailure(String message) {
      super(message);
    }

    /** A transient failure described by {@code message}, caused by {@code cause}. */
    public TransientFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
