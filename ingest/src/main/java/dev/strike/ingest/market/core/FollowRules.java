package dev.strike.ingest.market.core;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which markets a user follows: every market of the listed series, the listed tickers, and markets whose title
 * contains one of the keywords (case-insensitive). Immutable.
 *
 * @param series whole series to follow (e.g. KXBTC15M)
 * @param tickers single markets to follow
 * @param keywords words that make a market followed when its title contains them
 */
public record FollowRules(Set<SeriesTicker> series, Set<MarketTicker> tickers, List<String> keywords) {
  /** Copies the sets and lower-cases the keywords. */
  public FollowRules {
    series = Set.copyOf(series);
    tickers = Set.copyOf(tickers);
    keywords = keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether {@code market} is followed. */
  public boolean follows(MarketInfo market) {
    if (series.contains(market.seriesTicker()) || tickers.contains(market.ticker())) {
      return true;
    }
    if (keywords.isEmpty()) {
      return false;
    }
    String title = (market.title() + " " + market.yesSubTitle()).toLowerCase(Locale.ROOT);
    return keywords.stream().anyMatch(title::contains);
  }
}
