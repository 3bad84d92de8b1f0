package dev.strike.ingest.market.core;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.kalshi.ws.MarketLifecycleUpdate;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Applies a {@code market_lifecycle_v2} message to the last known state of its market. Lifecycle messages carry
 * only what changed, so they can update a known market but not describe a new one ({@code created} is answered by
 * fetching the market over REST). Pure.
 */
public final class LifecycleFold {
  private LifecycleFold() {}

  /** The market after {@code update}, or empty when the message changes nothing this model holds. */
  public static Optional<MarketInfo> apply(MarketInfo m, MarketLifecycleUpdate update) {
    MarketStatus status = m.status();
    long closeTimeNs = m.closeTimeNs();
    MarketResult result = m.result();
    Price settlementValue = m.settlementValue();
    PriceGrid grid = m.priceGrid();
    String yesSubTitle = m.yesSubTitle();
    BigDecimal floor = m.floorStrike();
    BigDecimal cap = m.capStrike();
    switch (update.eventType()) {
      case ACTIVATED -> status = status.hasOutcome() ? status : MarketStatus.ACTIVE;
      case DEACTIVATED -> status = status == MarketStatus.ACTIVE ? MarketStatus.INACTIVE : status;
      case CLOSE_DATE_UPDATED -> {
        if (update.closeTimeNs() > 0) {
          closeTimeNs = update.closeTimeNs();
        }
      }
      case DETERMINED, SETTLED -> {
        status = update.eventType() == dev.strike.kalshi.ws.LifecycleEventType.SETTLED ? MarketStatus.FINALIZED
            : MarketStatus.DETERMINED;
        if (update.marketResult() != null) {
          result = update.marketResult();
        }
        if (update.settlementValue() != null) {
          settlementValue = update.settlementValue();
        } else if (result == MarketResult.YES) {
          settlementValue = Price.ONE;
        } else if (result == MarketResult.NO) {
          settlementValue = Price.ZERO;
        }
      }
      case PRICE_LEVEL_STRUCTURE_UPDATED -> {
        if (update.priceGrid() != null) {
          grid = update.priceGrid();
        }
      }
      case METADATA_UPDATED -> {
        if (update.yesSubTitle() != null) {
          yesSubTitle = update.yesSubTitle();
        }
        if (update.floorStrike() != null) {
          floor = update.floorStrike();
        }
        if (update.capStrike() != null) {
          cap = update.capStrike();
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    if (closeTimeNs < m.openTimeNs()) {
      closeTimeNs = m.openTimeNs(); // an early close before the stated open cannot be represented: clamp
    }
    return Optional.of(new MarketInfo(m.ticker(), m.eventTicker(), m.seriesTicker(), m.title(), yesSubTitle, status,
        m.strikeType(), floor, cap, m.openTimeNs(), closeTimeNs, m.expectedExpirationNs(), grid, m.feeType(),
        m.feeMultiplier(), result, settlementValue, m.expirationValue(), m.exchangeIndex(), update.tsEvent(),
        update.tsInit()));
  }
}
