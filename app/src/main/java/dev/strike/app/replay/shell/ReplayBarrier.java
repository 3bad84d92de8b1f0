package dev.strike.app.replay.shell;

/**
 * Called by a replay after it published (and Kafka acknowledged) market definitions and before it publishes the
 * books, trades or spot prices that follow them in event time; may block until consumers have read them. Without a
 * barrier a consumer that reads {@code md.markets} and {@code md.book} side by side can meet a book before the market
 * it belongs to when both arrive in one burst.
 */
@FunctionalInterface
public interface ReplayBarrier {
  /** No waiting. */
  ReplayBarrier NONE = topic -> { };

  /**
   * Returns once the consumers this barrier stands for have read {@code topic} to its current end.
   *
   * @throws IllegalStateException if they do not within the barrier's own timeout
   */
  void awaitConsumed(String topic) throws InterruptedException;
}
