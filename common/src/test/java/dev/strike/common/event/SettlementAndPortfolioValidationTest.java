package dev.strike.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SettlementAndPortfolioValidationTest {
  private static final MarketSettled S = EventSamples.marketSettled();
  private static final PortfolioSnapshot P = EventSamples.portfolioSnapshot();

  private static MarketSettled settled(MarketResult result, Price yesPayout, Money payout, Money fee) {
    return new MarketSettled(S.ticker(), S.account(), S.venue(), result, yesPayout, S.yesQty(), S.noQty(), payout,
        fee, S.tsEvent(), S.tsInit());
  }

  private static PortfolioSnapshot portfolio(Money reservedCash, SortedMap<String, Long> inputOffsets) {
    return new PortfolioSnapshot(P.account(), P.cash(), reservedCash, P.realizedPnl(), P.fees(), P.peakEquity(),
        P.positions(), inputOffsets, P.tsEvent(), P.tsInit());
  }

  @Test
  void shouldRejectYesResultWhenYesDoesNotPayOneDollar() {
    assertThatThrownBy(() -> settled(MarketResult.YES, Price.ofCents(99), S.payout(), S.fee()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a YES result pays $1 per YES contract, got $0.9900");
  }

  @Test
  void shouldRejectNoResultWhenYesPaysAnything() {
    assertThatThrownBy(() -> settled(MarketResult.NO, Price.ONE, S.payout(), S.fee()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a NO result pays $0 per YES contract, got $1.0000");
  }

  @Test
  void shouldAcceptScalarResultWhenYesPaysPartOfADollar() {
    assertThat(settled(MarketResult.SCALAR, Price.parse("0.3712"), S.payout(), S.fee()).yesPayout())
        .isEqualTo(Price.parse("0.3712"));
  }

  @Test
  void shouldRejectSettlementWhenPayoutIsNegative() {
    assertThatThrownBy(() -> settled(MarketResult.YES, Price.ONE, Money.parse("-1"), S.fee()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a settlement payout must not be negative, got $-1.00");
  }

  @Test
  void shouldRejectSettlementWhenFeeIsNegative() {
    assertThatThrownBy(() -> settled(MarketResult.YES, Price.ONE, S.payout(), Money.parse("-0.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a settlement fee must not be negative, got $-0.01");
  }

  @Test
  void shouldRejectPortfolioWhenReservedCashIsNegative() {
    assertThatThrownBy(() -> portfolio(Money.parse("-7.05"), P.inputOffsets()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reservedCash must not be negative, got $-7.05");
  }

  @Test
  void shouldRejectPortfolioWhenAnInputOffsetIsNegative() {
    SortedMap<String, Long> offsets = new TreeMap<>(Map.of("trades-3", -1L));

    assertThatThrownBy(() -> portfolio(P.reservedCash(), offsets))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inputOffsets.trades-3 must not be negative, got -1");
  }

  @Test
  void shouldRejectPortfolioWhenAnInputOffsetIsNull() {
    SortedMap<String, Long> offsets = new TreeMap<>();
    offsets.put("trades-3", null);

    assertThatThrownBy(() -> portfolio(P.reservedCash(), offsets))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inputOffsets.trades-3 is required");
  }

  @Test
  void shouldRejectPositionWhenQuantityIsZero() {
    PositionSnapshot p = P.positions().get(0);

    assertThatThrownBy(() -> new PositionSnapshot(p.ticker(), p.eventTicker(), p.seriesTicker(), p.side(), Qty.ZERO,
        p.cost(), p.realizedPnl()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a position snapshot holds a positive quantity");
  }

  @Test
  void shouldAcceptPortfolioWhenFlat() {
    PortfolioSnapshot flat = new PortfolioSnapshot(P.account(), Money.ofDollars(1_000), Money.ZERO, Money.ZERO,
        Money.ZERO, Money.ofDollars(1_000), List.of(), new TreeMap<>(), P.tsEvent(), P.tsInit());

    assertThat(flat.positions()).isEmpty();
  }

  @Test
  void shouldDefaultTheGateFieldsWhenDecodingASnapshotWrittenBeforeTheyExisted() {
    String v1 = "{\"type\":\"PortfolioSnapshot\",\"schemaVersion\":1,\"account\":\"kalshi-demo\",\"cash\":\"995.12\","
        + "\"reservedCash\":\"0.00\",\"realizedPnl\":\"0.00\",\"fees\":\"0.18\",\"peakEquity\":\"1000.00\","
        + "\"positions\":[],\"inputOffsets\":{},\"tsEvent\":1786987270000000000,\"tsInit\":1786987270000811653}";

    PortfolioSnapshot decoded = (PortfolioSnapshot) dev.strike.common.json.JsonCodec.of(StrikeEvent.class)
        .decode(v1.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(decoded.dayStartEquity()).isEqualTo(decoded.cash());
    assertThat(decoded.gate()).isEqualTo(GateStateSnapshot.EMPTY);
    assertThat(decoded.openOrders()).isEmpty();
    assertThat(decoded.books()).isEmpty();
    assertThat(decoded.pendingExits()).isEmpty();
  }
}
