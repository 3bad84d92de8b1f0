package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event (kalshi-api.md §4.2), e.g. {@code KXBTC15M-26AUG171330}: the markets that resolve on one occurrence.
 *
 * @param eventTicker the event ticker, required
 * @param seriesTicker its series, the source of truth for the hierarchy (never parse tickers)
 * @param mutuallyExclusive whether at most one of its markets resolves YES
 * @param strikeDate the event's strike time as sent (RFC 3339), or null
 * @param markets the nested markets, only with {@code with_nested_markets=true}; empty otherwise
 * @param productMetadata free-form; may hold {@code cadence} (e.g. {@code fifteen_min})
 * @param feeTypeOverride a fee type replacing the series' one for this event, or null
 * @param feeMultiplierOverride a fee multiplier replacing the series' one, read exactly, or null
 * @param exchangeIndex the matching-engine shard of all its markets (§10), null when not sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventData(
    String eventTicker,
    @Nullable String seriesTicker,
    @Nullable String title,
    @Nullable String subTitle,
    @Nullable String collateralReturnType,
    @Nullable Boolean mutuallyExclusive,
    @Nullable String strikeDate,
    @Nullable String strikePeriod,
    List<Market> markets,
    @Nullable JsonNode productMetadata,
    List<SettlementSource> settlementSources,
    @Nullable String lastUpdatedTs,
    @Nullable String feeTypeOverride,
    @Nullable BigDecimal feeMultiplierOverride,
    @Nullable Integer exchangeIndex) {

  /** Requires the event ticker; absent lists read as empty. */
  public EventData {
    WireChecks.id(eventTicker, "event.event_ticker");
    markets = WireChecks.list(markets, "event.markets");
    settlementSources = WireChecks.list(settlementSources, "event.settlement_sources");
  }

  /** An event with its series and title and no overrides, e.g. for tests and fakes. */
  public static EventData of(String eventTicker, String seriesTicker, String title) {
    return new EventData(eventTicker, seriesTicker, title, null, null, null, null, null, List.of(), null, List.of(),
        null, null, null, null);
  }

  /** This event with {@code nested} as its markets. */
  public EventData withMarkets(List<Market> nested) {
    return new EventData(eventTicker, seriesTicker, title, subTitle, collateralReturnType, mutuallyExclusive,
        strikeDate, strikePeriod, nested, productMetadata, settlementSources, lastUpdatedTs, feeTypeOverride,
        feeMultiplierOverride, exchangeIndex);
  }

  /** This event with fee overrides. */
  public EventData withFeeOverride(@Nullable String feeType, @Nullable BigDecimal feeMultiplier) {
    return new EventData(eventTicker, seriesTicker, title, subTitle, collateralReturnType, mutuallyExclusive,
        strikeDate, strikePeriod, markets, productMetadata, settlementSources, lastUpdatedTs, feeType,
        feeMultiplier, exchangeIndex);
  }
}
