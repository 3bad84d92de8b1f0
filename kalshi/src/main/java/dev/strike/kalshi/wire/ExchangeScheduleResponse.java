package dev.strike.kalshi.wire;

/** {@code GET /exchange/schedule}: {@code {"schedule": ExchangeSchedule}}. */
public record ExchangeScheduleResponse(ExchangeSchedule schedule) {
  /** Requires the schedule. */
  public ExchangeScheduleResponse {
    if (schedule == null) {
      throw new IllegalArgumentException("schedule is required");
    }
  }
}
