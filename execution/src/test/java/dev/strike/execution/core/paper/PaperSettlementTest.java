package dev.strike.execution.core.paper;

import static dev.strike.execution.core.paper.PaperFixtures.CLOSE;
import static dev.strike.execution.core.paper.PaperFixtures.T0;
import static dev.strike.execution.core.paper.PaperFixtures.exchangeWith;
import static dev.strike.execution.core.paper.PaperFixtures.intent;
import static dev.strike.execution.core.paper.PaperFixtures.levels;
import static dev.strike.execution.core.paper.PaperFixtures.only;
import static dev.strike.execution.core.paper.PaperFixtures.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strike.common.event.Action;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Settlement pays our net position; closing cancels resting orders. Book: YES bids 40×50; NO bids 58×50. */
class PaperSettlementTest {
  private static final long LATER = CLOSE + 1;
  private final PaperExchange exchange = exchangeWith(levels(40, 50), levels(58, 50));

  private void buy(Side side, long contracts) {
    exchange.submit(intent(side, Action.BUY, side == Side.YES ? 42 : 60, contracts, TimeInForce.IOC), T0);
  }

  @Test
  void shouldPayOneDollarPerYesContractWhenYesWins() {
    buy(Side.YES, 10);

    List<StrikeEvent> out = exchange.onMarketData(settled(MarketResult.YES, null, LATER));

    assertThat(only(MarketSettled.class, out))
        .extracting(MarketSettled::yesQty, MarketSettled::noQty, MarketSettled::payout, MarketSettled::fee)
        .containsExactly(tuple(Qty.ofContracts(10), Qty.ZERO, Money.ofDollars(10), Money.ZERO));
  }

  @Test
  void shouldPayOneDollarPerNoContractWhenNoWins() {
    buy(Side.NO, 7);

    List<StrikeEvent> out = exchange.onMarketData(settled(MarketResult.NO, null, LATER));

    assertThat(only(MarketSettled.class, out)).extracting(MarketSettled::noQty, MarketSettled::payout)
        .containsExactly(tuple(Qty.ofContracts(7), Money.ofDollars(7)));
  }

  @Test
  void shouldPayNothingWhenOurSideLoses() {
    buy(Side.YES, 10);

    List<StrikeEvent> out = exchange.onMarketData(settled(MarketResult.NO, null, LATER));

    assertThat(only(MarketSettled.class, out)).extracting(MarketSettled::payout, MarketSettled::yesPayout)
        .containsExactly(tuple(Money.ZERO, Price.ZERO));
  }

  @Test
  void shouldPayTheNetPositionWhenWeBoughtBothSides() {
    buy(Side.YES, 10);
    buy(Side.NO, 4);

    List<StrikeEvent> out = exchange.onMarketData(settled(MarketResult.YES, null, LATER));

    assertThat(only(MarketSettled.class, out)).extracting(MarketSettled::yesQty, MarketSettled::payout)
        .containsExactly(tuple(Qty.ofContracts(6), Money.ofDollars(6)));
  }

  @Test
  void shouldPayTheScalarValuePerYesContractWhenTheResultIsScalar() {
    buy(Side.YES, 10);

    List<StrikeEvent> out = exchange.onMarketData(settled(MarketResult.SCALAR, Price.ofCents(30), LATER));

    assertThat(only(MarketSettled.class, out)).extracting(MarketSettled::payout).containsExactly(Money.ofCents(300));
  }

  @Test
  void shouldSettleOnceWhenTheResultIsRepeated() {
    buy(Side.YES, 10);
    exchange.onMarketData(settled(MarketResult.YES, null, LATER));

    List<StrikeEvent> out = exchange.onMarketData(PaperFixtures.market(MarketStatus.FINALIZED, FeeType.QUADRATIC,
        "1", MarketResult.YES, null, LATER + 1));

    assertThat(out).isEmpty();
  }

  @Test
  void shouldNotSettleWhenWeHoldNothing() {
    assertThat(exchange.onMarketData(settled(MarketResult.YES, null, LATER))).isEmpty();
  }

  @Test
  void shouldCancelRestingOrdersWhenTheMarketSettles() {
    OrderIntent bid = intent(Side.YES, Action.BUY, 30, 5, TimeInForce.GTC);
    exchange.submit(bid, T0);

    List<StrikeEvent> out = exchange.onMarketData(settled(MarketResult.YES, null, CLOSE - 1));

    assertThat(only(OrderCanceled.class, out)).extracting(OrderCanceled::reason, OrderCanceled::canceledQty)
        .containsExactly(tuple(CancelReason.MARKET_CLOSED, Qty.ofContracts(5)));
  }

  @Test
  void shouldCancelRestingOrdersWhenTheCloseTimePasses() {
    exchange.submit(intent(Side.YES, Action.BUY, 30, 5, TimeInForce.GTC), T0);

    assertThat(exchange.advanceTo(CLOSE - 1)).isEmpty();
    List<StrikeEvent> out = exchange.advanceTo(CLOSE);

    assertThat(only(OrderCanceled.class, out)).extracting(OrderCanceled::reason, OrderCanceled::tsEvent)
        .containsExactly(tuple(CancelReason.MARKET_CLOSED, CLOSE));
  }
}
