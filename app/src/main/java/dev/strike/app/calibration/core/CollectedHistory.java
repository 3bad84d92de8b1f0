package dev.strike.app.calibration.core;

import dev.strike.app.dataset.core.DatasetProblem;
import dev.strike.app.dataset.core.HistoryEvent;
import dev.strike.app.dataset.core.HistorySink;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps an import's events in memory, in import order, for a replay (a day of a dataset is a few tens of thousands of
 * events), and counts its problems. Single-threaded, like the import.
 */
public final class CollectedHistory implements HistorySink {
  private final List<HistoryEvent> events = new ArrayList<>();
  private final List<DatasetProblem> problems = new ArrayList<>();

  @Override
  public void onEvent(HistoryEvent event) {
    events.add(event);
  }

  @Override
  public void onProblem(DatasetProblem problem) {
    problems.add(problem);
  }

  /** The events so far, in import order. */
  public List<HistoryEvent> events() {
    return List.copyOf(events);
  }

  /** The problems so far, in the order met. */
  public List<DatasetProblem> problems() {
    return List.copyOf(problems);
  }
}
