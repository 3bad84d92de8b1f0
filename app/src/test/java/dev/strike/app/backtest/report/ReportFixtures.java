package dev.strike.app.backtest.report;

import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.app.backtest.core.EquityPoint;
import dev.strike.common.event.Action;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.Venue;
import dev.strike.common.id.AccountId;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Records built by hand for the report tests. */
final class ReportFixtures {
  private ReportFixtures() {}

  static final MarketTicker A = MarketTicker.of("KXTEST-A");
  static final MarketTicker B = MarketTicker.of("KXTEST-B");
  static final MarketTicker C = MarketTicker.of("KXTEST-C");
  static final MarketTicker D = MarketTicker.of("KXTEST-D");
  static final String ALPHA = "alpha";
  static final String BETA = "beta";
  /** 2026-02-25T23:56:00Z: the tiny run crosses midnight UTC after four minutes. */
  static final long T0 = Instant.parse("2026-02-25T23:56:00Z").getEpochSecond() * 1_000_000_000L;
  static final long MINUTE = 60_000_000_000L;

  static long minute(int m) {
    return T0 + m * MINUTE;
  }

  static Fill fill(String strategy, MarketTicker ticker, Side side, Action action, String price, long contracts,
      String fee, Liquidity liquidity, long tsNs) {
    String key = strategy + "-" + ticker.value() + "-" + action.name().toLowerCase(java.util.Locale.ROOT) + "-" + tsNs;
    IntentId intent = IntentId.of("intent-" + key);
    return new Fill(TradeId.of("trade-" + key), ClientOrderId.forIntent(intent), null, intent, StrategyId.of(strategy),
        ticker, Venue.PAPER, side, action, Price.parse(price), Qty.ofContracts(contracts), Money.parse(fee), liquidity,
        tsNs, tsNs);
  }

  static MarketSettled settled(MarketTicker ticker, MarketResult result, long yesContracts, long noContracts,
      String payout, String fee, long tsNs) {
    return new MarketSettled(ticker, AccountId.of("paper"), Venue.PAPER, result,
        result == MarketResult.YES ? Price.ONE : Price.ZERO, Qty.ofContracts(yesContracts),
        Qty.ofContracts(noContracts), Money.parse(payout), Money.parse(fee), tsNs, tsNs);
  }

  static Signal signal(String strategy, MarketTicker ticker, Side side, double probability, long tsNs) {
    return new Signal(SignalId.of("signal-" + strategy + "-" + ticker.value() + "-" + tsNs), StrategyId.of(strategy), ticker, SignalKind.ENTRY, side, Action.BUY,
        probability, Price.parse("0.40"), Money.parse("0.05"), 0.5, Price.parse("0.40"), MINUTE, "test",
        new TreeMap<>(), tsNs, tsNs);
  }

  static EquityPoint point(int minute, String equity, String exposure, String realized, String fees) {
    return new EquityPoint(minute(minute), Money.parse(equity), Money.parse(exposure), Money.parse(realized),
        Money.parse(fees));
  }

  /**
   * The hand-computed run: $100 starting cash, three markets.
   *
   * <pre>
   * min  time (UTC)         event                                              cash     marks            equity
   *  0   02-25 23:56        start                                              100.00   -                100.00
   *  1   02-25 23:57  alpha buy YES 10 A @0.40 fee 0.17 taker: 4.00+0.17       95.83    A 4.00            99.83
   *  2   02-25 23:58  beta  buy NO   5 B @0.30 fee 0.11 maker: 1.50+0.11       94.22    +B 1.50           99.72
   *  3   02-25 23:59  alpha buy YES  4 C @0.50 fee 0.02 maker: 2.00+0.02       92.20    +C 2.00           99.70
   *  4   02-26 00:00  marks move: A 0.55, B 0.20, C 0.60                       92.20    5.50+1.00+2.40   101.10
   *  5   02-26 00:01  alpha sell YES 4 C @0.60 fee 0.07 taker: +2.40-0.07     94.53    5.50+1.00        101.03
   *  6   02-26 00:02  marks move: A 0.45, B 0.05                               94.53    4.50+0.25         99.28
   *  7   02-26 00:03  A settles YES: 10 x $1 = 10.00                           104.53   B 0.25           104.78
   *  8   02-26 00:04  B settles YES: our NO pays 0                             104.53   -                104.53
   * </pre>
   *
   * Results: A YES, B YES, C NO (we were flat in C when it resolved), D has none.
   */
  static BacktestRecord tiny() {
    List<Fill> fills = List.of(
        fill(ALPHA, A, Side.YES, Action.BUY, "0.40", 10, "0.17", Liquidity.TAKER, minute(1)),
        fill(BETA, B, Side.NO, Action.BUY, "0.30", 5, "0.11", Liquidity.MAKER, minute(2)),
        fill(ALPHA, C, Side.YES, Action.BUY, "0.50", 4, "0.02", Liquidity.MAKER, minute(3)),
        fill(ALPHA, C, Side.YES, Action.SELL, "0.60", 4, "0.07", Liquidity.TAKER, minute(5)));
    List<MarketSettled> settlements = List.of(
        settled(A, MarketResult.YES, 10, 0, "10.00", "0", minute(7)),
        settled(B, MarketResult.YES, 0, 5, "0", "0", minute(8)));
    List<Signal> signals = List.of(
        signal(ALPHA, A, Side.YES, 0.70, minute(1)),
        signal(BETA, B, Side.NO, 0.60, minute(2)),
        signal(ALPHA, C, Side.YES, 0.55, minute(3)),
        signal(ALPHA, D, Side.YES, 0.90, minute(3)));
    TreeMap<MarketTicker, MarketResult> results = new TreeMap<>();
    results.put(A, MarketResult.YES);
    results.put(B, MarketResult.YES);
    results.put(C, MarketResult.NO);
    List<EquityPoint> equity = List.of(
        point(0, "100.00", "0", "0", "0"),
        point(1, "99.83", "4.17", "0", "0.17"),
        point(2, "99.72", "5.78", "0", "0.28"),
        point(3, "99.70", "7.80", "0", "0.30"),
        point(4, "101.10", "7.80", "0", "0.30"),
        point(5, "101.03", "5.78", "0.31", "0.37"),
        point(6, "99.28", "5.78", "0.31", "0.37"),
        point(7, "104.78", "1.61", "6.14", "0.37"),
        point(8, "104.53", "0", "4.53", "0.37"));
    return new BacktestRecord("tiny", Money.ofDollars(100), fills, settlements, signals, List.of(), results, equity,
        1234, minute(0), minute(8));
  }

  /** A run that read data but never traded: no fills, signals or equity points. */
  static BacktestRecord empty() {
    return new BacktestRecord("empty", Money.ofDollars(100), List.of(), List.of(), List.of(), List.of(),
        new TreeMap<>(), List.of(), 0, minute(0), minute(0));
  }

  /** A record with only an equity curve, one point a minute. */
  static BacktestRecord curve(String... equities) {
    List<EquityPoint> equity = new ArrayList<>();
    for (int i = 0; i < equities.length; i++) {
      equity.add(point(i, equities[i], "0", "0", "0"));
    }
    return new BacktestRecord("curve", Money.parse(equities.length == 0 ? "100" : equities[0]), List.of(), List.of(),
        List.of(), List.of(), new TreeMap<>(), equity, 0, minute(0), minute(Math.max(0, equities.length - 1)));
  }
}
