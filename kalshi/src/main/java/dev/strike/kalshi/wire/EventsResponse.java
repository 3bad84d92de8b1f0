package dev.strike.kalshi.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /events}: {@code {"events": [EventData], "cursor"}} ({@code milestones} are not read). */
public record EventsResponse(List<EventData> events, @Nullable String cursor) implements Paged<EventData> {
  /** Absent list reads as empty. */
  public EventsResponse {
    events = WireChecks.list(events, "events");
  }

  @Override
  public List<EventData> items() {
    return events;
  }
}
