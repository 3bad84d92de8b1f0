package dev.strike.execution.core.paper;

import static dev.strike.execution.core.paper.PaperFixtures.T0;
import static dev.strike.execution.core.paper.PaperFixtures.intent;
import static dev.strike.execution.core.paper.PaperFixtures.levels;
import static dev.strike.execution.core.paper.PaperFixtures.only;
import static dev.strike.execution.core.paper.PaperFixtures.snapshot;
import static dev.strike.execution.core.paper.PaperFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Side;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Fees of paper fills reproduce the documented examples of kalshi-api.md §7: a taker pays
 * {@code ceil-to-cent(0.07 × C × P × (1 − P))}: 1 @ $0.50 → $0.02, 100 @ $0.50 → $1.75, 100 @ $0.10 → $0.63; a maker
 * pays nothing on {@code quadratic} and a quarter of the taker coefficient on {@code quadratic_with_maker_fees}.
 */
class PaperFeesTest {

  private static Money takerFee(long cents, long contracts) {
    PaperExchange exchange = new PaperExchange(PaperSettings.of(LatencyModel.ZERO));
    exchange.onMarketData(PaperFixtures.activeMarket());
    exchange.onMarketData(snapshot(levels(), levels(100 - cents, 1_000), T0));
    return only(Fill.class, exchange.submit(intent(Side.YES, Action.BUY, cents, contracts, TimeInForce.IOC), T0))
        .get(0).fee();
  }

  private static Money makerFee(FeeType feeType, long contracts) {
    PaperExchange exchange = new PaperExchange(PaperSettings.of(LatencyModel.ZERO));
    exchange.onMarketData(PaperFixtures.activeMarket(feeType));
    exchange.onMarketData(snapshot(levels(), levels(), T0));
    exchange.submit(intent(Side.YES, Action.BUY, 50, contracts, TimeInForce.GTC), T0);
    return only(Fill.class, exchange.onMarketData(trade(Side.NO, 50, contracts, T0 + 1))).get(0).fee();
  }

  @Test
  void shouldChargeTwoCentsWhenATakerBuysOneContractAtFiftyCents() {
    assertThat(takerFee(50, 1)).isEqualTo(Money.ofCents(2));
  }

  @Test
  void shouldChargeOneSeventyFiveWhenATakerBuysOneHundredContractsAtFiftyCents() {
    assertThat(takerFee(50, 100)).isEqualTo(Money.parse("1.75"));
  }

  @Test
  void shouldChargeSixtyThreeCentsWhenATakerBuysOneHundredContractsAtTenCents() {
    assertThat(takerFee(10, 100)).isEqualTo(Money.ofCents(63));
  }

  @Test
  void shouldChargeMakersNothingWhenTheSeriesIsQuadratic() {
    assertThat(makerFee(FeeType.QUADRATIC, 100)).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldChargeMakersAQuarterOfTheTakerRateWhenTheSeriesHasMakerFees() {
    assertThat(makerFee(FeeType.QUADRATIC_WITH_MAKER_FEES, 100)).isEqualTo(Money.ofCents(44)); // ceil(0.4375)
  }
}
