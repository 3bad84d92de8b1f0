package dev.strike.execution.kalshi;

import dev.strike.kalshi.wire.ExchangeSchedule;
import dev.strike.kalshi.wire.ExchangeStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether Kalshi takes new orders, from the last {@code GET /exchange/status} and the maintenance windows of
 * {@code GET /exchange/schedule} (kalshi-api.md §1, §4.8): new orders only while the exchange and trading are both
 * active and no maintenance window covers the time asked about. Cancels are always allowed (a trading pause allows
 * them; in a full exchange pause the exchange refuses them itself). Immutable and pure: the time is an argument.
 *
 * @param exchangeActive {@code exchange_active} of the last status
 * @param tradingActive {@code trading_active} of the last status
 * @param maintenanceNs maintenance windows as [start, end) epoch-ns pairs
 * @param fetchedAtNs when the status was read, epoch ns (0: never)
 */
public record ExchangeGate(boolean exchangeActive, boolean tradingActive, List<long[]> maintenanceNs,
    long fetchedAtNs) {

  /** Copies the windows. */
  public ExchangeGate {
    maintenanceNs = List.copyOf(maintenanceNs);
  }

  /** Open, never read: what a venue assumes before its first status read. */
  public static ExchangeGate unknown() {
    return new ExchangeGate(true, true, List.of(), 0);
  }

  /** The gate of a status (and the schedule's maintenance windows, if read) read at {@code fetchedAtNs}. */
  public static ExchangeGate of(ExchangeStatus status, List<long[]> maintenanceNs, long fetchedAtNs) {
    return new ExchangeGate(status.exchangeActive(), status.tradingActive(), maintenanceNs, fetchedAtNs);
  }

  /** The maintenance windows of a schedule as [start, end) epoch-ns pairs; unreadable windows are left out. */
  public static List<long[]> maintenanceWindows(ExchangeSchedule schedule) {
    List<long[]> windows = new ArrayList<>();
    for (ExchangeSchedule.MaintenanceWindow window : schedule.maintenanceWindows()) {
      long start = KalshiMapping.rfc3339(window.startDatetime());
      long end = KalshiMapping.rfc3339(window.endDatetime());
      if (start > 0 && end > start) {
        windows.add(new long[] {start, end});
      }
    }
    return windows;
  }

  /** This gate with another status, keeping the maintenance windows. */
  public ExchangeGate withStatus(ExchangeStatus status, long nowNs) {
    return new ExchangeGate(status.exchangeActive(), status.tradingActive(), maintenanceNs, nowNs);
  }

  /** This gate with other maintenance windows. */
  public ExchangeGate withMaintenance(List<long[]> windows) {
    return new ExchangeGate(exchangeActive, tradingActive, windows, fetchedAtNs);
  }

  /** Whether a new order may go out at {@code nowNs}. */
  public boolean acceptsOrders(long nowNs) {
    if (!exchangeActive || !tradingActive) {
      return false;
    }
    for (long[] window : maintenanceNs) {
      if (nowNs >= window[0] && nowNs < window[1]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the status is older than {@code maxAgeNs} at {@code nowNs} (or was never read). */
  public boolean isStale(long nowNs, long maxAgeNs) {
    return fetchedAtNs == 0 || nowNs - fetchedAtNs > maxAgeNs;
  }
}
