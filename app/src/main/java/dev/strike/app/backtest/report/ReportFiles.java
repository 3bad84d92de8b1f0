package dev.strike.app.backtest.report;

import dev.strike.app.backtest.core.BacktestRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a backtest's report files into a directory (the shell side of {@link BacktestReport}):
 *
 * <ul>
 *   <li>{@code report.json}: every figure and table, keys in a fixed order, money as exact dollar strings;
 *   <li>{@code trades.csv}: columns {@code time,kind,ticker,strategy,intent,side,action,price,qty,fee,liquidity,
 *       payout,result}; one line per fill ({@code kind=fill}) and one per settlement ({@code kind=settlement}),
 *       merged by event time, fills first on equal times. A settlement line has no strategy, intent or liquidity,
 *       {@code action=settle}, {@code side} the side held, {@code price} what one contract of that side paid,
 *       {@code qty} the contracts settled, {@code fee} the settlement fee, and fills {@code payout} (total paid) and
 *       {@code result}; fill lines leave those two empty;
 *   <li>{@code daily_pnl.csv}: one line per UTC date: start and end equity, P&amp;L, fees, fills, round trips closed;
 *   <li>{@code report.html}: a self-contained page (inline CSS and SVG, nothing fetched) with the headline figures,
 *       equity and drawdown charts and the strategy, market and day tables.
 * </ul>
 *
 * <p>Every file is a pure function of the record and report: the same inputs give the same bytes (UTF-8,
 * {@code \n} line ends, no wall-clock time, sorted tables, locale-free number formats). Existing files of those
 * names are replaced. Thread-safe (stateless); the directory is created if missing.
 */
public final class ReportFiles {
  private ReportFiles() {}

  /** The JSON report's file name. */
  public static final String REPORT_JSON = "report.json";
  /** The fills and settlements file's name. */
  public static final String TRADES_CSV = "trades.csv";
  /** The daily P&amp;L file's name. */
  public static final String DAILY_CSV = "daily_pnl.csv";
  /** The HTML report's file name. */
  public static final String REPORT_HTML = "report.html";

  /**
   * Writes the four files.
   *
   * @param dir the directory, created if missing
   * @param record the run's record
   * @param report its report, as {@link BacktestReport#of(BacktestRecord)} computed it
   * @return the files written, in the order {@code report.json}, {@code trades.csv}, {@code daily_pnl.csv},
   *     {@code report.html}
   * @throws IOException if the directory or a file cannot be written
   */
  public static List<Path> write(Path dir, BacktestRecord record, BacktestReport report) throws IOException {
    Files.createDirectories(dir);
    Path json = Files.write(dir.resolve(REPORT_JSON), ReportJson.encode(report));
    Path trades = Files.writeString(dir.resolve(TRADES_CSV), ReportCsv.trades(record), StandardCharsets.UTF_8);
    Path daily = Files.writeString(dir.resolve(DAILY_CSV), ReportCsv.daily(report.days()), StandardCharsets.UTF_8);
    Path html = Files.writeString(dir.resolve(REPORT_HTML), ReportHtml.render(record, report),
        StandardCharsets.UTF_8);
    return List.of(json, trades, daily, html);
  }

  /**
   * Writes only {@code trades.csv} and {@code daily_pnl.csv}, with the same columns (for {@code strike ledger}, which
   * rebuilds the record from a running system's topics).
   *
   * @return the two files written
   * @throws IOException if the directory or a file cannot be written
   */
  public static List<Path> writeLedger(Path dir, BacktestRecord record, BacktestReport report) throws IOException {
    Files.createDirectories(dir);
    Path trades = Files.writeString(dir.resolve(TRADES_CSV), ReportCsv.trades(record), StandardCharsets.UTF_8);
    Path daily = Files.writeString(dir.resolve(DAILY_CSV), ReportCsv.daily(report.days()), StandardCharsets.UTF_8);
    return List.of(trades, daily);
  }
}
