package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.ArbTestContext.SECOND_NS;
import static dev.strike.signals.core.ArbTestContext.info;
import static dev.strike.signals.core.ArbTestContext.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.config.ConfigException;
import dev.strike.common.config.ConfigProblems;
import dev.strike.common.event.Action;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.signals.core.ArbTestContext;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParityArbitrageTest {
  private static final String TICKER = "KXBTC15M-26AUG171330-30";
  private static final String EVENT = "KXBTC15M-26AUG171330";
  private static final StrategyId ID = StrategyId.of("parity");

  private final ArbTestContext ctx = new ArbTestContext();
  private final ParityArbitrage strategy = new ParityArbitrage(ID, ArbitrageParams.defaults());

  private void addMarket(PriceGrid grid, FeeType feeType, MarketStatus status) {
    ctx.add(info(TICKER, EVENT, StrikeType.GREATER_OR_EQUAL, "63485.16", null, grid, feeType, status), null);
  }

  /** Sets the book to one YES bid and one NO bid (dollars, contracts) and hands it to {@code arbitrage}. */
  private List<Signal> topOfBook(ParityArbitrage arbitrage, String yesBid, String yesContracts, String noBid,
      String noContracts) {
    return arbitrage.onEvent(ctx, ctx.book(TICKER, List.of(level(yesBid, yesContracts)),
        List.of(level(noBid, noContracts))));
  }

  /** YES bid 0.55 x 20, NO bid 0.50 x 30: the Javadoc's example. */
  private BookSnapshot crossedBook() {
    return ctx.book(TICKER, List.of(level("0.5400", "100.00"), level("0.5500", "20.00")),
        List.of(level("0.4900", "5.00"), level("0.5000", "30.00")));
  }

  @Test
  void shouldBuyYesAndNoAtTheirAsksWhenThePairCostsLessThanOneDollarAfterFees() {
    addMarket(PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);

    List<Signal> signals = strategy.onEvent(ctx, crossedBook());

    // ask(YES) = 1 - 0.50 = 0.50 x 30, ask(NO) = 1 - 0.55 = 0.45 x 20
    // fee(YES) = 0.07 * 0.50 * 0.50 = 0.0175 = 17,500 micros; fee(NO) = 0.07 * 0.45 * 0.55 = 0.017325 = 17,325
    // profit = 1,000,000 - 500,000 - 450,000 - 17,500 - 17,325 = 15,175 micros
    // p(YES) = (500,000 + 17,500 + 15,175 / 2 = 7,587) / 1e6 = 0.525087; p(NO) = 0.474913
    assertThat(signals).hasSize(2);
    Signal yes = signals.get(0);
    Signal no = signals.get(1);
    assertThat(yes.side()).isEqualTo(Side.YES);
    assertThat(no.side()).isEqualTo(Side.NO);
    for (Signal signal : signals) {
      assertThat(signal.kind()).isEqualTo(SignalKind.ENTRY);
      assertThat(signal.action()).isEqualTo(Action.BUY);
      assertThat(signal.strategy()).isEqualTo(ID);
      assertThat(signal.confidence()).isEqualTo(1.0);
      assertThat(signal.ttlNs()).isEqualTo(2 * SECOND_NS);
      assertThat(signal.tsEvent()).isEqualTo(ctx.nowNs());
    }
    assertThat(yes.limitPrice()).isEqualTo(Price.parse("0.50"));
    assertThat(yes.marketPrice()).isEqualTo(Price.parse("0.50"));
    assertThat(no.limitPrice()).isEqualTo(Price.parse("0.45"));
    assertThat(no.marketPrice()).isEqualTo(Price.parse("0.45"));
    assertThat(yes.modelProbability()).isCloseTo(0.525087, within(1e-12));
    assertThat(no.modelProbability()).isCloseTo(0.474913, within(1e-12));
    // edge = p * 1e6 (floored by the factory) - limit - fee: 7,587 for YES, 7,588 for NO (one micro may be lost)
    assertThat(yes.edgeAfterFees().micros()).isBetween(7_586L, 7_587L);
    assertThat(no.edgeAfterFees().micros()).isBetween(7_587L, 7_588L);
    assertThat(yes.inputs()).containsEntry("askYes", 0.50).containsEntry("askNo", 0.45)
        .containsEntry("feeYes", 0.0175).containsEntry("feeNo", 0.017325)
        .containsEntry("profitPerPair", 0.015175).containsEntry("sizeAvailable", 20.0);
    assertThat(no.inputs()).isEqualTo(yes.inputs());
    assertThat(yes.signalId()).isNotEqualTo(no.signalId());
  }

  @Test
  void shouldStayQuietWhenTheCrossIsEatenByFees() {
    addMarket(PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);

    // YES bid 0.52, NO bid 0.50: asks 0.50 + 0.48 = 0.98, fees 17,500 + 0.07 * 0.48 * 0.52 = 17,472
    // -> the pair costs 1,014,972 micros: a loss of 1.5¢ despite the 2¢ cross
    List<Signal> signals = topOfBook(strategy, "0.52", "50", "0.50", "50");

    assertThat(signals).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheProfitAfterFeesIsBelowTheMinimum() {
    addMarket(PriceGrid.TAPERED_DECI_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);

    // YES bid 0.951, NO bid 0.060: asks YES 0.940, NO 0.049
    // fee(YES) = 0.07 * 0.94 * 0.06 = 0.003948 = 3,948; fee(NO) = 0.07 * 0.049 * 0.951 = 0.00326193 -> 3,262
    // profit = 1,000,000 - 940,000 - 49,000 - 3,948 - 3,262 = 3,790 < 5,000
    List<Signal> signals = topOfBook(strategy, "0.951", "50", "0.060", "50");

    assertThat(signals).isEmpty();
  }

  @Test
  void shouldFireOnTheTaperedGridWhenTheMinimumIsBelowTheProfit() {
    addMarket(PriceGrid.TAPERED_DECI_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);
    ParityArbitrage lenient = new ParityArbitrage(ID,
        new ArbitrageParams(3_000L, 100L, Duration.ofSeconds(2), Duration.ofSeconds(5)));

    // same book as above: profit 3,790 > 3,000; p(YES) = (940,000 + 3,948 + 1,895) / 1e6 = 0.945843
    List<Signal> signals = topOfBook(lenient, "0.951", "50", "0.060", "50");

    assertThat(signals).extracting(Signal::side).containsExactly(Side.YES, Side.NO);
    assertThat(signals).extracting(Signal::limitPrice).containsExactly(Price.parse("0.940"), Price.parse("0.049"));
    assertThat(signals.get(0).modelProbability()).isCloseTo(0.945843, within(1e-12));
    assertThat(signals.get(0).inputs()).containsEntry("profitPerPair", 0.00379);
  }

  @Test
  void shouldStayQuietWhenTheBookIsNotUsable() {
    addMarket(PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);
    BookSnapshot crossed = crossedBook();
    ctx.gap(TICKER);

    assertThat(strategy.onEvent(ctx, crossed)).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheMarketIsNotOpen() {
    addMarket(PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, MarketStatus.CLOSED);

    assertThat(strategy.onEvent(ctx, crossedBook())).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheFeesAreNotKnown() {
    addMarket(PriceGrid.LINEAR_CENT, FeeType.FLAT, MarketStatus.ACTIVE);

    assertThat(strategy.onEvent(ctx, crossedBook())).isEmpty();
  }

  @Test
  void shouldStayQuietWhenAnAskShowsLessThanTheMinimumSize() {
    addMarket(PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);

    // the YES bid (the NO ask) shows half a contract
    List<Signal> signals = topOfBook(strategy, "0.55", "0.50", "0.50", "30");

    assertThat(signals).isEmpty();
  }

  @Test
  void shouldStayQuietWithinTheCooldownWhileTheAsksAreUnchanged() {
    addMarket(PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);
    long t0 = ctx.nowNs();
    assertThat(strategy.onEvent(ctx, crossedBook())).hasSize(2);

    // 4.9 s later, a delta below the top leaves both asks where they were
    ctx.at(t0 + 4_900_000_000L);
    assertThat(strategy.onEvent(ctx, ctx.delta(TICKER, Side.YES, "0.54", -1_000))).isEmpty();

    // 5 s after the firing the cooldown is over
    ctx.at(t0 + 5 * SECOND_NS);
    assertThat(strategy.onEvent(ctx, ctx.delta(TICKER, Side.YES, "0.54", 1_000))).hasSize(2);
  }

  @Test
  void shouldFireAgainWithinTheCooldownWhenAnAskChanged() {
    addMarket(PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);
    long t0 = ctx.nowNs();
    assertThat(strategy.onEvent(ctx, crossedBook())).hasSize(2);

    // a NO bid at 0.51 lowers the YES ask to 0.49
    ctx.at(t0 + SECOND_NS);
    List<Signal> signals = strategy.onEvent(ctx, ctx.delta(TICKER, Side.NO, "0.51", 3_000));

    assertThat(signals).extracting(Signal::limitPrice).containsExactly(Price.parse("0.49"), Price.parse("0.45"));
  }

  @Test
  void shouldIgnoreEventsOtherThanBookUpdates() {
    addMarket(PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);
    crossedBook();

    assertThat(strategy.onEvent(ctx, ctx.update(ctx.market(TICKER).info()))).isEmpty();
  }

  @Test
  void shouldAcceptTheDefaultsAndRejectANonPositiveTtl() {
    ConfigProblems ok = ConfigProblems.create();
    ArbitrageParams.defaults().validate(ok);
    assertThat(ok.isEmpty()).isTrue();

    ArbitrageParams bad = new ArbitrageParams(-1, 0, Duration.ZERO, Duration.ofSeconds(-1));
    ConfigProblems problems = ConfigProblems.create();
    bad.validate(problems);
    assertThat(problems.all()).hasSize(4);
    assertThatThrownBy(() -> new ParityArbitrage(ID, bad)).isInstanceOf(ConfigException.class);
  }
}
