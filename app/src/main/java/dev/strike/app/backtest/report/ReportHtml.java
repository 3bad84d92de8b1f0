package dev.strike.app.backtest.report;

import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.app.backtest.report.BacktestReport.DailyRow;
import dev.strike.app.backtest.report.BacktestReport.MarketRow;
import dev.strike.app.backtest.report.BacktestReport.Risk;
import dev.strike.app.backtest.report.BacktestReport.StrategyRow;
import dev.strike.app.backtest.report.BacktestReport.Summary;
import dev.strike.app.backtest.report.BacktestReport.Trading;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no scripts, fonts or links) with the headline
 * figures, the equity curve, the drawdown chart and the strategy, market and day tables. Amounts are shown rounded
 * to the cent (the JSON and CSV files are exact). Stateless.
 */
final class ReportHtml {
  private ReportHtml() {}

  private static final String STYLE = """
      body{font-family:sans-serif;margin:24px;color:#222;max-width:1000px}
      h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
      .meta{color:#666;margin:0 0 16px}
      .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}
      .card{border:1px solid #ddd;border-radius:4px;padding:8px 10px}
      .card .k{font-size:12px;color:#666}.card .v{font-size:18px;font-weight:bold;margin-top:2px}
      .pos{color:#1a7f37}.neg{color:#c62828}
      table{border-collapse:collapse;font-size:13px;width:100%}
      th,td{border-bottom:1px solid #e5e5e5;padding:4px 8px;text-align:right}
      th{background:#f3f3f3}th:first-child,td:first-child{text-align:left}
      .notes{font-size:12px;color:#555}
      svg.chart{display:block;max-width:100%;height:auto}
      """;

