package dev.strike.kalshi.mapping;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.json.DecodeException;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceBand;
import dev.strike.common.money.PriceGrid;
import dev.strike.kalshi.wire.EventData;
import dev.strike.kalshi.wire.Market;
import dev.strike.kalshi.wire.PriceRange;
import dev.strike.kalshi.wire.Series;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A Kalshi {@link Market} (with its {@link MarketParents}) to a {@link MarketInfo}:
 *
 * <ul>
 *   <li>status and strike type to their enums; Kalshi's filter words {@code open}, {@code unopened},
 *       {@code paused} and {@code settled} are read as the statuses they stand for (§4.3);
 *   <li>{@code floor_strike}/{@code cap_strike} as the exact decimals of the JSON number text, passed through as
 *       sent;
 *   <li>RFC 3339 times to epoch nanoseconds; {@code tsEvent} is {@code updated_time} (the venue's time of this
 *       state), or {@code tsInit} when absent; a missing {@code expected_expiration_time} is 0 (unknown);
 *   <li>the {@link PriceGrid} from {@code price_ranges}; when a market has none, from the two documented labels
 *       {@code linear_cent} and {@code tapered_deci_cent} (and {@code deci_cent}), else an error;
 *   <li>{@code result} {@code ""} to null; {@code settlement_value_dollars} to a {@link Price};
 *       {@code expiration_value} {@code ""} to null, else an exact decimal;
 *   <li>the title is the event's title (Kalshi deprecated the market's own {@code title}, used only as a
 *       fallback, then the ticker); the shard is the market's {@code exchange_index}, else the event's, else 0.
 * </ul>
 */
public final class MarketInfoMapper {
  private MarketInfoMapper() {}

  /**
   * Maps {@code market} of {@code event} of {@code series}.
   *
   * @param tsInitNs when we received it, epoch ns
   * @throws DecodeException naming the market and field when a value is missing or does not parse
   * @throws IllegalArgumentException if the market is not one of the event's or the event not of the series
   */
  public static MarketInfo toMarketInfo(Market market, EventData event, Series series, long tsInitNs) {
    if (!market.eventTicker().equals(event.eventTicker())) {
      throw new IllegalArgumentException("market " + market.ticker() + " belongs to event " + market.eventTicker()
          + ", not " + event.eventTicker());
    }
    return toMarketInfo(market, MarketParents.of(series, event), tsInitNs);
  }

  /**
   * Maps {@code market} with what it inherits from its event and series.
   *
   * @param tsInitNs when we received it, epoch ns
   * @throws DecodeException naming the market and field when a value is missing or does not parse
   */
  public static MarketInfo toMarketInfo(Market market, MarketParents parents, long tsInitNs) {
    WireValues values = new WireValues("market " + market.ticker());
    MarketStatus status = status(values, market.status());
    StrikeType strikeType = values.enumValue(StrikeType.class, market.strikeType(), "strike_type");
    long openNs = values.epochNanos(market.openTime(), "open_time");
    long closeNs = values.epochNanos(market.closeTime(), "close_time");
    long expectedNs = values.epochNanosOr(market.expectedExpirationTime(), "expected_expiration_time", 0);
    long tsEvent = values.epochNanosOr(market.updatedTime(), "updated_time", tsInitNs);
    MarketResult result = market.result() == null || market.result().isBlank() ? null
        : values.enumValue(MarketResult.class, market.result(), "result");
    Price settlementValue = values.optionalPrice(market.settlementValueDollars(), "settlement_value_dollars");
    BigDecimal expirationValue = values.optionalDecimal(market.expirationValue(), "expiration_value");
    int exchangeIndex = market.exchangeIndex() != null ? market.exchangeIndex()
        : parents.eventExchangeIndex() != null ? parents.eventExchangeIndex() : 0;
    try {
      return new MarketInfo(MarketTicker.of(market.ticker()), EventTicker.of(market.eventTicker()),
          parents.seriesTicker(), title(market, parents), market.yesSubTitle() == null ? "" : market.yesSubTitle(),
          status, strikeType, market.floorStrike(), market.capStrike(), openNs, closeNs, expectedNs,
          priceGrid(values, market), parents.feeType(), parents.feeMultiplier(), result, settlementValue,
          expirationValue, exchangeIndex, tsEvent, tsInitNs);
    } catch (IllegalArgumentException e) {
      throw new DecodeException("market " + market.ticker() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The tick grid of {@code market}: its {@code price_ranges}, or the grid its {@code price_level_structure} label
   * stands for when it sends no ranges.
   *
   * @throws DecodeException when a band does not parse or there is no grid to be had
   */
  public static PriceGrid priceGrid(Market market) {
    return priceGrid(new WireValues("market " + market.ticker()), market);
  }

  private static PriceGrid priceGrid(WireValues values, Market market) {
    List<PriceRange> ranges = market.priceRanges();
    if (ranges.isEmpty()) {
      String label = market.priceLevelStructure() == null ? "" : market.priceLevelStructure();
      return switch (label) {
        case "linear_cent" -> PriceGrid.LINEAR_CENT;
        case "tapered_deci_cent" -> PriceGrid.TAPERED_DECI_CENT;
        case "deci_cent" -> DECI_CENT;
        default -> throw values.error("price_ranges", "is empty and price_level_structure \"" + label
            + "\" names no grid we know");
      };
    }
    List<PriceBand> bands = new ArrayList<>(ranges.size());
    for (int i = 0; i < ranges.size(); i++) {
      PriceRange range = ranges.get(i);
      String field = "price_ranges[" + i + "]";
      Price start = values.price(range.start(), field + ".start");
      Price end = values.price(range.end(), field + ".end");
      Price step = values.price(range.step(), field + ".step");
      try {
        bands.add(new PriceBand(start, end, step));
      } catch (IllegalArgumentException e) {
        throw values.error(field, "is not a valid band: " + e.getMessage());
      }
    }
    try {
      return new PriceGrid(bands);
    } catch (IllegalArgumentException e) {
      throw values.error("price_ranges", "do not form a grid: " + e.getMessage());
    }
  }

  private static final PriceGrid DECI_CENT =
      new PriceGrid(List.of(new PriceBand(Price.ZERO, Price.ONE, Price.ofMicros(1_000))));

  private static MarketStatus status(WireValues values, @Nullable String text) {
    String status = values.required(text, "status").strip().toLowerCase(Locale.ROOT);
    return switch (status) {
      // the words of the GET /markets status filter, in case a payload uses them (§4.3)
      case "unopened" -> MarketStatus.INITIALIZED;
      case "open" -> MarketStatus.ACTIVE;
      case "paused" -> MarketStatus.INACTIVE;
      case "settled" -> MarketStatus.FINALIZED;
      default -> values.enumValue(MarketStatus.class, status, "status");
    };
  }

  private static String title(Market market, MarketParents parents) {
    if (parents.eventTitle() != null && !parents.eventTitle().isBlank()) {
      return parents.eventTitle();
    }
    if (market.title() != null && !market.title().isBlank()) {
      return market.title();
    }
    return market.ticker();
  }
}
