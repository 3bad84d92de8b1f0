package dev.strike.ingest.market.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketCatalogTest {
  private final MarketCatalog catalog = new MarketCatalog(new FollowRules(Set.of(SeriesTicker.of("KXBTC15M")),
      Set.of(MarketTicker.of("KXHIGHNY-26AUG12-B85.5")), List.of("Ethereum")));

  private static MarketInfo market(String series, String ticker, String title, MarketStatus status,
      MarketResult result, long tsInit) {
    return new MarketInfo(MarketTicker.of(ticker), EventTicker.of(ticker.substring(0, ticker.lastIndexOf('-'))),
        SeriesTicker.of(series), title, "", status, StrikeType.GREATER_OR_EQUAL, new BigDecimal("63485.16"), null,
        1L, 2L, 0L, PriceGrid.TAPERED_DECI_CENT, FeeType.QUADRATIC, BigDecimal.ONE, result,
        result == null ? null : (result == MarketResult.YES ? Price.ONE : Price.ZERO), null, 0, 1L, tsInit);
  }

  @Test
  void shouldFollowSeriesTickersAndKeywordsOnly() {
    MarketCatalog.Changes changes = catalog.update(List.of(
        market("KXBTC15M", "KXBTC15M-26AUG171330-30", "BTC up?", MarketStatus.ACTIVE, null, 1),
        market("KXHIGHNY", "KXHIGHNY-26AUG12-B85.5", "NYC high", MarketStatus.ACTIVE, null, 1),
        market("KXETHD", "KXETHD-26AUG1717-T4499.99", "Ethereum price above", MarketStatus.ACTIVE, null, 1),
        market("KXINX", "KXINX-26AUG17-B6000", "S&P 500", MarketStatus.ACTIVE, null, 1)));
    assertThat(changes.publish()).extracting(m -> m.ticker().value()).containsExactly("KXBTC15M-26AUG171330-30",
        "KXHIGHNY-26AUG12-B85.5", "KXETHD-26AUG1717-T4499.99");
    assertThat(changes.subscribe()).hasSize(3);
  }

  @Test
  void shouldPublishOnlyRealChanges() {
    catalog.update(List.of(market("KXBTC15M", "KXBTC15M-26AUG171330-30", "BTC", MarketStatus.ACTIVE, null, 1)));
    assertThat(catalog.update(List.of(market("KXBTC15M", "KXBTC15M-26AUG171330-30", "BTC", MarketStatus.ACTIVE,
        null, 99)))).isEqualTo(MarketCatalog.Changes.NONE);
  }

  @Test
  void shouldStopWatchingAndPublishTheResultWhenAMarketSettles() {
    catalog.update(List.of(market("KXBTC15M", "KXBTC15M-26AUG171330-30", "BTC", MarketStatus.ACTIVE, null, 1)));
    MarketCatalog.Changes closed = catalog.update(List.of(market("KXBTC15M", "KXBTC15M-26AUG171330-30", "BTC",
        MarketStatus.FINALIZED, MarketResult.YES, 2)));
    assertThat(closed.publish()).singleElement().satisfies(m -> assertThat(m.result()).isEqualTo(MarketResult.YES));
    assertThat(closed.unsubscribe()).containsExactly(MarketTicker.of("KXBTC15M-26AUG171330-30"));
    assertThat(catalog.subscribed()).isEmpty();
  }

  @Test
  void shouldKeepFollowingAMarketWhoseTitleChangedAwayFromTheKeyword() {
    catalog.update(List.of(market("KXETHD", "KXETHD-26AUG1717-T4499.99", "Ethereum", MarketStatus.ACTIVE, null, 1)));
    MarketCatalog.Changes changes = catalog.update(List.of(market("KXETHD", "KXETHD-26AUG1717-T4499.99", "ETH",
        MarketStatus.ACTIVE, null, 2)));
    assertThat(changes.publish()).hasSize(1);
  }
}
