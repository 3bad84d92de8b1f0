package dev.strike.kalshi.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.json.DecodeException;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.kalshi.testing.KalshiFixtures;
import dev.strike.kalshi.wire.EventData;
import dev.strike.kalshi.wire.Market;
import dev.strike.kalshi.wire.MarketResponse;
import dev.strike.kalshi.wire.Series;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MarketInfoMapperTest {
  private static final long TS_INIT = 1_786_987_300_000_000_000L;
  private static final Series SERIES = Series.of("KXBTC15M", "BTC 15 minute", "quadratic", BigDecimal.ONE);
  private static final EventData EVENT =
      EventData.of("KXBTC15M-26AUG171330", "KXBTC15M", "BTC price up in next 15 mins?");

  private static Market fixture() {
    return KalshiFixtures.decode("market.json", MarketResponse.class).market();
  }

  /** The fixture market with some fields changed. */
  private static Market fixtureWith(Consumer<ObjectNode> change) {
    ObjectNode node = (ObjectNode) KalshiFixtures.tree("market.json").get("market");
    change.accept(node);
    return StrikeJson.mapper().convertValue(node, Market.class);
  }

  private static long ns(String rfc3339) {
    Instant instant = Instant.parse(rfc3339);
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  @Test
  void shouldMapEveryFieldWhenGivenTheDocumentedMarket() {
    MarketInfo info = MarketInfoMapper.toMarketInfo(fixture(), EVENT, SERIES, TS_INIT);

    assertThat(info.ticker().value()).isEqualTo("KXBTC15M-26AUG171330-30");
    assertThat(info.eventTicker().value()).isEqualTo("KXBTC15M-26AUG171330");
    assertThat(info.seriesTicker()).isEqualTo(SeriesTicker.of("KXBTC15M"));
    assertThat(info.title()).isEqualTo("BTC price up in next 15 mins?");
    assertThat(info.yesSubTitle()).isEqualTo("Target Price: $63,485.16");
    assertThat(info.status()).isEqualTo(MarketStatus.ACTIVE);
    assertThat(info.strikeType()).isEqualTo(StrikeType.GREATER_OR_EQUAL);
    assertThat(info.floorStrike()).isEqualTo(new BigDecimal("63485.16"));
    assertThat(info.capStrike()).isNull();
    assertThat(info.openTimeNs()).isEqualTo(ns("2026-08-17T17:15:00Z"));
    assertThat(info.closeTimeNs()).isEqualTo(ns("2026-08-17T17:30:00Z"));
    assertThat(info.expectedExpirationNs()).isEqualTo(ns("2026-08-17T17:35:00Z"));
    assertThat(info.priceGrid()).isEqualTo(PriceGrid.TAPERED_DECI_CENT);
    assertThat(info.feeType()).isEqualTo(FeeType.QUADRATIC);
    assertThat(info.feeMultiplier()).isEqualTo(BigDecimal.ONE);
    assertThat(info.result()).isNull();
    assertThat(info.settlementValue()).isNull();
    assertThat(info.expirationValue()).isNull();
    assertThat(info.exchangeIndex()).isZero();
    assertThat(info.tsEvent()).isEqualTo(ns("2026-08-17T17:15:00Z"));
    assertThat(info.tsInit()).isEqualTo(TS_INIT);
  }

  @Test
  void shouldApplyTheEventsFeeOverridesWhenPresent() {
    EventData overriding = EVENT.withFeeOverride("quadratic_with_maker_fees", new BigDecimal("0.5"));

    MarketInfo info = MarketInfoMapper.toMarketInfo(fixture(), overriding, SERIES, TS_INIT);

    assertThat(info.feeType()).isEqualTo(FeeType.QUADRATIC_WITH_MAKER_FEES);
    assertThat(info.feeMultiplier()).isEqualTo(new BigDecimal("0.5"));
  }

  @Test
  void shouldReadTheFeeMultiplierExactlyWhenKalshiSendsADouble() throws Exception {
    Series series = StrikeJson.mapper().readValue(
        "{\"ticker\":\"KXINX\",\"fee_type\":\"quadratic\",\"fee_multiplier\":0.1}", Series.class);

    assertThat(MarketParents.of(series, EventData.of("KXINX-26AUG17", "KXINX", "S&P")).feeMultiplier())
        .isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void shouldMapResultSettlementValueAndExpirationValueWhenTheMarketIsFinalized() {
    Market settled = fixtureWith(node -> node.put("status", "finalized").put("result", "yes")
        .put("settlement_value_dollars", "1.0000").put("expiration_value", "63512.48")
        .put("settlement_ts", "2026-08-17T17:30:01Z"));

    MarketInfo info = MarketInfoMapper.toMarketInfo(settled, EVENT, SERIES, TS_INIT);

    assertThat(info.status()).isEqualTo(MarketStatus.FINALIZED);
    assertThat(info.result()).isEqualTo(MarketResult.YES);
    assertThat(info.settlementValue()).isEqualTo(Price.ONE);
    assertThat(info.expirationValue()).isEqualTo(new BigDecimal("63512.48"));
  }

  @Test
  void shouldKeepBothStrikesExactWhenTheMarketIsABracket() {
    Market bracket = fixtureWith(node -> node.put("strike_type", "between")
        .put("floor_strike", new BigDecimal("68200.00")).put("cap_strike", new BigDecimal("68299.99")));

    MarketInfo info = MarketInfoMapper.toMarketInfo(bracket, EVENT, SERIES, TS_INIT);

    assertThat(info.strikeType()).isEqualTo(StrikeType.BETWEEN);
    assertThat(info.floorStrike().toPlainString()).isEqualTo("68200.00");
    assertThat(info.capStrike().toPlainString()).isEqualTo("68299.99");
  }

  @Test
  void shouldUseTheLabelsGridWhenTheMarketSendsNoPriceRanges() {
    Market linear = fixtureWith(node -> {
      node.remove("price_ranges");
      node.put("price_level_structure", "linear_cent");
    });

    assertThat(MarketInfoMapper.toMarketInfo(linear, EVENT, SERIES, TS_INIT).priceGrid())
        .isEqualTo(PriceGrid.LINEAR_CENT);
  }

  @Test
  void shouldFallBackToUpdateAndExpirationDefaultsWhenTimesAreAbsent() {
    Market sparse = fixtureWith(node -> {
      node.remove("updated_time");
      node.putNull("expected_expiration_time");
    });

    MarketInfo info = MarketInfoMapper.toMarketInfo(sparse, EVENT, SERIES, TS_INIT);

    assertThat(info.tsEvent()).isEqualTo(TS_INIT);
    assertThat(info.expectedExpirationNs()).isZero();
  }

  @Test
  void shouldNameTheFieldWhenTheStrikeTypeIsMissing() {
    Market broken = fixtureWith(node -> node.remove("strike_type"));

    assertThatThrownBy(() -> MarketInfoMapper.toMarketInfo(broken, EVENT, SERIES, TS_INIT))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("KXBTC15M-26AUG171330-30").hasMessageContaining("strike_type");
  }

  @Test
  void shouldNameTheFieldWhenTheStatusIsUnknown() {
    Market broken = fixtureWith(node -> node.put("status", "melted"));

    assertThatThrownBy(() -> MarketInfoMapper.toMarketInfo(broken, EVENT, SERIES, TS_INIT))
        .isInstanceOf(DecodeException.class).hasMessageContaining("status").hasMessageContaining("melted");
  }

  @Test
  void shouldNameTheBandWhenAPriceRangeDoesNotParse() {
    Market broken = fixtureWith(node -> ((ObjectNode) node.withArray("price_ranges").get(1)).put("step", "0.0x"));

    assertThatThrownBy(() -> MarketInfoMapper.toMarketInfo(broken, EVENT, SERIES, TS_INIT))
        .isInstanceOf(DecodeException.class).hasMessageContaining("price_ranges[1].step");
  }

  @Test
  void shouldRefuseAFloorStrikeWhenAGreaterMarketHasNone() {
    Market broken = fixtureWith(node -> node.remove("floor_strike"));

    assertThatThrownBy(() -> MarketInfoMapper.toMarketInfo(broken, EVENT, SERIES, TS_INIT))
        .isInstanceOf(DecodeException.class).hasMessageContaining("floorStrike");
  }

  @Test
  void shouldRefuseTheFeeTypeWhenTheSeriesNamesAnUnknownOne() {
    Series odd = Series.of("KXBTC15M", "BTC", "progressive", BigDecimal.ONE);

    assertThatThrownBy(() -> MarketInfoMapper.toMarketInfo(fixture(), EVENT, odd, TS_INIT))
        .isInstanceOf(DecodeException.class).hasMessageContaining("fee_type").hasMessageContaining("progressive");
  }

  @Test
  void shouldRefuseAnEventWhenItBelongsToAnotherSeries() {
    Series other = Series.of("KXETH15M", "ETH", "quadratic", BigDecimal.ONE);

    assertThatThrownBy(() -> MarketInfoMapper.toMarketInfo(fixture(), EVENT, other, TS_INIT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KXETH15M");
  }
}
