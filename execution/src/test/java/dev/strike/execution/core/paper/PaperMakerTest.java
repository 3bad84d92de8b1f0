package dev.strike.execution.core.paper;

import static dev.strike.execution.core.paper.PaperFixtures.T0;
import static dev.strike.execution.core.paper.PaperFixtures.delta;
import static dev.strike.execution.core.paper.PaperFixtures.exchangeWith;
import static dev.strike.execution.core.paper.PaperFixtures.intent;
import static dev.strike.execution.core.paper.PaperFixtures.levels;
import static dev.strike.execution.core.paper.PaperFixtures.only;
import static dev.strike.execution.core.paper.PaperFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strike.common.event.Action;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resting orders: the queue ahead, public trades at and through our price, and cancellations. The book: YES bids
 * 39×20, 40×10; NO bids 40×10 (YES ask 60). Our BUY YES 5 @ 40 rests behind the 10 displayed there.
 */
class PaperMakerTest {
  private final PaperExchange exchange = exchangeWith(levels(39, 20, 40, 10), levels(40, 10));
  private final OrderIntent bid = intent(Side.YES, Action.BUY, 40, 5, TimeInForce.GTC);

  PaperMakerTest() {
    exchange.submit(bid, T0);
  }

  /** A trade whose taker sold YES (bought NO): it hits YES bids, at {@code yesCents}. */
  private List<Fill> sellersHit(long yesCents, long contracts, long ts) {
    return only(Fill.class, exchange.onMarketData(trade(Side.NO, yesCents, contracts, ts)));
  }

  @Test
  void shouldNotFillWhenTradesHaveNotConsumedTheQueueAhead() {
    assertThat(sellersHit(40, 6, T0 + 1)).isEmpty();
    assertThat(sellersHit(40, 4, T0 + 2)).isEmpty();
  }

  @Test
  void shouldFillAsMakerWhenATradeGoesPastTheQueueAhead() {
    List<Fill> fills = sellersHit(40, 12, T0 + 1);

    assertThat(fills).extracting(Fill::price, Fill::qty, Fill::liquidity, Fill::fee)
        .containsExactly(tuple(Price.ofCents(40), Qty.ofContracts(2), Liquidity.MAKER, Money.ZERO));
  }

  @Test
  void shouldFillPartiallyWhenATradeIsSmallerThanTheRemainder() {
    sellersHit(40, 10, T0 + 1);

    List<Fill> fills = sellersHit(40, 3, T0 + 2);

    assertThat(fills).extracting(Fill::qty).containsExactly(Qty.ofContracts(3));
    assertThat(exchange.restingHundredths(bid.clientOrderId())).isEqualTo(200);
  }

  @Test
  void shouldFillAtOurPriceWhenATradePrintsThroughIt() {
    List<Fill> fills = sellersHit(39, 4, T0 + 1);

    assertThat(fills).extracting(Fill::price, Fill::qty).containsExactly(tuple(Price.ofCents(40), Qty.ofContracts(4)));
  }

  @Test
  void shouldIgnoreTradesThatHitTheOtherLadder() {
    List<StrikeEvent> out = exchange.onMarketData(trade(Side.YES, 60, 50, T0 + 1)); // a YES buyer took NO bids

    assertThat(only(Fill.class, out)).isEmpty();
  }

  @Test
  void shouldIgnoreTradesAtBetterPricesThanOurs() {
    exchange.onMarketData(delta(Side.YES, 41, 30, T0 + 1));

    assertThat(sellersHit(41, 30, T0 + 2)).isEmpty();
  }

  @Test
  void shouldShrinkTheQueueProRataRoundedAgainstUsWhenTheLevelShrinksWithoutATrade() {
    exchange.onMarketData(delta(Side.YES, 40, 5, T0 + 1)); // 15 displayed, 10 of them ahead of us
    exchange.onMarketData(delta(Side.YES, 40, -3, T0 + 2)); // ahead: 10 − floor(10 × 3 / 15) = 8

    assertThat(sellersHit(40, 9, T0 + 3)).extracting(Fill::qty).containsExactly(Qty.ofContracts(1));
  }

  @Test
  void shouldNotMoveTheQueueTwiceWhenTheBookReportsATradeAlreadySeen() {
    sellersHit(40, 6, T0 + 1); // 4 ahead
    exchange.onMarketData(delta(Side.YES, 40, -6, T0 + 2)); // the same trade, seen on the book

    assertThat(sellersHit(40, 5, T0 + 3)).extracting(Fill::qty).containsExactly(Qty.ofContracts(1));
  }

  @Test
  void shouldCapTheQueueAheadAtTheDisplayedSizeWhenTheLevelEmpties() {
    exchange.onMarketData(delta(Side.YES, 40, -10, T0 + 1));

    assertThat(sellersHit(40, 2, T0 + 2)).extracting(Fill::qty).containsExactly(Qty.ofContracts(2));
  }

  @Test
  void shouldFillASellOrderRestingAsABidOfTheOtherSide() {
    OrderIntent ask = intent(Side.YES, Action.SELL, 60, 5, TimeInForce.GTC); // rests as a NO bid at 40, behind 10

    exchange.submit(ask, T0 + 1);
    List<StrikeEvent> out = exchange.onMarketData(trade(Side.YES, 60, 12, T0 + 2));

    assertThat(only(Fill.class, out)).extracting(Fill::action, Fill::side, Fill::price, Fill::qty)
        .containsExactly(tuple(Action.SELL, Side.YES, Price.ofCents(60), Qty.ofContracts(2)));
  }

  @Test
  void shouldFillOurEarlierOrderFirstAndNeverMoreThanTheTradeWhenTwoRestAtOneLevel() {
    OrderIntent later = intent(Side.YES, Action.BUY, 40, 5, TimeInForce.GTC);
    exchange.submit(later, T0 + 1);

    List<Fill> fills = sellersHit(40, 13, T0 + 2);

    assertThat(fills).extracting(Fill::clientOrderId, Fill::qty)
        .containsExactly(tuple(bid.clientOrderId(), Qty.ofContracts(3)));
  }

  @Test
  void shouldStopRestingWhenFullyFilled() {
    sellersHit(40, 15, T0 + 1);

    assertThat(sellersHit(40, 15, T0 + 2)).isEmpty();
    assertThat(exchange.restingHundredths(bid.clientOrderId())).isZero();
  }
}
