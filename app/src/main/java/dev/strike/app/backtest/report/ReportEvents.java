package dev.strike.app.backtest.report;

import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.StrikeEvent;
import java.util.ArrayList;
import java.util.List;

/** Our fills and settlements as one sequence, in the order the report folds and lists them. Stateless. */
final class ReportEvents {
  private ReportEvents() {}

  /**
   * Fills and settlements merged by event time; on equal times fills come first (a fill at the settlement instant
   * happened before the market closed), and each list keeps the record's order.
   */
  static List<StrikeEvent> merged(BacktestRecord record) {
    List<Fill> fills = record.fills();
    List<MarketSettled> settlements = record.settlements();
    List<StrikeEvent> out = new ArrayList<>(fills.size() + settlements.size());
    int f = 0;
    int s = 0;
    while (f < fills.size() || s < settlements.size()) {
      if (s == settlements.size()
          || (f < fills.size() && fills.get(f).tsEvent() <= settlements.get(s).tsEvent())) {
        out.add(fills.get(f++));
      } else {
        out.add(settlements.get(s++));
      }
    }
    return out;
  }
}
