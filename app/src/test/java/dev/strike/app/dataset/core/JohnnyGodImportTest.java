package dev.strike.app.dataset.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strike.app.Samples;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeType;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Johnny-God's snapshots (dollars, no floor strike) and official outcomes. */
class JohnnyGodImportTest {
  private static ImportReport run(Path in, CollectingSink sink) throws Exception {
    return new HistoryImport(Dataset.JOHNNYGOD.sources(in), new QuoteMapping(Qty.ofContracts(1))).run(sink);
  }

  @Test
  void shouldUseTheOfficialOutcomesWhenTheCommittedSampleHasThem() throws Exception {
    CollectingSink sink = new CollectingSink();
    ImportReport report = run(Samples.johnnyGodXrp(), sink);

    assertThat(report.files()).containsExactly(
        new ImportReport.FileTally("KXXRP15M/model_training_data.jsonl.gz", 566, 0),
        new ImportReport.FileTally("KXXRP15M/raw_snapshots.jsonl.gz", 2901, 0));
    assertThat(report.problemLines()).isZero();
    assertThat(report.markets()).hasSize(94);
    assertThat(report.marketsWith(ResultSource.OFFICIAL)).isEqualTo(16);
    assertThat(report.marketsWith(ResultSource.INFERRED)).isEqualTo(2);
    assertThat(report.disagreements()).isEmpty();
    assertThat(report.books()).isEqualTo(2901);
    assertThat(report.spots()).isEqualTo(2901);
    assertThat(report.markets()).filteredOn(m -> m.source() == ResultSource.INFERRED)
        .extracting(m -> m.ticker().value() + "=" + m.result())
        .containsExactly("KXXRP15M-26AUG170600-00=NO", "KXXRP15M-26AUG180145-45=NO");
    assertThat(report.markets()).filteredOn(m -> m.ticker().value().equals("KXXRP15M-26AUG170645-45"))
        .singleElement().satisfies(m -> {
          assertThat(m.result()).isEqualTo(MarketResult.YES);
          assertThat(m.source()).isEqualTo(ResultSource.OFFICIAL);
          assertThat(m.inferred()).isEqualTo(MarketResult.YES);
        });
    // most markets are not covered up to their close: closed without a result
    assertThat(report.marketsIn(MarketStatus.FINALIZED)).isEqualTo(18);
    assertThat(report.marketsIn(MarketStatus.CLOSED)).isEqualTo(75);
    assertThat(report.marketsIn(MarketStatus.ACTIVE)).isEqualTo(1);
  }

  @Test
  void shouldPublishNoFloorStrikeAndACustomStrikeTypeWhenTheDatasetHasNone() throws Exception {
    CollectingSink sink = new CollectingSink();
    run(Samples.johnnyGodXrp(), sink);
    MarketInfo info = sink.markets().get(0);
    assertThat(info.strikeType()).isEqualTo(StrikeType.CUSTOM);
    assertThat(info.floorStrike()).isNull();
    assertThat(info.yesSubTitle()).isEqualTo("Target Price: not in the dataset");
  }

  @Test
  void shouldParseDollarQuotesExactlyWhenTheyHaveThreeDecimals() throws Exception {
    CollectingSink sink = new CollectingSink();
    run(Samples.johnnyGodXrp(), sink);
    // the first row: yb 0.54, ya 0.58, spot 1.0019
    assertThat(sink.books().get(0).top().yesBid()).isEqualTo(Price.ofMicros(540_000));
    assertThat(sink.books().get(0).noBids().get(0).price()).isEqualTo(Price.ofMicros(420_000));
    SpotTick spot = sink.spots().get(0);
    assertThat(spot.price()).isEqualTo(new BigDecimal("1.0019"));
    assertThat(spot.source().value()).isEqualTo("johnnygod-collector");
    assertThat(spot.tsEvent()).isEqualTo(1_786_945_089_242_938_300L);
    // a deci-cent quote somewhere in the file
    assertThat(sink.books()).anySatisfy(b -> assertThat(b.top().yesBid()).isEqualTo(Price.ofMicros(3_000)));
  }

  @Test
  void shouldImportEverySeriesWithSnapshotsWhenGivenTheSharedDatasetDirectory() throws Exception {
    Path root = Samples.sharedData().resolve("kalshi_crypto15m_johnnygod");
    assumeTrue(Files.isDirectory(root), "assumes the shared data sets at " + root + " (not in the repository)");
    CollectingSink sink = new CollectingSink();
    ImportReport report = run(root, sink);

    // KXBTC15M has no raw_snapshots in the stored copy; ETH 11,826 + SOL 4,772 + XRP 2,901 + ZEC 3,572 rows
    assertThat(report.files()).extracting(ImportReport.FileTally::file).containsExactly(
        "KXETH15M/raw_snapshots.jsonl.gz", "KXSOL15M/raw_snapshots.jsonl.gz",
        "KXXRP15M/model_training_data.jsonl.gz", "KXXRP15M/raw_snapshots.jsonl.gz",
        "KXZEC15M/model_training_data.jsonl.gz", "KXZEC15M/raw_snapshots.jsonl.gz");
    assertThat(report.problemLines()).isZero();
    assertThat(report.books()).isEqualTo(11_826 + 4_772 + 2_901 + 3_572);
    assertThat(report.markets()).hasSize(115 + 105 + 94 + 87);
    assertThat(report.marketsWith(ResultSource.OFFICIAL)).isEqualTo(16 + 15);
    assertThat(report.marketsWith(ResultSource.INFERRED)).isEqualTo(18);
    assertThat(report.marketsIn(MarketStatus.CLOSED)).isEqualTo(348);
    assertThat(report.marketsIn(MarketStatus.ACTIVE)).isEqualTo(4);
    assertThat(report.spots()).isEqualTo(23_071 - 2_003 - 91); // ZEC: 2,003 rows without spot, 91 stale
    assertThat(report.staleSpots()).isEqualTo(91); // ZEC rows with a spot flagged spot_ok = 0
    assertThat(report.disagreements()).isEmpty();
    assertThat(sink.events).isSortedAccordingTo(HistoryEvent.ORDER);
    List<String> assets = sink.spots().stream().map(s -> s.asset().symbol()).distinct().sorted().toList();
    assertThat(assets).containsExactly("ETH", "SOL", "XRP", "ZEC");
  }
}
