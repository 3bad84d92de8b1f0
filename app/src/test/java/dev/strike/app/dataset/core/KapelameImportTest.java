package dev.strike.app.dataset.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.Samples;
import dev.strike.app.dataio.shell.FileLines;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.json.JsonCodec;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed kapelame window (data README §1 and §2.2), mapped without Kafka. */
class KapelameImportTest {
  private static CollectingSink sink;
  private static ImportReport report;

  static ImportReport importSample(CollectingSink into) {
    FileLines lines = new FileLines(Samples.kapelame());
    return new HistoryImport(List.of(new HistoryImport.Source(lines, () -> new KapelameCsv(lines.name()), null)),
        new QuoteMapping(Qty.ofContracts(1))).run(into);
  }

  @BeforeAll
  static void importOnce() {
    sink = new CollectingSink();
    report = importSample(sink);
  }

  private static Map<MarketTicker, MarketInfo> last() {
    Map<MarketTicker, MarketInfo> last = new LinkedHashMap<>();
    sink.markets().forEach(m -> last.put(m.ticker(), m));
    return last;
  }

  @Test
  void shouldFindTwentyFiveMarketsWhenTheWholeWindowIsRead() {
    // 4 assets x (5 complete windows + the partial one closing 04:30 UTC) = 24, and the BTC window closing 06:00 UTC
    // that the last row (05:45:07.882) already follows.
    assertThat(report.markets()).hasSize(25);
    assertThat(report.marketsIn(MarketStatus.FINALIZED)).isEqualTo(24);
    assertThat(report.marketsWith(ResultSource.INFERRED)).isEqualTo(24);
    assertThat(report.marketsWith(ResultSource.OFFICIAL)).isZero();
    assertThat(report.marketsIn(MarketStatus.ACTIVE)).isEqualTo(1);
    assertThat(report.markets()).filteredOn(m -> m.status() == MarketStatus.ACTIVE)
        .extracting(m -> m.ticker().value()).containsExactly("KXBTC15M-26FEB250100-00");
    assertThat(report.marketInfos()).isEqualTo(49); // 25 opening records + 24 finalized
  }

  @Test
  void shouldMapEveryRowWhenTheFileIsClean() {
    assertThat(report.files()).containsExactly(new ImportReport.FileTally("sample_features.csv.gz", 2471, 0));
    assertThat(report.problemLines()).isZero();
    assertThat(report.books()).isEqualTo(2470 * 4);
    assertThat(report.spots()).isEqualTo(2470 * 4);
    assertThat(sink.events).hasSize(49 + 2470 * 8);
  }

  @Test
  void shouldInferTheSameResultsForEveryAssetWhenTheFinalQuotesAreRead() {
    Map<MarketTicker, MarketInfo> last = last();
    for (String series : List.of("KXBTC15M", "KXETH15M", "KXSOL15M", "KXXRP15M")) {
      // closes 23:30 ET (partial window), 23:45, 00:00, 00:15, 00:30, 00:45
      List<String> tickers = List.of(series + "-26FEB242330-30", series + "-26FEB242345-45", series + "-26FEB250000-00",
          series + "-26FEB250015-15", series + "-26FEB250030-30", series + "-26FEB250045-45");
      assertThat(tickers).extracting(t -> last.get(MarketTicker.of(t)).result())
          .as(series).containsExactly(MarketResult.YES, MarketResult.YES, MarketResult.NO, MarketResult.NO,
              MarketResult.NO, MarketResult.NO);
      assertThat(tickers).extracting(t -> last.get(MarketTicker.of(t)).status())
          .containsOnly(MarketStatus.FINALIZED);
    }
  }

  @Test
  void shouldSettleAtTheCloseWithTheResultsPayoutWhenAMarketIsFinalized() {
    MarketInfo yes = last().get(MarketTicker.of("KXETH15M-26FEB242345-45"));
    assertThat(yes.settlementValue()).isEqualTo(Price.ONE);
    assertThat(yes.tsEvent()).isEqualTo(yes.closeTimeNs()).isEqualTo(yes.tsInit());
    assertThat(yes.expirationValue()).isNull();
    assertThat(last().get(MarketTicker.of("KXETH15M-26FEB250045-45")).settlementValue()).isEqualTo(Price.ZERO);
  }

  @Test
  void shouldKeepTheBtcFloorStrikesExactlyWhenTheFileIsMapped() {
    Map<MarketTicker, MarketInfo> last = last();
    List<BigDecimal> strikes = List.of("26FEB242330-30", "26FEB242345-45", "26FEB250000-00", "26FEB250015-15",
        "26FEB250030-30", "26FEB250045-45").stream()
        .map(code -> last.get(MarketTicker.of("KXBTC15M-" + code)).floorStrike()).toList();
    // the file writes the second strike 65573.369999; the data README rounds it to 65573.37
    assertThat(strikes).containsExactly(new BigDecimal("65434.98"), new BigDecimal("65573.369999"),
        new BigDecimal("65627.85"), new BigDecimal("65450.37"), new BigDecimal("65335.44"), new BigDecimal("65183.45"));
    assertThat(strikes).extracting(s -> s.setScale(2, RoundingMode.HALF_UP)).containsExactly(
        new BigDecimal("65434.98"), new BigDecimal("65573.37"), new BigDecimal("65627.85"),
        new BigDecimal("65450.37"), new BigDecimal("65335.44"), new BigDecimal("65183.45"));
  }

