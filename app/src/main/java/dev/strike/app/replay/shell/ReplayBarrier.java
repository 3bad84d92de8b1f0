package dev.strike.app.replay.shell;

/**
 * Called by a replay whenever it switches between market definitions and the other market data (books, trades, spot)
 * in either direction, after Kafka acknowledged everything published so far; may block until consumers have processed
 * it. Without a barrier a consumer that reads {@code md.markets} and {@code md.book} side by side on separate partition
 * pipelines can meet a book before its market, or a book after its market's result, when both arrive in one burst.
 */
@FunctionalInterface
public interface ReplayBarrier {
  /** No waiting. */
  ReplayBarrier NONE = topics -> { };

  /**
   * Returns once the consumers this barrier stands for have read {@code topics} to their current ends.
   *
   * @throws IllegalStateException if they do not within the barrier's own timeout
   */
  void awaitConsumed(java.util.Collection<String> topics) throws InterruptedException;
}
