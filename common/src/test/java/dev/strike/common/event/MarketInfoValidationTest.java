package dev.strike.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MarketInfoValidationTest {
  private static final MarketInfo S = EventSamples.marketInfo();

  private static MarketInfo withStrikes(StrikeType type, BigDecimal floor, BigDecimal cap) {
    return new MarketInfo(S.ticker(), S.eventTicker(), S.seriesTicker(), S.title(), S.yesSubTitle(), S.status(),
        type, floor, cap, S.openTimeNs(), S.closeTimeNs(), S.expectedExpirationNs(), S.priceGrid(), S.feeType(),
        S.feeMultiplier(), S.result(), S.settlementValue(), S.expirationValue(), S.exchangeIndex(), S.tsEvent(),
        S.tsInit());
  }

  private static MarketInfo withTimes(long openNs, long closeNs) {
    return new MarketInfo(S.ticker(), S.eventTicker(), S.seriesTicker(), S.title(), S.yesSubTitle(), S.status(),
        S.strikeType(), S.floorStrike(), S.capStrike(), openNs, closeNs, S.expectedExpirationNs(), S.priceGrid(),
        S.feeType(), S.feeMultiplier(), S.result(), S.settlementValue(), S.expirationValue(), S.exchangeIndex(),
        S.tsEvent(), S.tsInit());
  }

  private static MarketInfo withFees(BigDecimal multiplier, int exchangeIndex) {
    return new MarketInfo(S.ticker(), S.eventTicker(), S.seriesTicker(), S.title(), S.yesSubTitle(), S.status(),
        S.strikeType(), S.floorStrike(), S.capStrike(), S.openTimeNs(), S.closeTimeNs(), S.expectedExpirationNs(),
        S.priceGrid(), S.feeType(), multiplier, S.result(), S.settlementValue(), S.expirationValue(), exchangeIndex,
        S.tsEvent(), S.tsInit());
  }

  @Test
  void shouldRejectGreaterOrEqualMarketWhenFloorIsMissing() {
    assertThatThrownBy(() -> withStrikes(StrikeType.GREATER_OR_EQUAL, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("floorStrike is required for strike type GREATER_OR_EQUAL");
  }

  @Test
  void shouldRejectLessMarketWhenCapIsMissing() {
    assertThatThrownBy(() -> withStrikes(StrikeType.LESS, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capStrike is required for strike type LESS");
  }

  @Test
  void shouldRejectBetweenMarketWhenFloorIsNotBelowCap() {
    assertThatThrownBy(() -> withStrikes(StrikeType.BETWEEN, new BigDecimal("63500"), new BigDecimal("63500.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("floorStrike 63500 must be below capStrike 63500.00");
  }

  @Test
  void shouldAcceptBetweenMarketWhenFloorIsBelowCap() {
    assertThat(withStrikes(StrikeType.BETWEEN, new BigDecimal("63250"), new BigDecimal("63499.99")).capStrike())
        .isEqualByComparingTo("63499.99");
  }

  @Test
  void shouldAcceptCustomMarketWhenItHasNoStrikes() {
    assertThat(withStrikes(StrikeType.CUSTOM, null, null).floorStrike()).isNull();
  }

  @Test
  void shouldRejectMarketWhenItClosesBeforeItOpens() {
    assertThatThrownBy(() -> withTimes(S.closeTimeNs(), S.openTimeNs()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closeTimeNs " + S.openTimeNs() + " is before openTimeNs " + S.closeTimeNs());
  }

  @Test
  void shouldRejectMarketWhenFeeMultiplierIsNegative() {
    assertThatThrownBy(() -> withFees(new BigDecimal("-0.5"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feeMultiplier must not be negative, got -0.5");
  }

  @Test
  void shouldRejectMarketWhenExchangeIndexIsNegative() {
    assertThatThrownBy(() -> withFees(BigDecimal.ONE, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exchangeIndex must not be negative, got -1");
  }
}
