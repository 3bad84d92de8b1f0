package dev.strike.risk.core.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.Side;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PositionView;
import dev.strike.risk.core.RiskFixtures;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PortfolioProperties {
  private static final List<MarketInfo> MARKETS =
      List.of(RiskFixtures.market("30"), RiskFixtures.market("31"), RiskFixtures.market("32"));

  /** One input: a fill (price in cents, contracts, fee in cents) or, with {@code settle}, a settlement. */
  record Step(int market, Side side, Action action, int cents, int contracts, int feeCents, boolean settle,
      boolean yesWins) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(Side.class),
            Arbitraries.of(Action.class), Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 50),
            Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 9).map(i -> i == 0),
            Arbitraries.of(true, false))
        .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(60);
  }

  @Property(tries = 300)
  void shouldBalanceCashAgainstRealizedPnlAndOpenCost(@ForAll("steps") List<Step> steps) {
    MarketBoard board = new MarketBoard();
    MARKETS.forEach(board::onMarket);
    Portfolio portfolio = new Portfolio(RiskFixtures.ACCOUNT, Money.ofDollars(1_000), board, TradingDay.UTC_MIDNIGHT,
        30_000_000_000L);
    long t = RiskFixtures.OPEN_NS;
    long feesPaid = 0;
    int n = 0;
    for (Step step : steps) {
      t += 1_000_000_000L;
      MarketInfo market = MARKETS.get(step.market());
      if (step.settle()) {
        PositionView held = portfolio.position(market.ticker());
        long yes = held != null && held.side() == Side.YES ? held.qty().hundredths() : 0;
        long no = held != null && held.side() == Side.NO ? held.qty().hundredths() : 0;
        long paid = step.yesWins() ? yes : no;
        portfolio.onSettled(new dev.strike.common.event.MarketSettled(market.ticker(), RiskFixtures.ACCOUNT,
            dev.strike.common.event.Venue.PAPER, step.yesWins() ? MarketResult.YES : MarketResult.NO,
            step.yesWins() ? Price.ONE : Price.ZERO, Qty.ofHundredths(yes), Qty.ofHundredths(no),
            Price.ONE.notional(Qty.ofHundredths(paid), RoundingMode.DOWN), Money.ZERO, t, t));
      } else {
        portfolio.onFill(RiskFixtures.fill("t" + n++, market.ticker(), step.side(), step.action(),
            Price.ofCents(step.cents()).toDollarString(), step.contracts(),
            Money.ofCents(step.feeCents()).toDollarString(), t));
        feesPaid += Money.ofCents(step.feeCents()).micros();
      }

      long openCost = 0;
      for (PositionView position : portfolio.positions()) {
        assertThat(position.qty().hundredths()).isPositive();
        openCost += position.cost().micros();
      }
      assertThat(portfolio.cash().micros())
          .isEqualTo(Money.ofDollars(1_000).micros() + portfolio.realizedPnl().micros() - openCost);
      assertThat(portfolio.fees().micros()).isEqualTo(feesPaid);
      assertThat(portfolio.totalExposure().micros()).isEqualTo(openCost);
      assertThat(portfolio.wins() + portfolio.losses())
          .isGreaterThanOrEqualTo(portfolio.consecutiveLosses() + portfolio.consecutiveWins());
    }
  }
}
