package dev.strike.kalshi.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A market, one binary (or scalar) contract (kalshi-api.md §4.4), with every field a trader needs. Prices are
 * dollar strings ({@code "0.4500"}), sizes contract strings ({@code "310.00"}), times RFC 3339 strings; strikes are
 * read exactly from the JSON number text.
 *
 * @param ticker the market ticker, required
 * @param eventTicker its event, required
 * @param marketType {@code binary} or {@code scalar}
 * @param title deprecated by Kalshi (the event title is the title); kept as a fallback
 * @param yesSubTitle what YES means, e.g. {@code "Target Price: $63,485.16"}
 * @param status {@code initialized}, {@code inactive}, {@code active}, {@code closed}, {@code determined},
 *     {@code disputed}, {@code amended} or {@code finalized}; text, mapped in {@code dev.strike.kalshi.mapping}
 * @param closeTime can move (early close)
 * @param expectedExpirationTime when the outcome is expected to be known, or null
 * @param latestExpirationTime the backstop expiration
 * @param settlementTimerSeconds delay between determination and settlement
 * @param yesBidDollars best YES bid; an empty side shows {@code "0.0000"}
 * @param yesAskDollars best YES ask; an empty side shows {@code "1.0000"}
 * @param notionalValueDollars payout of one contract, {@code "1.0000"}
 * @param result {@code yes}, {@code no}, {@code scalar} or {@code ""} (not yet known)
 * @param settlementValueDollars the YES payout once determined, or null
 * @param expirationValue the observed underlying value used to settle (e.g. {@code "62893.21"}), or empty
 * @param strikeType {@code greater}, {@code greater_or_equal}, {@code less}, {@code less_or_equal}, {@code between},
 *     {@code functional}, {@code custom} or {@code structured}
 * @param floorStrike lower bound ({@code greater*}, {@code between}), exact, or null
 * @param capStrike upper bound ({@code less*}, {@code between}), exact, or null
 * @param customStrike free-form object for {@code custom}/{@code structured}, or null
 * @param priceLevelStructure a label of the grid (e.g. {@code tapered_deci_cent}); {@code priceRanges} is the grid
 * @param priceRanges the tick grid, empty when not sent
 * @param exchangeIndex the matching-engine shard (§10), null when not sent (= 0)
 * @param mveSelectedLegs combo legs, only for multivariate markets
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Market(
    String ticker,
    String eventTicker,
    @Nullable String marketType,
    @Nullable String title,
    @Nullable String yesSubTitle,
    @Nullable String noSubTitle,
    @Nullable String status,
    @Nullable String createdTime,
    @Nullable String updatedTime,
    @Nullable String openTime,
    @Nullable String closeTime,
    @Nullable String expectedExpirationTime,
    @Nullable String latestExpirationTime,
    @Nullable Integer settlementTimerSeconds,
    @Nullable String yesBidDollars,
    @Nullable String yesAskDollars,
    @Nullable String noBidDollars,
    @Nullable String noAskDollars,
    @Nullable String yesBidSizeFp,
    @Nullable String yesAskSizeFp,
    @Nullable String lastPriceDollars,
    @Nullable String previousYesBidDollars,
    @Nullable String previousYesAskDollars,
    @Nullable String previousPriceDollars,
    @Nullable String volumeFp,
    @JsonProperty("volume_24h_fp") @Nullable String volume24hFp,
    @Nullable String openInterestFp,
    @Nullable String notionalValueDollars,
    @Nullable String result,
    @Nullable String settlementValueDollars,
    @Nullable String settlementTs,
    @Nullable String expirationValue,
    @Nullable Boolean canCloseEarly,
    @Nullable String earlyCloseCondition,
    @Nullable String strikeType,
    @Nullable BigDecimal floorStrike,
    @Nullable BigDecimal capStrike,
    @Nullable String functionalStrike,
    @Nullable JsonNode customStrike,
    @Nullable String rulesPrimary,
    @Nullable String rulesSecondary,
    @Nullable String priceLevelStructure,
    List<PriceRange> priceRanges,
    @Nullable String occurrenceDatetime,
    @Nullable String feeWaiverExpirationTime,
    @Nullable Boolean isProvisional,
    @Nullable Integer exchangeIndex,
    @Nullable String mveCollectionTicker,
    List<JsonNode> mveSelectedLegs) {

  /** Requires the ticker and the event ticker; absent lists read as empty. */
  public Market {
    WireChecks.id(ticker, "market.ticker");
    WireChecks.id(eventTicker, "market.event_ticker");
    priceRanges = WireChecks.list(priceRanges, "market.price_ranges");
    mveSelectedLegs = WireChecks.list(mveSelectedLegs, "market.mve_selected_legs");
  }

  /**
   * A market with its identity, status, strike, times and grid set and everything else absent: what tests and the
   * fake server need most.
   */
  public static Market of(String ticker, String eventTicker, String status, String strikeType,
      @Nullable BigDecimal floorStrike, @Nullable BigDecimal capStrike, String openTime, String closeTime,
      List<PriceRange> priceRanges) {
    return new Market(ticker, eventTicker, "binary", null, "", "", status, null, null, openTime, closeTime, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "1.0000", "", null,
        null, null, null, null, strikeType, floorStrike, capStrike, null, null, null, null, null, priceRanges, null,
        null, null, 0, null, List.of());
  }
}
