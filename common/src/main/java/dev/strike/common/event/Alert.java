package dev.strike.common.event;

import dev.strike.common.id.AlertId;
import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * Something an operator should hear about ({@code alerts}, keyed by kind).
 *
 * @param alertId derived from the cause, so a redelivered alert is recognised and sent once
 * @param kind a snake_case kind channels filter on ({@code trade_executed}, {@code breaker}, {@code error}, …)
 * @param text one human sentence
 * @param numbers the figures behind it (P&amp;L, drawdown, limits), by name
 */
public record Alert(AlertId alertId, Severity severity, String kind, String text, SortedMap<String, BigDecimal> numbers,
    long tsEvent, long tsInit) implements StrikeEvent {

  /** Validates presence and a snake_case kind. */
  public Alert {
    Require.present(alertId, "alertId");
    Require.present(severity, "severity");
    Require.text(kind, "kind");
    if (!kind.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("alert kind must be snake_case, got \"" + kind + "\"");
    }
    Require.text(text, "text");
    numbers = Require.sortedMap(numbers, "numbers");
    Require.times(tsEvent, tsInit);
  }
}