  static String render(BacktestRecord record, BacktestReport report) {
    Summary s = report.summary();
    Trading t = report.trading();
    Risk r = report.risk();
    StringBuilder html = new StringBuilder(16_384);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Backtest ")
        .append(Figures.html(report.runId())).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
        .append("</head>\n<body>\n");
    html.append("<h1>Backtest ").append(Figures.html(report.runId())).append("</h1>\n");
    html.append("<p class=\"meta\">").append(Figures.instant(report.startNs())).append(" to ")
        .append(Figures.instant(report.endNs())).append(" (event time, UTC), ").append(report.inputEvents())
        .append(" input events</p>\n");

    html.append("<div class=\"cards\">\n");
    card(html, "P&amp;L", Figures.dollars(s.pnl()), sign(s.pnl().micros()));
    card(html, "Total return", Figures.percent(s.totalReturn()), sign(s.pnl().micros()));
    card(html, "Final equity", Figures.dollars(s.finalEquity()), "");
    card(html, "Starting cash", Figures.dollars(s.startingCash()), "");
    card(html, "Realized P&amp;L", Figures.dollars(s.realizedPnl()), sign(s.realizedPnl().micros()));
    card(html, "Unrealized P&amp;L", Figures.dollars(s.unrealizedPnl()), sign(s.unrealizedPnl().micros()));
    card(html, "Fees", Figures.dollars(s.fees()), "");
    card(html, "Fills / contracts", t.fills() + " / " + t.contracts().toContractString(), "");
    card(html, "Round trips (open)", t.roundTrips() + " (" + t.openPositions() + ")", "");
    card(html, "Win rate", Figures.percent(t.winRate()), "");
    card(html, "Avg / best / worst trip", Figures.dollars(t.averageRoundTrip()) + " / "
        + Figures.dollars(t.bestRoundTrip()) + " / " + Figures.dollars(t.worstRoundTrip()), "");
    card(html, "Maker share", Figures.percent(t.makerShare()), "");
    card(html, "Max / avg exposure", Figures.dollars(r.maxExposure()) + " / "
        + Figures.dollars(r.averageExposure()), "");
    card(html, "Max drawdown", Figures.dollars(r.maxDrawdown()) + " (" + Figures.percent(r.maxDrawdownPct()) + ")",
        r.maxDrawdown().isPositive() ? "neg" : "");
    card(html, "Sharpe / Sortino (ann.)", Figures.ratio(r.sharpe()).setScale(2, RoundingMode.HALF_EVEN)
        + " / " + Figures.ratio(r.sortino()).setScale(2, RoundingMode.HALF_EVEN), "");
    card(html, "Brier (signals)", Figures.ratio(report.calibration().brier()).setScale(4, RoundingMode.HALF_EVEN)
        + " (" + report.calibration().signals() + ")", "");
    card(html, "Signals: approved / denied", t.signals() + ": " + t.approved() + " / " + t.denied(), "");
    html.append("</div>\n");

    List<EquityStats.DrawdownPoint> curve = EquityStats.drawdowns(record.startingCash(), record.equity());
    long[] ts = new long[curve.size()];
    long[] equity = new long[curve.size()];
    long[] drawdown = new long[curve.size()];
    for (int i = 0; i < curve.size(); i++) {
      ts[i] = curve.get(i).tsNs();
      equity[i] = curve.get(i).equity().micros();
      drawdown[i] = curve.get(i).drawdown().micros();
    }
    html.append("<h2>Equity</h2>\n");
    html.append(SvgChart.render("equity-chart", "Equity curve", "equity ($)", ts, equity, false, "#1f5fbf",
        record.startingCash()));
    html.append("<h2>Drawdown</h2>\n");
    html.append(SvgChart.render("drawdown-chart", "Drawdown from the running peak", "drawdown ($)", ts, drawdown,
        true, "#c62828", null));

    html.append("<h2>Strategies</h2>\n<table>\n<tr><th>strategy</th><th>signals</th><th>fills</th>"
        + "<th>contracts</th><th>fees</th><th>realized P&amp;L</th></tr>\n");
    for (StrategyRow row : report.strategies()) {
      html.append("<tr><td>").append(Figures.html(row.strategy())).append("</td><td>").append(row.signals())
          .append("</td><td>").append(row.fills()).append("</td><td>").append(row.contracts().toContractString())
          .append("</td><td>").append(Figures.dollars(row.fees())).append("</td>");
      money(html, row.realizedPnl().micros(), Figures.dollars(row.realizedPnl()));
      html.append("</tr>\n");
    }
    if (report.strategies().isEmpty()) {
      html.append("<tr><td colspan=\"6\">no signals or fills</td></tr>\n");
    }
    html.append("</table>\n");

    html.append("<h2>Markets</h2>\n<table>\n<tr><th>market</th><th>fills</th><th>contracts</th><th>fees</th>"
        + "<th>P&amp;L</th><th>round trips</th><th>open</th><th>result</th></tr>\n");
    for (MarketRow row : report.markets()) {
      html.append("<tr><td>").append(Figures.html(row.ticker().value())).append("</td><td>").append(row.fills())
          .append("</td><td>").append(row.contracts().toContractString()).append("</td><td>")
          .append(Figures.dollars(row.fees())).append("</td>");
      money(html, row.pnl().micros(), Figures.dollars(row.pnl()));
      html.append("<td>").append(row.roundTrips()).append("</td><td>").append(row.openQty().toContractString())
          .append("</td><td>").append(row.result() == null ? "&ndash;" : Figures.lower(row.result()))
          .append("</td></tr>\n");
    }
    if (report.markets().isEmpty()) {
      html.append("<tr><td colspan=\"8\">no fills or settlements</td></tr>\n");
    }
    html.append("</table>\n");

    html.append("<h2>Days (UTC)</h2>\n<table>\n<tr><th>date</th><th>start equity</th><th>end equity</th>"
        + "<th>P&amp;L</th><th>fees</th><th>fills</th><th>round trips</th></tr>\n");
    for (DailyRow day : report.days()) {
      html.append("<tr><td>").append(day.date()).append("</td><td>").append(Figures.dollars(day.startEquity()))
          .append("</td><td>").append(Figures.dollars(day.endEquity())).append("</td>");
      money(html, day.pnl().micros(), Figures.dollars(day.pnl()));
      html.append("<td>").append(Figures.dollars(day.fees())).append("</td><td>").append(day.fills())
          .append("</td><td>").append(day.roundTrips()).append("</td></tr>\n");
    }
    html.append("</table>\n");

    html.append("<p class=\"notes\">A round trip is a position in one market opened from flat and closed by "
        + "opposite fills or by settlement; its P&amp;L includes all fees. Settlement P&amp;L goes to the strategy "
        + "that bought the contracts (first in, first out). Sharpe and Sortino use the returns between consecutive "
        + "equity points (period ").append(Figures.ratio(r.returnPeriodSeconds()).stripTrailingZeros().toPlainString())
        .append(" s, ").append(r.returns()).append(" returns), annualised by &radic;(365 days / period), risk-free "
            + "rate 0; with fewer than two returns they are 0. Brier score: signals on markets that resolved yes or "
            + "no.</p>\n");
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void card(StringBuilder html, String key, String value, String css) {
    html.append("<div class=\"card\"><div class=\"k\">").append(key).append("</div><div class=\"v")
        .append(css.isEmpty() ? "" : " " + css).append("\">").append(Figures.html(value)).append("</div></div>\n");
  }

  private static void money(StringBuilder html, long micros, String text) {
    String css = sign(micros);
    html.append("<td").append(css.isEmpty() ? "" : " class=\"" + css + "\"").append('>').append(text)
        .append("</td>");
  }

  private static String sign(long value) {
    return value > 0 ? "pos" : value < 0 ? "neg" : "";
  }
}
