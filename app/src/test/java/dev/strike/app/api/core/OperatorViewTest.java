package dev.strike.app.api.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.EventSamples;
import dev.strike.common.event.Fill;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.Signal;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The API's fold: bounded recent lists, the newest snapshot, the equity curve and the live figures. */
class OperatorViewTest {
  private static final Money START = Money.parse("1000.00");

  private static PortfolioSnapshot cashOnly(String cash, long tsNs) {
    return new PortfolioSnapshot(EventSamples.ACCOUNT, Money.parse(cash), Money.ZERO, Money.ZERO, Money.ZERO,
        START, List.of(), new TreeMap<>(), tsNs, tsNs);
  }

  private static Fill fill(String id, Action action, String price, long tsNs) {
    Fill f = EventSamples.fill();
    return new Fill(TradeId.of(id), f.clientOrderId(), f.venueOrderId(), f.intentId(), f.strategy(), f.ticker(),
        f.venue(), f.side(), action, Price.parse(price), f.qty(), Money.ZERO, f.liquidity(), tsNs, tsNs);
  }

  @Test
  void shouldKeepOnlyTheNewestItemsWhenHistoryIsFull() {
    OperatorView view = new OperatorView(START, 2, 10);
    Signal signal = EventSamples.signal();
    for (int i = 0; i < 5; i++) {
      view.onSignal(signal);
    }
    view.onFill(fill("t1", Action.BUY, "0.40", 1_000));
    view.onFill(fill("t2", Action.SELL, "0.50", 2_000));
    view.onFill(fill("t3", Action.BUY, "0.40", 3_000));
    ApiState state = view.state();
    assertThat(state.signals()).hasSize(2);
    assertThat(state.signalCount()).isEqualTo(5);
    assertThat(state.trades()).extracting(f -> f.tradeId().value()).containsExactly("t3", "t2");
    assertThat(state.fills()).isEqualTo(3);
  }

  @Test
  void shouldIgnoreAnOlderSnapshotWhenItArrivesLate() {
    OperatorView view = new OperatorView(START, 10, 10);
    view.onPortfolio(cashOnly("1010.00", 2_000));
    view.onPortfolio(cashOnly("990.00", 1_000));
    assertThat(view.state().portfolio().cash()).isEqualTo(Money.parse("1010.00"));
    assertThat(view.state().equity()).hasSize(1);
  }

  @Test
  void shouldComputeReturnDrawdownAndTradesFromSnapshotsAndFills() {
    OperatorView view = new OperatorView(START, 10, 10);
    view.onPortfolio(cashOnly("1000.00", 1_000_000_000L));
    view.onPortfolio(cashOnly("1100.00", 2_000_000_000L));
    view.onPortfolio(cashOnly("1045.00", 3_000_000_000L));
    // one winning round trip: buy 10 at 0.40, sell 10 at 0.50, no fees
    view.onFill(fill("t1", Action.BUY, "0.40", 1_000));
    view.onFill(fill("t2", Action.SELL, "0.50", 2_000));
    var figures = view.state().performance();
    assertThat(figures.totalReturn()).isEqualTo(0.045);
    assertThat(figures.maxDrawdown()).isEqualTo(Money.parse("55.00"));
    assertThat(figures.trades()).isEqualTo(1);
    assertThat(figures.winRate()).isEqualTo(1.0);
    assertThat(figures.bestTrade()).isEqualTo(Money.parse("1.00"));
    assertThat(figures.sharpe()).isNotZero();
  }

  @Test
  void shouldDropTheOldestEquityPointWhenTheCurveIsFull() {
    OperatorView view = new OperatorView(START, 10, 2);
    view.onPortfolio(cashOnly("1000.00", 1_000));
    view.onPortfolio(cashOnly("1001.00", 2_000));
    view.onPortfolio(cashOnly("1002.00", 3_000));
    assertThat(view.state().equity()).extracting(p -> p.tsNs()).containsExactly(2_000L, 3_000L);
  }

  @Test
  void shouldReturnTheSameStateWhenNothingChanged() {
    OperatorView view = new OperatorView(START, 10, 10);
    view.onSignal(EventSamples.signal());
    ApiState first = view.state();
    assertThat(view.state()).isSameAs(first);
    view.onFeed("md.book", 5);
    assertThat(view.state().feedArrivals()).containsEntry("md.book", 5L);
    assertThat(view.state().version()).isEqualTo(first.version());
  }

  @Test
  void shouldValueEquityAtMarksRoundedDown() {
    assertThat(OperatorView.equityOf(EventSamples.portfolioSnapshot())).isEqualTo(Money.parse("1000.02"));
  }

  @Test
  void shouldThinTheCurveToAtMost500PointsKeepingTheLast() {
    OperatorView view = new OperatorView(START, 10, 2_000);
    for (int i = 1; i <= 1_234; i++) {
      view.onPortfolio(cashOnly("1000.00", i * 1_000_000L));
    }
    List<Views.CurvePoint> curve = Views.performance(view.state()).curve();
    assertThat(curve.size()).isLessThanOrEqualTo(Views.MAX_CURVE_POINTS);
    assertThat(curve.get(curve.size() - 1).tsMs()).isEqualTo(1_234L);
  }
}
