package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code schedule} of {@code GET /exchange/schedule} (kalshi-api.md §4.8): weekly trading hours (daily times
 * {@code HH:MM} Eastern) and maintenance windows (RFC 3339).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExchangeSchedule(List<StandardHours> standardHours, List<MaintenanceWindow> maintenanceWindows) {
  /** Absent lists read as empty. */
  public ExchangeSchedule {
    standardHours = WireChecks.list(standardHours, "standard_hours");
    maintenanceWindows = WireChecks.list(maintenanceWindows, "maintenance_windows");
  }

  /** Weekly hours valid from {@code startTime} to {@code endTime} (RFC 3339). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record StandardHours(
      @Nullable String startTime,
      @Nullable String endTime,
      List<TradingSession> monday,
      List<TradingSession> tuesday,
      List<TradingSession> wednesday,
      List<TradingSession> thursday,
      List<TradingSession> friday,
      List<TradingSession> saturday,
      List<TradingSession> sunday) {
    /** Absent days read as empty (closed). */
    public StandardHours {
      monday = WireChecks.list(monday, "monday");
      tuesday = WireChecks.list(tuesday, "tuesday");
      wednesday = WireChecks.list(wednesday, "wednesday");
      thursday = WireChecks.list(thursday, "thursday");
      friday = WireChecks.list(friday, "friday");
      saturday = WireChecks.list(saturday, "saturday");
      sunday = WireChecks.list(sunday, "sunday");
    }
  }

  /** One open period of a day, {@code HH:MM} Eastern. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record TradingSession(@Nullable String openTime, @Nullable String closeTime) {}

  /** A maintenance window, RFC 3339. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record MaintenanceWindow(@Nullable String startDatetime, @Nullable String endDatetime) {}
}
