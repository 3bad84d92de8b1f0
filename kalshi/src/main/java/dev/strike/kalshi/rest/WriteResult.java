package dev.strike.kalshi.rest;

import dev.strike.kalshi.wire.KalshiError;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What became of an order write (create, amend, decrease, cancel, batches). A write is never retried by the client,
 * because sending an order twice is worse than not sending it; instead the result says exactly what is known:
 *
 * <ul>
 *   <li>{@link Accepted}: Kalshi answered 2xx with a readable body;
 *   <li>{@link Rejected}: Kalshi answered a definite no (4xx other than a duplicate; including 429, which Kalshi
 *       sends before doing anything): nothing changed;
 *   <li>{@link AlreadyPlaced}: a create answered 409 because an order with this {@code client_order_id} exists:
 *       the earlier attempt went through, so look it up, don't send again;
 *   <li>{@link OutcomeUnknown}: the request may or may not have taken effect (timeout after sending, a dropped
 *       connection, 5xx, a 2xx whose body could not be read): find the order by {@code client_order_id} before
 *       anything else;
 *   <li>{@link NotSent}: the request never left (connection refused, no connection in time): nothing changed,
 *       and sending it again with the same {@code client_order_id} is safe.
 * </ul>
 *
 * @param <T> the response body type of the write
 */
public sealed interface WriteResult<T>
    permits WriteResult.Accepted, WriteResult.Rejected, WriteResult.AlreadyPlaced, WriteResult.OutcomeUnknown,
        WriteResult.NotSent {

  /** The response if accepted. */
  default Optional<T> accepted() {
    return this instanceof Accepted<T> accepted ? Optional.of(accepted.response()) : Optional.empty();
  }

  /** Whether we know what happened (everything but {@link OutcomeUnknown}). */
  default boolean isOutcomeKnown() {
    return !(this instanceof OutcomeUnknown);
  }

  /**
   * Kalshi accepted the write.
   *
   * @param response the response body
   * @param httpStatus 200 or 201
   */
  record Accepted<T>(T response, int httpStatus) implements WriteResult<T> {
    /** Requires the response. */
    public Accepted {
      Objects.requireNonNull(response, "response");
    }
  }

  /**
   * Kalshi refused the write; nothing changed.
   *
   * @param httpStatus the 4xx status
   * @param error Kalshi's reason; branch on its code
   */
  record Rejected<T>(int httpStatus, KalshiError error) implements WriteResult<T> {
    /** Requires the error. */
    public Rejected {
      Objects.requireNonNull(error, "error");
    }

    /** 404: the order is not there (a cancel of an order already gone). */
    public boolean isNotFound() {
      return httpStatus == 404;
    }

    /** 429: rate limited before anything happened; the client's own bucket should make this rare. */
    public boolean isRateLimited() {
      return httpStatus == 429;
    }

    /** 401: the credentials or the clock are wrong. */
    public boolean isAuthenticationFailure() {
      return httpStatus == 401;
    }
  }

  /**
   * A create answered 409 Conflict: an order with this {@code client_order_id} was placed before (by an earlier
   * attempt whose answer we may not have seen).
   *
   * @param error Kalshi's body
   */
  record AlreadyPlaced<T>(KalshiError error) implements WriteResult<T> {
    /** Requires the error. */
    public AlreadyPlaced {
      Objects.requireNonNull(error, "error");
    }
  }

  /**
   * The write may or may not have taken effect.
   *
   * @param reason what happened, for logs and alerts
   * @param httpStatus the status if one was received (5xx, or a 2xx with an unreadable body), else null
   * @param error Kalshi's error body if there was one, else null
   */
  record OutcomeUnknown<T>(String reason, @Nullable Integer httpStatus, @Nullable KalshiError error)
      implements WriteResult<T> {
    /** Requires the reason. */
    public OutcomeUnknown {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The request never reached Kalshi.
   *
   * @param reason what happened
   */
  record NotSent<T>(String reason) implements WriteResult<T> {
    /** Requires the reason. */
    public NotSent {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
