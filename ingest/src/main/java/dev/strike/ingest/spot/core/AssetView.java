package dev.strike.ingest.spot.core;

import dev.strike.common.id.Asset;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One asset of a {@link FeedAssessment}.
 *
 * @param asset the asset
 * @param subscription its subscription on the current connection
 * @param rejection the exchange's reason when refused, else ""
 * @param hasTick whether a tick was published since the feed started
 * @param tickAgeNs nanoseconds since the exchange time of the latest tick, or since the feed started if none;
 *     never negative (an exchange clock ahead of ours counts as 0)
 * @param stale whether {@code tickAgeNs} is over the cutoff
 * @param lastPrice the latest price, null if none
 */
public record AssetView(Asset asset, Subscription subscription, String rejection, boolean hasTick, long tickAgeNs,
    boolean stale, @Nullable BigDecimal lastPrice) {
  /** Checks presence. */
  public AssetView {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(rejection, "rejection");
  }
}
