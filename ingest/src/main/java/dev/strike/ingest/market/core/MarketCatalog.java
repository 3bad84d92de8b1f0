package dev.strike.ingest.market.core;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.id.MarketTicker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The markets {@code ingest-market} follows and what {@code md.markets} last said about each. Discovery (periodic
 * REST listings) and lifecycle updates go through {@link #update}; it answers with the changes to publish and to
 * (un)subscribe, so the compacted topic only carries real changes and books are kept only for open markets. Pure and
 * single-threaded.
 */
public final class MarketCatalog {
  private final FollowRules rules;
  private final Map<MarketTicker, MarketInfo> known = new HashMap<>();
  private final Set<MarketTicker> subscribed = new TreeSet<>();

  /** A catalog following {@code rules}. */
  public MarketCatalog(FollowRules rules) {
    this.rules = rules;
  }

  /** What changed: markets to publish, to start watching (books, trades), to stop watching. */
  public record Changes(List<MarketInfo> publish, List<MarketTicker> subscribe, List<MarketTicker> unsubscribe) {
    /** No change. */
    public static final Changes NONE = new Changes(List.of(), List.of(), List.of());

    /** Whether nothing changed. */
    public boolean isEmpty() {
      return publish.isEmpty() && subscribe.isEmpty() && unsubscribe.isEmpty();
    }
  }

  /**
   * Takes the current state of some markets (from a listing or a lifecycle message). Markets that are not followed
   * are ignored; a market is published when anything but its timestamps changed; open markets (initialized, active,
   * paused) are watched, others (closed, determined, settled) are dropped.
   */
  public Changes update(List<MarketInfo> markets) {
    List<MarketInfo> publish = new ArrayList<>();
    List<MarketTicker> subscribe = new ArrayList<>();
    List<MarketTicker> unsubscribe = new ArrayList<>();
    for (MarketInfo market : markets) {
      if (!known.containsKey(market.ticker()) && !rules.follows(market)) {
        continue;
      }
      MarketInfo previous = known.put(market.ticker(), market);
      if (previous == null || !sameContent(previous, market)) {
        publish.add(market);
      }
      boolean open = isOpen(market.status());
      if (open && subscribed.add(market.ticker())) {
        subscribe.add(market.ticker());
      } else if (!open && subscribed.remove(market.ticker())) {
        unsubscribe.add(market.ticker());
      }
    }
    if (publish.isEmpty() && subscribe.isEmpty() && unsubscribe.isEmpty()) {
      return Changes.NONE;
    }
    return new Changes(List.copyOf(publish), List.copyOf(subscribe), List.copyOf(unsubscribe));
  }

  /** The last known state of {@code ticker}, or null. */
  public MarketInfo get(MarketTicker ticker) {
    return known.get(ticker);
  }

  /**
   * Followed markets whose close time has passed at {@code nowNs} but whose result is not final yet: discovery asks
   * for them again, in case their lifecycle messages were missed.
   */
  public List<MarketTicker> awaitingResult(long nowNs) {
    List<MarketTicker> out = new ArrayList<>();
    for (MarketInfo market : known.values()) {
      if (market.closeTimeNs() <= nowNs && market.status() != MarketStatus.FINALIZED) {
        out.add(market.ticker());
      }
    }
    out.sort(null);
    return out;
  }

  /** The markets watched now, sorted. */
  public Set<MarketTicker> subscribed() {
    return Collections.unmodifiableSet(subscribed);
  }

  /** Every followed market known. */
  public int size() {
    return known.size();
  }

  static boolean isOpen(MarketStatus status) {
    return status == MarketStatus.INITIALIZED || status == MarketStatus.ACTIVE || status == MarketStatus.INACTIVE;
  }

  /** Equal but for the record's own timestamps. */
  static boolean sameContent(MarketInfo a, MarketInfo b) {
    return a.equals(new MarketInfo(b.ticker(), b.eventTicker(), b.seriesTicker(), b.title(), b.yesSubTitle(),
        b.status(), b.strikeType(), b.floorStrike(), b.capStrike(), b.openTimeNs(), b.closeTimeNs(),
        b.expectedExpirationNs(), b.priceGrid(), b.feeType(), b.feeMultiplier(), b.result(), b.settlementValue(),
        b.expirationValue(), b.exchangeIndex(), a.tsEvent(), a.tsInit()));
  }
}
