package dev.strike.app.backtest.shell;

import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.app.backtest.core.EquityPoint;
import dev.strike.common.money.Money;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parameter sweep: the grid of every combination of {@code --sweep KEY=V1,V2,…} values (the first key varies
 * slowest), and one summary row per run.
 */
public final class SweepGrid {
  private SweepGrid() {}

  /**
   * Every combination, in a fixed order; one empty combination without sweeps.
   *
   * @throws IllegalArgumentException for a malformed sweep or a key given twice
   */
  public static List<Map<String, String>> of(List<String> sweeps) {
    List<Map<String, String>> grid = new ArrayList<>();
    grid.add(new LinkedHashMap<>());
    List<String> keys = new ArrayList<>();
    for (String sweep : sweeps) {
      int eq = sweep.indexOf('=');
      if (eq <= 0 || eq == sweep.length() - 1) {
        throw new IllegalArgumentException("--sweep wants KEY=V1,V2,..., got '" + sweep + "'");
      }
      String key = sweep.substring(0, eq).trim();
      if (keys.contains(key)) {
        throw new IllegalArgumentException("--sweep " + key + " is given twice");
      }
      keys.add(key);
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> combination : grid) {
        for (String value : sweep.substring(eq + 1).split(",")) {
          if (value.isBlank()) {
            throw new IllegalArgumentException("--sweep " + key + " has an empty value");
          }
          Map<String, String> extended = new LinkedHashMap<>(combination);
          extended.put(key, value.trim());
          next.add(extended);
        }
      }
      grid = next;
    }
    return grid;
  }

  /** One run of a sweep: its values and headline numbers. */
  public record Row(String run, Map<String, String> values, Money pnl, Money fees, long fills, long signals,
      long approved, Money maxDrawdown, String hash) {}

  /** The row of a finished run. */
  public static Row row(String run, Map<String, String> values, BacktestRecord record, String hash) {
    Money start = record.startingCash();
    Money end = record.equity().isEmpty() ? start : record.equity().get(record.equity().size() - 1).equity();
    long peak = start.micros();
    long maxDown = 0;
    for (EquityPoint point : record.equity()) {
      peak = Math.max(peak, point.equity().micros());
      maxDown = Math.max(maxDown, peak - point.equity().micros());
    }
    Money fees = record.equity().isEmpty() ? Money.ZERO : record.equity().get(record.equity().size() - 1).fees();
    long approved = record.decisions().stream()
        .filter(dev.strike.common.event.OrderApproved.class::isInstance).count();
    return new Row(run, values, end.minus(start), fees, record.fills().size(), record.signals().size(), approved,
        Money.ofMicros(maxDown), hash);
  }

  /** The sweep's CSV: one header, one line per run, in grid order. */
  public static byte[] csv(Collection<String> keys, List<Row> rows) {
    StringBuilder csv = new StringBuilder("run");
    keys.forEach(k -> csv.append(',').append(k));
    csv.append(",pnl,fees,fills,signals,approved,max_drawdown,output_hash\n");
    for (Row row : rows) {
      csv.append(row.run());
      keys.forEach(k -> csv.append(',').append(row.values().get(k)));
      csv.append(',').append(row.pnl().toDollarString()).append(',').append(row.fees().toDollarString())
          .append(',').append(row.fills()).append(',').append(row.signals()).append(',').append(row.approved())
          .append(',').append(row.maxDrawdown().toDollarString()).append(',').append(row.hash()).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
