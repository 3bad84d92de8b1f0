package dev.strike.app.backtest.report;

import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.app.backtest.report.BacktestReport.DailyRow;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.money.Price;
import java.util.List;

/**
 * The two CSV files of a report: comma-separated, a header line, {@code \n} line ends, UTF-8, exact decimal
 * strings, lower-case enums, times ISO-8601 UTC. Stateless.
 */
final class ReportCsv {
  private ReportCsv() {}

  /** Header of {@code trades.csv}. */
  static final String TRADES_HEADER =
      "time,kind,ticker,strategy,intent,side,action,price,qty,fee,liquidity,payout,result";

  /** Header of {@code daily_pnl.csv}. */
  static final String DAILY_HEADER = "date,start_equity,end_equity,pnl,fees,fills,round_trips";

  /**
   * {@code trades.csv}: one line per fill ({@code kind=fill}) and one per settlement ({@code kind=settlement}),
   * merged by event time (fills first on ties). Fill lines leave {@code payout} and {@code result} empty. A
   * settlement line leaves {@code strategy}, {@code intent} and {@code liquidity} empty and has {@code action=settle},
   * {@code side} the side held ({@code yes}, {@code no}, {@code yes+no} if both, empty if neither), {@code price}
   * what one contract of that side paid ({@code yes} payout for {@code yes+no} or empty), {@code qty} the contracts
   * settled (YES plus NO), {@code fee} the settlement fee, {@code payout} the total paid and {@code result} the
   * outcome.
   */
  static String trades(BacktestRecord record) {
    StringBuilder out = new StringBuilder(TRADES_HEADER).append('\n');
    for (StrikeEvent event : ReportEvents.merged(record)) {
      if (event instanceof Fill fill) {
        line(out, Figures.instant(fill.tsEvent()), "fill", fill.ticker().value(), fill.strategy().value(),
            fill.intentId().value(), Figures.lower(fill.side()), Figures.lower(fill.action()),
            fill.price().toDollarString(), fill.qty().toContractString(), fill.fee().toDollarString(),
            Figures.lower(fill.liquidity()), "", "");
      } else {
        MarketSettled s = (MarketSettled) event;
        boolean yes = !s.yesQty().isZero();
        boolean no = !s.noQty().isZero();
        String side = yes && no ? "yes+no" : yes ? "yes" : no ? "no" : "";
        Price perContract = no && !yes ? s.yesPayout().complement() : s.yesPayout();
        line(out, Figures.instant(s.tsEvent()), "settlement", s.ticker().value(), "", "", side, "settle",
            perContract.toDollarString(), s.yesQty().plus(s.noQty()).toContractString(), s.fee().toDollarString(), "",
            s.payout().toDollarString(), Figures.lower(s.result()));
      }
    }
    return out.toString();
  }

  /** {@code daily_pnl.csv}: one line per {@link DailyRow}, {@code fills} and {@code round_trips} as counts. */
  static String daily(List<DailyRow> days) {
    StringBuilder out = new StringBuilder(DAILY_HEADER).append('\n');
    for (DailyRow day : days) {
      line(out, day.date().toString(), day.startEquity().toDollarString(), day.endEquity().toDollarString(),
          day.pnl().toDollarString(), day.fees().toDollarString(), Long.toString(day.fills()),
          Long.toString(day.roundTrips()));
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(Figures.csv(fields[i]));
    }
    out.append('\n');
  }
}
