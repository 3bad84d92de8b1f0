package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A series, the template of its events (kalshi-api.md §4.1), e.g. {@code KXBTC15M}.
 *
 * @param ticker the series ticker, required
 * @param frequency free text ({@code daily}, {@code fifteen_min}, …)
 * @param feeType {@code quadratic}, {@code quadratic_with_maker_fees}, {@code quadratic_with_combo_maker_fees} or
 *     {@code flat}; kept as text so a new schedule does not break reading (the mapping rejects unknown ones)
 * @param feeMultiplier the fee multiplier, read exactly from the JSON number (Kalshi sends a double)
 * @param volumeFp contracts traded, only with {@code include_volume}
 * @param lastUpdatedTs when the series last changed, as sent
 * @param exchangeIndex the matching-engine shard (§10), null when not sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Series(
    String ticker,
    @Nullable String frequency,
    @Nullable String title,
    @Nullable String category,
    List<String> tags,
    List<SettlementSource> settlementSources,
    @Nullable String contractUrl,
    @Nullable String contractTermsUrl,
    @Nullable JsonNode productMetadata,
    @Nullable String feeType,
    @Nullable BigDecimal feeMultiplier,
    List<String> additionalProhibitions,
    @Nullable String volumeFp,
    @Nullable String lastUpdatedTs,
    @Nullable Integer exchangeIndex) {

  /** Requires the ticker; absent lists read as empty. */
  public Series {
    WireChecks.id(ticker, "series.ticker");
    tags = WireChecks.list(tags, "series.tags");
    settlementSources = WireChecks.list(settlementSources, "series.settlement_sources");
    additionalProhibitions = WireChecks.list(additionalProhibitions, "series.additional_prohibitions");
  }

  /** A series with only its ticker and fee schedule set, e.g. for tests and fakes. */
  public static Series of(String ticker, String title, String feeType, BigDecimal feeMultiplier) {
    return new Series(ticker, null, title, null, List.of(), List.of(), null, null, null, feeType, feeMultiplier,
        List.of(), null, null, null);
  }
}
