package dev.strike.ingest.spot.core;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * What a feed knows about one asset. Immutable.
 *
 * @param subscription the subscription on the current connection
 * @param rejection the exchange's reason when {@code subscription} is {@link Subscription#REJECTED}, else ""
 * @param lastTickEventNs the latest exchange time of a published tick, epoch ns; {@link FeedState#NONE} if none
 * @param lastTickInitNs when that tick was received, epoch ns by the injected clock; {@link FeedState#NONE} if none
 * @param lastTradeId the highest trade id published, empty if none (or the exchange sends no ids)
 * @param lastPrice the price of the latest tick, null if none
 */
public record AssetState(Subscription subscription, String rejection, long lastTickEventNs, long lastTickInitNs,
    OptionalLong lastTradeId, @Nullable BigDecimal lastPrice) {

  /** Checks presence. */
  public AssetState {
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(rejection, "rejection");
    Objects.requireNonNull(lastTradeId, "lastTradeId");
  }

  /** Nothing known yet. */
  static AssetState initial() {
    return new AssetState(Subscription.PENDING, "", FeedState.NONE, FeedState.NONE, OptionalLong.empty(), null);
  }

  /** Whether a tick was published. */
  public boolean hasTick() {
    return lastTickEventNs != FeedState.NONE;
  }

  AssetState withSubscription(Subscription next, String reason) {
    return new AssetState(next, reason, lastTickEventNs, lastTickInitNs, lastTradeId, lastPrice);
  }

  /** Whether a print with this id was already published (ids increase per pair on every exchange here). */
  boolean alreadyPublished(OptionalLong tradeId) {
    return tradeId.isPresent() && lastTradeId.isPresent() && tradeId.getAsLong() <= lastTradeId.getAsLong();
  }

  AssetState withTick(TradePrint print, long receivedNs) {
    OptionalLong id = print.tradeId().isPresent() ? print.tradeId() : lastTradeId;
    if (hasTick() && print.tsEventNs() < lastTickEventNs) {
      // an older print (a backfilled gap) does not make the asset fresher nor replace the latest price
      return new AssetState(subscription, rejection, lastTickEventNs, lastTickInitNs, id, lastPrice);
    }
    return new AssetState(subscription, rejection, print.tsEventNs(), receivedNs, id, print.price());
  }
}
