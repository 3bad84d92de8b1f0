package dev.strike.execution.core.paper;

import static dev.strike.execution.core.paper.PaperFixtures.T0;
import static dev.strike.execution.core.paper.PaperFixtures.exchangeWith;
import static dev.strike.execution.core.paper.PaperFixtures.intent;
import static dev.strike.execution.core.paper.PaperFixtures.levels;
import static dev.strike.execution.core.paper.PaperFixtures.only;
import static dev.strike.execution.core.paper.PaperFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderRejected;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.event.Venue;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.SignalId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Orders the paper venue refuses on arrival, and settings it refuses to start with. */
class PaperRejectionTest {

  private static List<String> codes(List<StrikeEvent> events) {
    return only(OrderRejected.class, events).stream().map(OrderRejected::code).toList();
  }

  @Test
  void shouldRejectWhenTheMarketIsUnknown() {
    PaperExchange exchange = new PaperExchange(PaperSettings.of(LatencyModel.ZERO));

    assertThat(codes(exchange.submit(intent(Side.YES, Action.BUY, 42, 1, TimeInForce.IOC), T0)))
        .containsExactly("market_not_found");
  }

  @Test
  void shouldRejectWhenTheMarketIsNotOpen() {
    PaperExchange exchange = exchangeWith(levels(40, 5), levels(58, 3));
    exchange.onMarketData(PaperFixtures.market(MarketStatus.INACTIVE, FeeType.QUADRATIC, "1", null, null, T0 + 1));

    assertThat(codes(exchange.submit(intent(Side.YES, Action.BUY, 42, 1, TimeInForce.IOC), T0 + 2)))
        .containsExactly("MARKET_INACTIVE");
  }

  @Test
  void shouldRejectWhenTheBookHadAGapSinceTheLastSnapshot() {
    PaperExchange exchange = exchangeWith(levels(40, 5), levels(58, 3));
    exchange.onMarketData(new BookGap(PaperFixtures.TICKER, 1, 5, 7, "sequence gap", T0 + 1, T0 + 1));

    assertThat(codes(exchange.submit(intent(Side.YES, Action.BUY, 42, 1, TimeInForce.IOC), T0 + 2)))
        .containsExactly("paper_book_unavailable");
  }

  @Test
  void shouldTradeAgainWhenASnapshotFollowsAGap() {
    PaperExchange exchange = exchangeWith(levels(40, 5), levels(58, 3));
    exchange.onMarketData(new BookGap(PaperFixtures.TICKER, 1, 5, 7, "sequence gap", T0 + 1, T0 + 1));
    exchange.onMarketData(snapshot(levels(40, 5), levels(58, 3), T0 + 2));

    assertThat(codes(exchange.submit(intent(Side.YES, Action.BUY, 42, 1, TimeInForce.IOC), T0 + 3))).isEmpty();
  }

  @Test
  void shouldRejectWhenTheFeeScheduleIsUnknown() {
    PaperExchange exchange = new PaperExchange(PaperSettings.of(LatencyModel.ZERO));
    exchange.onMarketData(PaperFixtures.activeMarket(FeeType.FLAT));
    exchange.onMarketData(snapshot(levels(40, 5), levels(58, 3), T0));

    assertThat(codes(exchange.submit(intent(Side.YES, Action.BUY, 42, 1, TimeInForce.IOC), T0)))
        .containsExactly("paper_fee_unknown");
  }

  @Test
  void shouldRejectAReduceOnlyOrderWhenItWouldIncreaseThePosition() {
    PaperExchange exchange = exchangeWith(levels(40, 5), levels(58, 3));
    IntentId id = IntentId.of("exit-1");
    OrderIntent exit = new OrderIntent(id, ClientOrderId.forIntent(id), SignalId.of("s"), PaperFixtures.STRATEGY,
        PaperFixtures.TICKER, Side.YES, Action.SELL, Price.ofCents(40), Qty.ofContracts(1), TimeInForce.IOC, false,
        true, 0);

    assertThat(codes(exchange.submit(exit, T0))).containsExactly("reduce_only");
  }

  @Test
  void shouldRefuseSettingsWhenTheVenueIsNotPaper() {
    assertThatThrownBy(() -> new PaperSettings(LatencyModel.ZERO, Venue.LIVE, PaperSettings.DEFAULT_ACCOUNT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAPER");
  }

  @Test
  void shouldRefuseALatencyModelWhenASampleIsNegative() {
    assertThatThrownBy(() -> new LatencyModel.Empirical(new long[] {5, -1}, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  @Test
  void shouldRefuseALatencyModelWhenThereAreNoSamples() {
    assertThatThrownBy(() -> new LatencyModel.Empirical(new long[0], 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one sample");
  }
}
