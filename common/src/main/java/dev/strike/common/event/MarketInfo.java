package dev.strike.common.event;

import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What we know about one market ({@code md.markets}, compacted, keyed by ticker): its place in the series/event
 * hierarchy, strike rule and bounds, times, status, price grid, fees and, once known, the result. The latest record
 * per ticker is the market's current state; execution and backtests settle on {@link #result()}.
 *
 * @param ticker the market
 * @param eventTicker its event
 * @param seriesTicker its series
 * @param title a human title (the event title plus the market's YES subtitle)
 * @param yesSubTitle what YES means, as Kalshi words it (e.g. {@code "Target Price: $63,485.16"})
 * @param status the market's status
 * @param strikeType how the strikes decide the outcome
 * @param floorStrike lower bound, in the underlying's unit (USD, °F); required by {@code greater*} and
 *     {@code between}, null otherwise
 * @param capStrike upper bound; required by {@code less*} and {@code between}, null otherwise
 * @param openTimeNs when trading opens, epoch ns
 * @param closeTimeNs when trading closes, epoch ns (can move: early close)
 * @param expectedExpirationNs when the outcome is expected to be known, epoch ns; 0 if unknown
 * @param priceGrid the prices orders may use
 * @param feeType the fee schedule (event override applied)
 * @param feeMultiplier the fee multiplier (event override applied), exact
 * @param result the outcome once determined, else null
 * @param settlementValue the YES payout per contract once determined, else null
 * @param expirationValue the observed underlying value used to settle (e.g. the 60-second BRTI average), else null
 * @param exchangeIndex the matching-engine shard the market trades on
 */
public record MarketInfo(
    MarketTicker ticker,
    EventTicker eventTicker,
    SeriesTicker seriesTicker,
    String title,
    String yesSubTitle,
    MarketStatus status,
    StrikeType strikeType,
    @Nullable BigDecimal floorStrike,
    @Nullable BigDecimal capStrike,
    long openTimeNs,
    long closeTimeNs,
    long expectedExpirationNs,
    PriceGrid priceGrid,
    FeeType feeType,
    BigDecimal feeMultiplier,
    @Nullable MarketResult result,
    @Nullable Price settlementValue,
    @Nullable BigDecimal expirationValue,
    int exchangeIndex,
    long tsEvent,
    long tsInit)
    implements StrikeEvent {

  /** Validates presence, the strike bounds the strike type needs, and the order of the times. */
  public MarketInfo {
    Require.present(ticker, "ticker");
    Require.present(eventTicker, "eventTicker");
    Require.present(seriesTicker, "seriesTicker");
    Require.present(title, "title");
    Require.present(yesSubTitle, "yesSubTitle");
    Require.present(status, "status");
    Require.present(strikeType, "strikeType");
    Require.present(priceGrid, "priceGrid");
    Require.present(feeType, "feeType");
    Require.present(feeMultiplier, "feeMultiplier");
    if (strikeType.needsFloor() && floorStrike == null) {
      throw new IllegalArgumentException("floorStrike is required for strike type " + strikeType);
    }
    if (strikeType.needsCap() && capStrike == null) {
      throw new IllegalArgumentException("capStrike is required for strike type " + strikeType);
    }
    if (floorStrike != null && capStrike != null && floorStrike.compareTo(capStrike) >= 0) {
      throw new IllegalArgumentException("floorStrike " + floorStrike + " must be below capStrike " + capStrike);
    }
    if (feeMultiplier.signum() < 0) {
      throw new IllegalArgumentException("feeMultiplier must not be negative, got " + feeMultiplier);
    }
    Require.timestamp(openTimeNs, "openTimeNs");
    Require.timestamp(closeTimeNs, "closeTimeNs");
    Require.timestamp(expectedExpirationNs, "expectedExpirationNs");
    if (closeTimeNs < openTimeNs) {
      throw new IllegalArgumentException("closeTimeNs " + closeTimeNs + " is before openTimeNs " + openTimeNs);
    }
    if (exchangeIndex < 0) {
      throw new IllegalArgumentException("exchangeIndex must not be negative, got " + exchangeIndex);
    }
    Require.times(tsEvent, tsInit);
  }
}
