package dev.strike.kalshi.ws;

import dev.strike.common.event.MarketResult;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A {@code market_lifecycle_v2} message: a change in one market's life. Only the fields its event type carries are
 * set; the others are null (objects) or 0 (times). Lifecycle times are whole seconds on the wire, given here as
 * epoch nanoseconds. Note that the timed {@code initialized → active} and {@code → closed} transitions send
 * nothing.
 *
 * @param ticker the market
 * @param eventType the kind of change
 * @param eventTypeName the wire {@code event_type}, for {@link LifecycleEventType#OTHER}
 * @param exchangeIndex the matching-engine shard ({@code created}), or -1
 * @param openTimeNs when trading opens, or 0
 * @param closeTimeNs when trading closes (possibly moved), or 0
 * @param determinationTimeNs when the outcome was determined, or 0
 * @param result the wire result ({@code yes}, {@code no}, …), or null; see {@link #marketResult()}
 * @param settlementValue the YES payout per contract, or null
 * @param settledTimeNs when it settled, or 0
 * @param deactivated whether trading is paused ({@code deactivated}/{@code activated}), or null
 * @param priceLevelStructure the tick-grid label, or null
 * @param priceGrid the tick grid, or null
 * @param eventTicker the market's event ({@code created}), or null
 * @param title the market's title ({@code created}), or null
 * @param yesSubTitle what YES means ({@code created}, {@code metadata_updated}), or null
 * @param strikeType the strike rule as sent ({@code greater}, {@code between}, …), or null
 * @param floorStrike the lower bound, exact, or null
 * @param capStrike the upper bound, exact, or null
 * @param expectedExpirationNs when the outcome is expected, or 0
 * @param tsEvent the envelope's {@code sending_ts_ms} when present, else {@code tsInit} (the message has no event
 *     time of its own), epoch ns
 */
public record MarketLifecycleUpdate(MarketTicker ticker, LifecycleEventType eventType, String eventTypeName,
    int exchangeIndex, long openTimeNs, long closeTimeNs, long determinationTimeNs, @Nullable String result,
    @Nullable Price settlementValue, long settledTimeNs, @Nullable Boolean deactivated,
    @Nullable String priceLevelStructure, @Nullable PriceGrid priceGrid, @Nullable EventTicker eventTicker,
    @Nullable String title, @Nullable String yesSubTitle, @Nullable String strikeType,
    @Nullable BigDecimal floorStrike, @Nullable BigDecimal capStrike, long expectedExpirationNs, long tsEvent,
    long tsInit) implements KalshiWsEvent {

  /** Validates presence and times. */
  public MarketLifecycleUpdate {
    Checks.present(ticker, "ticker");
    Checks.present(eventType, "eventType");
    Checks.text(eventTypeName, "eventTypeName");
    Checks.notNegative(openTimeNs, "openTimeNs");
    Checks.notNegative(closeTimeNs, "closeTimeNs");
    Checks.notNegative(determinationTimeNs, "determinationTimeNs");
    Checks.notNegative(settledTimeNs, "settledTimeNs");
    Checks.notNegative(expectedExpirationNs, "expectedExpirationNs");
    Checks.times(tsEvent, tsInit);
  }

  /** The result as the domain enum, or null when there is none or it is not {@code yes}/{@code no}/{@code scalar}. */
  public @Nullable MarketResult marketResult() {
    if (result == null) {
      return null;
    }
    return switch (result.toLowerCase(Locale.ROOT)) {
      case "yes" -> MarketResult.YES;
      case "no" -> MarketResult.NO;
      case "scalar" -> MarketResult.SCALAR;
      default -> null;
    };
  }
}
