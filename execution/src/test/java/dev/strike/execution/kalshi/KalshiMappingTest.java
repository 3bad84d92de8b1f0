package dev.strike.execution.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.wire.BookSide;
import dev.strike.kalshi.wire.CreateOrderRequest;
import dev.strike.kalshi.wire.OrderTimeInForce;
import dev.strike.kalshi.wire.SelfTradePrevention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KalshiMappingTest {
  private static OrderIntent intent(Side side, Action action, String price, TimeInForce timeInForce) {
    IntentId id = IntentId.of("i-1");
    return new OrderIntent(id, ClientOrderId.forIntent(id), SignalId.of("s-1"), StrategyId.of("fv"),
        MarketTicker.of("KXA-1"), side, action, Price.parse(price), Qty.parse("2.50"), timeInForce, false, true, 0);
  }

  @ParameterizedTest
  @CsvSource({"YES,BUY,0.56,BID,0.5600", "YES,SELL,0.56,ASK,0.5600", "NO,BUY,0.30,ASK,0.7000",
      "NO,SELL,0.30,BID,0.7000"})
  void shouldMapEachSideAndActionOntoTheYesBookWhenBuildingTheCreateBody(Side side, Action action, String price,
      BookSide bookSide, String yesPrice) {
    CreateOrderRequest request = KalshiMapping.createRequest(intent(side, action, price, TimeInForce.GTC),
        SelfTradePrevention.TAKER_AT_CROSS);

    assertThat(request.side()).isEqualTo(bookSide);
    assertThat(request.price()).isEqualTo(yesPrice);
    assertThat(request.count()).isEqualTo("2.50");
    assertThat(request.reduceOnly()).isTrue();
    assertThat(request.postOnly()).isNull();
    assertThat(request.clientOrderId()).isEqualTo(ClientOrderId.forIntent(IntentId.of("i-1")).value());
  }

  @Test
  void shouldMapTimeInForceWhenBuildingTheCreateBody() {
    assertThat(KalshiMapping.createRequest(intent(Side.YES, Action.BUY, "0.5", TimeInForce.IOC),
        SelfTradePrevention.MAKER).timeInForce()).isEqualTo(OrderTimeInForce.IMMEDIATE_OR_CANCEL);
    assertThat(KalshiMapping.createRequest(intent(Side.YES, Action.BUY, "0.5", TimeInForce.FOK),
        SelfTradePrevention.MAKER).timeInForce()).isEqualTo(OrderTimeInForce.FILL_OR_KILL);
  }

  @Test
  void shouldExpressAFillOnTheIntentSideWhenKalshiReportsTheOtherOutcome() {
    Execution sellYes = new Execution(TradeId.of("t"), VenueOrderId.of("o"), null, MarketTicker.of("KXA-1"),
        Side.YES, Action.SELL, Price.parse("0.70"), Qty.ofContracts(3), Money.parse("0.0123"), Liquidity.TAKER, 1);

    Execution buyNo = sellYes.on(Side.NO);

    assertThat(buyNo.side()).isEqualTo(Side.NO);
    assertThat(buyNo.action()).isEqualTo(Action.BUY);
    assertThat(buyNo.price()).isEqualTo(Price.parse("0.30"));
    assertThat(buyNo.fee()).isEqualTo(Money.parse("0.0123"));
    assertThat(sellYes.on(Side.YES)).isSameAs(sellYes);
  }
}