  @Test
  void shouldDescribeA15MinuteUpDownMarketWhenTheStrikeIsKnown() {
    MarketInfo info = sink.markets().get(0);
    assertThat(info.ticker().value()).isEqualTo("KXBTC15M-26FEB242330-30");
    assertThat(info.eventTicker().value()).isEqualTo("KXBTC15M-26FEB242330");
    assertThat(info.seriesTicker().value()).isEqualTo("KXBTC15M");
    assertThat(info.status()).isEqualTo(MarketStatus.ACTIVE);
    assertThat(info.strikeType()).isEqualTo(StrikeType.GREATER_OR_EQUAL);
    assertThat(info.yesSubTitle()).isEqualTo("Target Price: $65,434.98");
    assertThat(info.title()).isEqualTo("BTC price up in next 15 mins?");
    assertThat(info.priceGrid()).isEqualTo(PriceGrid.TAPERED_DECI_CENT);
    assertThat(info.feeType()).isEqualTo(FeeType.QUADRATIC);
    assertThat(info.feeMultiplier()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(info.result()).isNull();
    // opened 23:15 ET = 04:15 UTC, before the file starts (04:22:45): the opening record is stamped at the open
    assertThat(info.tsEvent()).isEqualTo(nanos("2026-02-25T04:15:00Z"));
  }

  @Test
  void shouldCloseAtFiveFifteenUtcWhenTheTickerSaysQuarterPastMidnightEastern() {
    MarketInfo info = last().get(MarketTicker.of("KXBTC15M-26FEB250015-15"));
    assertThat(Instant.ofEpochSecond(0, info.closeTimeNs())).isEqualTo(Instant.parse("2026-02-25T05:15:00Z"));
    assertThat(Instant.ofEpochSecond(0, info.openTimeNs())).isEqualTo(Instant.parse("2026-02-25T05:00:00Z"));
  }

  @Test
  void shouldMapCentsToExactPricesWhenTheBidIsFiftySixCents() {
    // line 275: 2026-02-25T04:31:51.311, KXBTC15M-26FEB242345-45, yes bid 56, yes ask 60
    HistoryEvent event = sink.events.stream()
        .filter(e -> e.line() == 275 && e.key().equals("KXBTC15M-26FEB242345-45")).findFirst().orElseThrow();
    BookSnapshot book = (BookSnapshot) event.value();
    assertThat(book.yesBids()).singleElement().satisfies(level -> {
      assertThat(level.price()).isEqualTo(Price.ofMicros(560_000));
      assertThat(level.qty()).isEqualTo(Qty.ofContracts(1));
    });
    assertThat(book.noBids()).singleElement().satisfies(level -> assertThat(level.price().micros())
        .isEqualTo(400_000));
    assertThat(book.top().yesAsk()).isEqualTo(Price.ofCents(60));
    // ts_unix 1771993911.311226
    assertThat(book.tsEvent()).isEqualTo(1_771_993_911_311_226_000L).isEqualTo(book.tsInit());
  }

  @Test
  void shouldLeaveASideEmptyWhenTheFileSaysNoBid() {
    // after the close the quote of a NO market is 0/1: no YES bid, a NO bid at 99 cents
    List<BookSnapshot> after = sink.books().stream()
        .filter(b -> b.ticker().value().equals("KXBTC15M-26FEB250045-45")
            && b.tsEvent() >= nanos("2026-02-25T05:45:00Z")).toList();
    assertThat(after).isNotEmpty().allSatisfy(b -> {
      assertThat(b.yesBids()).isEmpty();
      assertThat(b.noBids()).singleElement().satisfies(l -> assertThat(l.price()).isEqualTo(Price.ofCents(99)));
    });
  }

  @Test
  void shouldPublishTheCoinbaseSpotExactlyWhenTheRowHasOne() {
    SpotTick first = sink.spots().get(0);
    assertThat(first.asset().symbol()).isEqualTo("BTC");
    assertThat(first.source().value()).isEqualTo("coinbase-rates");
    assertThat(first.price()).isEqualTo(new BigDecimal("65541.895"));
    assertThat(first.size()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(first.tsEvent()).isEqualTo(1771993365058297000L);
  }

  @Test
  void shouldEmitEventsInTsEventOrderWhenFilesAreMerged() {
    assertThat(sink.events).isSortedAccordingTo(HistoryEvent.ORDER);
    assertThat(sink.events).allSatisfy(e -> assertThat(e.value().tsInit()).isEqualTo(e.value().tsEvent()));
  }

  @Test
  void shouldGiveTheSameEventsWhenImportedTwice() throws Exception {
    CollectingSink again = new CollectingSink();
    importSample(again);
    assertThat(hash(again.events)).isEqualTo(hash(sink.events));
  }

  static String hash(List<HistoryEvent> events) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    JsonCodec<StrikeEvent> codec = JsonCodec.of(StrikeEvent.class);
    for (HistoryEvent e : events) {
      sha.update((e.topic() + "|" + e.key() + "|").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update(codec.encode(e.value()));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static long nanos(String instant) {
    Instant i = Instant.parse(instant);
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }
}
