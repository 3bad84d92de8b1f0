package dev.strike.app.dataset.core;

/** Where an import's output goes, in import order: Kafka in the shell, a list in tests. Called on one thread. */
public interface HistorySink {
  /** The next event, in {@link HistoryEvent#ORDER}. */
  void onEvent(HistoryEvent event);

  /** A line that could not be mapped (wholly or in part), as it is met. */
  void onProblem(DatasetProblem problem);
}
