package dev.strike.kalshi.ws.core;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.id.MarketTicker;
import java.util.ArrayList;
import java.util.List;

/** Records what a {@link BookSequencer} decided. */
final class RecordingOutput implements SequencerOutput {
  record Request(long sid, List<MarketTicker> markets) {}

  record Drop(BookDelta delta, DropReason reason) {}

  final List<BookEvent> published = new ArrayList<>();
  final List<Request> requests = new ArrayList<>();
  final List<Drop> dropped = new ArrayList<>();

  @Override
  public void publish(BookEvent event) {
    published.add(event);
  }

  @Override
  public void requestSnapshots(long sid, List<MarketTicker> markets) {
    requests.add(new Request(sid, markets));
  }

  @Override
  public void dropped(BookDelta delta, DropReason reason) {
    dropped.add(new Drop(delta, reason));
  }

  List<BookGap> gaps() {
    return published.stream().filter(BookGap.class::isInstance).map(BookGap.class::cast).toList();
  }

  void clear() {
    published.clear();
    requests.clear();
    dropped.clear();
  }
}
