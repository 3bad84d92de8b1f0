package dev.strike.ingest.market;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.ingest.market.core.FollowRules;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which Kalshi markets {@code ingest-market} follows and how often it looks for new ones (configuration section
 * {@code markets}).
 *
 * @param series series whose markets are all followed
 * @param tickers single markets followed
 * @param keywords words that make a market followed when its title contains them (case-insensitive)
 * @param discoveryInterval how often open markets of the series are listed (new markets also arrive on the
 *     lifecycle channel at once)
 * @param restPollInterval without an API key the WebSocket is closed to us: books are then polled over REST at this
 *     interval
 */
public record MarketsSettings(List<SeriesTicker> series, List<MarketTicker> tickers, List<String> keywords,
    Duration discoveryInterval, Duration restPollInterval) implements Validatable {

  /** The series our users trade. */
  public static final List<SeriesTicker> DEFAULT_SERIES = List.of("KXBTC15M", "KXETH15M", "KXSOL15M", "KXBTCD",
      "KXETHD", "KXBTC", "KXHIGHNY").stream().map(SeriesTicker::of).toList();

  /** Copies the lists. */
  public MarketsSettings {
    series = List.copyOf(series);
    tickers = List.copyOf(tickers);
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(discoveryInterval, "discoveryInterval");
    Objects.requireNonNull(restPollInterval, "restPollInterval");
  }

  /** The default series, every minute, REST books every 2 s without a key. */
  public static MarketsSettings defaults() {
    return new MarketsSettings(DEFAULT_SERIES, List.of(), List.of(), Duration.ofMinutes(1), Duration.ofSeconds(2));
  }

  /** The follow rules these settings describe. */
  public FollowRules rules() {
    return new FollowRules(new HashSet<>(series), new HashSet<>(tickers), keywords);
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.check(!series.isEmpty() || !tickers.isEmpty() || !keywords.isEmpty(), "series",
        "follow at least one series, ticker or keyword");
    for (int i = 0; i < keywords.size(); i++) {
      if (keywords.get(i).isBlank()) {
        problems.at("keywords").at(i).fail("must not be blank");
      }
    }
    problems.check(discoveryInterval.compareTo(Duration.ofSeconds(5)) >= 0, "discoveryInterval",
        "must be at least 5s (it costs REST tokens), got " + discoveryInterval);
    problems.check(restPollInterval.compareTo(Duration.ofMillis(500)) >= 0, "restPollInterval",
        "must be at least 500ms, got " + restPollInterval);
  }
}
