package dev.strike.kalshi.mapping;

import dev.strike.common.event.FeeType;
import dev.strike.common.id.SeriesTicker;
import dev.strike.kalshi.wire.EventData;
import dev.strike.kalshi.wire.Series;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a market takes from its event and series (a Kalshi market carries neither its series ticker nor its fees):
 * the series ticker, the event title and the fee schedule with the event's overrides applied.
 *
 * @param seriesTicker the market's series
 * @param eventTitle the event's title, or null when it has none
 * @param feeType the fee type (event override, else the series')
 * @param feeMultiplier the fee multiplier, exact (event override, else the series')
 * @param eventExchangeIndex the event's shard, or null when not sent
 */
public record MarketParents(SeriesTicker seriesTicker, @Nullable String eventTitle, FeeType feeType,
    BigDecimal feeMultiplier, @Nullable Integer eventExchangeIndex) {

  /** Requires series, fee type and a non-negative multiplier. */
  public MarketParents {
    Objects.requireNonNull(seriesTicker, "seriesTicker");
    Objects.requireNonNull(feeType, "feeType");
    Objects.requireNonNull(feeMultiplier, "feeMultiplier");
    if (feeMultiplier.signum() < 0) {
      throw new IllegalArgumentException("feeMultiplier must not be negative, got " + feeMultiplier);
    }
  }

  /**
   * The parents of the markets of {@code event}, which belongs to {@code series}. The event's
   * {@code fee_type_override} and {@code fee_multiplier_override} replace the series' values when present.
   *
   * @throws dev.strike.common.json.DecodeException if a fee field is missing or unknown
   * @throws IllegalArgumentException if the event names another series than {@code series}
   */
  public static MarketParents of(Series series, EventData event) {
    if (event.seriesTicker() != null && !event.seriesTicker().equals(series.ticker())) {
      throw new IllegalArgumentException("event " + event.eventTicker() + " belongs to series "
          + event.seriesTicker() + ", not " + series.ticker());
    }
    WireValues seriesValues = new WireValues("series " + series.ticker());
    WireValues eventValues = new WireValues("event " + event.eventTicker());
    FeeType feeType = event.feeTypeOverride() != null && !event.feeTypeOverride().isBlank()
        ? eventValues.enumValue(FeeType.class, event.feeTypeOverride(), "fee_type_override")
        : seriesValues.enumValue(FeeType.class, series.feeType(), "fee_type");
    BigDecimal multiplier = event.feeMultiplierOverride() != null ? event.feeMultiplierOverride()
        : seriesValues.required(series.feeMultiplier(), "fee_multiplier");
    if (multiplier.signum() < 0) {
      throw (event.feeMultiplierOverride() != null ? eventValues : seriesValues)
          .error("fee multiplier", "must not be negative, got " + multiplier);
    }
    return new MarketParents(SeriesTicker.of(series.ticker()), event.title(), feeType, multiplier,
        event.exchangeIndex());
  }
}
