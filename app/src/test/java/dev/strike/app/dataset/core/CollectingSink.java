package dev.strike.app.dataset.core;

import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.SpotTick;
import java.util.ArrayList;
import java.util.List;

/** Keeps everything an import produces, for assertions. */
final class CollectingSink implements HistorySink {
  final List<HistoryEvent> events = new ArrayList<>();
  final List<DatasetProblem> problems = new ArrayList<>();

  @Override
  public void onEvent(HistoryEvent event) {
    events.add(event);
  }

  @Override
  public void onProblem(DatasetProblem problem) {
    problems.add(problem);
  }

  List<MarketInfo> markets() {
    return events.stream().filter(e -> e.value() instanceof MarketInfo).map(e -> (MarketInfo) e.value()).toList();
  }

  List<BookSnapshot> books() {
    return events.stream().filter(e -> e.value() instanceof BookSnapshot).map(e -> (BookSnapshot) e.value()).toList();
  }

  List<SpotTick> spots() {
    return events.stream().filter(e -> e.value() instanceof SpotTick).map(e -> (SpotTick) e.value()).toList();
  }
}
