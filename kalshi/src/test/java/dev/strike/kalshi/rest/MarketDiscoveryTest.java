package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.mapping.MarketInfoMapper;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.KalshiTestClients;
import dev.strike.kalshi.testing.RecordedRequest;
import dev.strike.kalshi.wire.EventData;
import dev.strike.kalshi.wire.EventResponse;
import dev.strike.kalshi.wire.ExchangeStatus;
import dev.strike.kalshi.wire.Market;
import dev.strike.kalshi.wire.PriceRange;
import dev.strike.kalshi.wire.Series;
import dev.strike.kalshi.wire.Trade;
import dev.strike.kalshi.wire.BookSide;
import dev.strike.kalshi.wire.OutcomeSide;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MarketDiscoveryTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final List<PriceRange> CENT_GRID = List.of(new PriceRange("0.0000", "1.0000", "0.0100"));

  private KalshiRestFake fake;
  private KalshiRestClient client;

  @BeforeEach
  void start() {
    fake = KalshiRestFake.start();
    client = KalshiRestClient.builder(KalshiTestClients.fastConfig(fake.restRoot())).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static Market market(String ticker, String event, String status) {
    return Market.of(ticker, event, status, "greater", new BigDecimal("63999.99"), null, "2026-08-17T16:00:00Z",
        "2026-08-17T21:00:00Z", CENT_GRID);
  }

  private void ladder(int markets) {
    fake.putSeries(Series.of("KXBTCD", "BTC above/below", "quadratic", BigDecimal.ONE));
    fake.putEvent(EventData.of("KXBTCD-26AUG1717", "KXBTCD", "Bitcoin price at 5 PM EDT"));
    for (int i = 0; i < markets; i++) {
      fake.putMarket(market(String.format("KXBTCD-26AUG1717-T%05d", 60_000 + i * 250), "KXBTCD-26AUG1717",
          "active"));
    }
  }

  @Test
  void shouldReadEveryPageWhenTheMarketsSpanSeveralPages() {
    ladder(23);
    fake.pageSize(5);

    List<Market> markets = client.marketData().markets(MarketsQuery.all()
        .withSeriesTicker(SeriesTicker.of("KXBTCD")).withStatus(MarketStatusFilter.OPEN)).collectList().block(WAIT);

    assertThat(markets).hasSize(23).extracting(Market::ticker).doesNotHaveDuplicates().isSorted();
    List<RecordedRequest> pages = fake.requests("GET", "/markets");
    assertThat(pages).hasSize(5);
    assertThat(pages.get(0).queryParam("cursor")).isNull();
    assertThat(pages).allSatisfy(page -> {
      assertThat(page.queryParam("series_ticker")).isEqualTo("KXBTCD");
      assertThat(page.queryParam("status")).isEqualTo("open");
      assertThat(page.queryParam("limit")).isEqualTo("1000");
    });
    assertThat(pages.subList(1, 5)).allSatisfy(page -> assertThat(page.queryParam("cursor")).isNotBlank());
  }

  @Test
  void shouldDropRepeatsWhenResultsShiftBetweenPages() {
    ladder(12);
    fake.pageSize(5);
    // a new market sorting first appears after page 1: page 2 starts one item earlier and repeats the last one
    fake.afterPage("/markets", 1, () -> fake.putMarket(market("KXBTCD-26AUG1717-A00000", "KXBTCD-26AUG1717",
        "active")));

    List<Market> markets = client.marketData().markets(MarketsQuery.all()).collectList().block(WAIT);

    assertThat(fake.count("GET", "/markets")).isEqualTo(3);
    assertThat(markets).extracting(Market::ticker).doesNotHaveDuplicates().hasSize(12);
  }

  @ParameterizedTest
  @EnumSource(KalshiRestFake.EndCursor.class)
  void shouldStopPagingWhenTheLastCursorIsEmptyNullOrAbsent(KalshiRestFake.EndCursor style) {
    ladder(10);
    fake.pageSize(4).endCursor(style);

    List<Market> markets = client.marketData().markets(MarketsQuery.all()).collectList().block(WAIT);

    assertThat(markets).hasSize(10);
    assertThat(fake.count("GET", "/markets")).isEqualTo(3);
  }

  @Test
  void shouldMapDiscoveredMarketsWhenSeriesAndEventAreFetchedToo() {
    ladder(3);
    fake.putEvent(EventData.of("KXBTCD-26AUG1717", "KXBTCD", "Bitcoin price at 5 PM EDT")
        .withFeeOverride(null, new BigDecimal("0.5")));

    Series series = client.marketData().series(SeriesTicker.of("KXBTCD")).block(WAIT);
    EventResponse event = client.marketData().event(EventTicker.of("KXBTCD-26AUG1717"), true).block(WAIT);
    List<MarketInfo> infos = event.allMarkets().stream()
        .map(market -> MarketInfoMapper.toMarketInfo(market, event.event(), series, 1L)).toList();

    assertThat(infos).hasSize(3).allSatisfy(info -> {
      assertThat(info.seriesTicker()).isEqualTo(SeriesTicker.of("KXBTCD"));
      assertThat(info.status()).isEqualTo(MarketStatus.ACTIVE);
      assertThat(info.feeMultiplier()).isEqualTo(new BigDecimal("0.5"));
      assertThat(info.floorStrike()).isEqualTo(new BigDecimal("63999.99"));
      assertThat(info.title()).isEqualTo("Bitcoin price at 5 PM EDT");
    });
    assertThat(fake.requests("GET", "/events/*").get(0).queryParam("with_nested_markets")).isEqualTo("true");
  }

  @Test
  void shouldListEventsWithNestedMarketsWhenAsked() {
    ladder(4);
    fake.putEvent(EventData.of("KXBTCD-26AUG1718", "KXBTCD", "Bitcoin price at 6 PM EDT"));
    fake.putMarket(market("KXBTCD-26AUG1718-T60000", "KXBTCD-26AUG1718", "initialized"));
    fake.pageSize(1);

    Map<String, Integer> marketsPerEvent = client.marketData()
        .events(EventsQuery.all().withSeriesTicker(SeriesTicker.of("KXBTCD")).withNestedMarkets())
        .collectMap(EventData::eventTicker, e -> e.markets().size()).block(WAIT);

    assertThat(marketsPerEvent).containsEntry("KXBTCD-26AUG1717", 4).containsEntry("KXBTCD-26AUG1718", 1);
    assertThat(fake.requests("GET", "/events")).allSatisfy(r -> {
      assertThat(r.queryParam("with_nested_markets")).isEqualTo("true");
      assertThat(r.queryParam("limit")).isEqualTo("200");
    });
  }

  @Test
  void shouldGiveAnExactSnapshotWhenTheOrderbookIsFetched() {
    fake.loadDocumentedFixtures();
    MarketTicker ticker = MarketTicker.of("KXBTC15M-26AUG171330-30");

    BookSnapshot snapshot = client.marketData().bookSnapshot(ticker).block(WAIT);

    assertThat(snapshot.ticker()).isEqualTo(ticker);
    assertThat(snapshot.yesBids()).extracting(l -> l.price().micros()).containsExactly(430_000L, 440_000L, 450_000L);
    assertThat(snapshot.noBids()).extracting(l -> l.qty()).containsExactly(Qty.parse("40.00"), Qty.parse("95.50"),
        Qty.parse("150.00"));
    assertThat(snapshot.top().yesAsk()).isEqualTo(Price.parse("0.47"));
    assertThat(snapshot.tsInit()).isPositive();
  }

  @Test
  void shouldSendTheDepthWhenAShallowBookIsAsked() {
    fake.loadDocumentedFixtures();

    var book = client.marketData().orderbook(MarketTicker.of("KXBTC15M-26AUG171330-30"), 1).block(WAIT);

    assertThat(book.yesDollars()).hasSize(1);
    assertThat(fake.requests("GET", "/markets/*/orderbook").get(0).queryParam("depth")).isEqualTo("1");
  }

  @Test
  void shouldReadTradesOfAMarketWhenPaged() {
    for (int i = 0; i < 7; i++) {
      fake.addTrade(new Trade("t-" + i, "KX-A", "1.00", "0.4" + i + "00", "0.5" + (9 - i) + "00", OutcomeSide.YES,
          BookSide.BID, "2026-08-17T17:21:0" + i + "Z", false));
    }
    fake.addTrade(new Trade("t-x", "KX-B", "1.00", "0.5000", "0.5000", OutcomeSide.NO, BookSide.ASK,
        "2026-08-17T17:22:00Z", false));
    fake.pageSize(3);

    List<Trade> trades = client.marketData().trades(TradesQuery.of(MarketTicker.of("KX-A"))).collectList()
        .block(WAIT);

    assertThat(trades).extracting(Trade::tradeId).containsExactly("t-0", "t-1", "t-2", "t-3", "t-4", "t-5", "t-6");
    assertThat(fake.requests("GET", "/markets/trades")).hasSize(3)
        .allSatisfy(r -> assertThat(r.queryParam("ticker")).isEqualTo("KX-A"));
  }

  @Test
  void shouldReadStatusAndScheduleWhenTheExchangeIsPaused() {
    fake.exchangeStatus(new ExchangeStatus(true, false, null, "2026-08-20T09:00:00Z", List.of()));

    ExchangeStatus status = client.marketData().exchangeStatus().block(WAIT);
    var schedule = client.marketData().exchangeSchedule().block(WAIT);

    assertThat(status.tradingActive()).isFalse();
    assertThat(status.exchangeEstimatedResumeTime()).isEqualTo("2026-08-20T09:00:00Z");
    assertThat(schedule.standardHours()).isEmpty();
  }

  @Test
  void shouldListSeriesOncePerTickerWhenPaged() {
    for (String ticker : List.of("KXBTC15M", "KXETH15M", "KXHIGHNY")) {
      fake.putSeries(Series.of(ticker, ticker, "quadratic", BigDecimal.ONE));
    }
    fake.pageSize(2);

    Map<String, String> series = client.marketData().seriesList(SeriesQuery.all().withCategory("Crypto"))
        .collect(Collectors.toMap(Series::ticker, Series::feeType)).block(WAIT);

    assertThat(series).containsOnlyKeys("KXBTC15M", "KXETH15M", "KXHIGHNY");
    assertThat(fake.requests("GET", "/series").get(0).queryParam("category")).isEqualTo("Crypto");
  }
}
