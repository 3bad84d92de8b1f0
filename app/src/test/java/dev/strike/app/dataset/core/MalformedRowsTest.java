package dev.strike.app.dataset.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.Samples;
import dev.strike.app.dataio.shell.FileLines;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.money.Qty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines that cannot be mapped are counted, reported with their line number and skipped, never dropped silently. */
class MalformedRowsTest {
  private static List<byte[]> firstLines(int n) {
    List<byte[]> lines = new ArrayList<>();
    try (LineSource.Cursor cursor = new FileLines(Samples.kapelame()).open()) {
      for (int i = 0; i < n; i++) {
        lines.add(cursor.next());
      }
    }
    return lines;
  }

  private static String text(byte[] line) {
    return new String(line, StandardCharsets.UTF_8);
  }

  private static ImportReport run(LineSource lines, CollectingSink sink) {
    return new HistoryImport(List.of(new HistoryImport.Source(lines, () -> new KapelameCsv(lines.name()), null)),
        new QuoteMapping(Qty.ofContracts(1))).run(sink);
  }

  @Test
  void shouldReportSkipAndCountMalformedKapelameLinesWhenTheyAreMixedWithGoodOnes() {
    List<byte[]> good = firstLines(4); // header + 3 rows
    List<byte[]> lines = new ArrayList<>(good);
    lines.add("2026-02-25T04:22:50.000+00:00,1771993370.0,too,few".getBytes(StandardCharsets.UTF_8)); // line 5
    lines.add(text(good.get(3)).replaceFirst(",86,87,", ",5x,87,").getBytes(StandardCharsets.UTF_8)); // line 6
    lines.add(good.get(1)); // line 7: back in time
    lines.add(new byte[] {'2', '0', (byte) 0xC3, (byte) 0x28}); // line 8: not UTF-8
    lines.add(text(good.get(3)).replaceFirst(",65541.895,", ",-1,").getBytes(StandardCharsets.UTF_8)); // line 9
    CollectingSink sink = new CollectingSink();
    ImportReport report = run(new ListLines("bad.csv", lines), sink);

    assertThat(report.problemLines()).isEqualTo(5);
    assertThat(sink.problems).extracting(DatasetProblem::line).containsExactly(5L, 6L, 7L, 8L, 9L);
    assertThat(sink.problems.get(0).reason()).contains("4 fields, the header has 67").contains("row skipped");
    assertThat(sink.problems.get(1).reason()).startsWith("btc: btc_yes_bid: '5x' is not a whole number of cents")
        .endsWith("(btc quote skipped)");
    assertThat(sink.problems.get(2).reason()).contains("time goes back");
    assertThat(sink.problems.get(3).reason()).isEqualTo("not valid UTF-8 (row skipped)");
    assertThat(sink.problems.get(4).reason()).contains("btc_real_price").contains("btc spot skipped");
    assertThat(report.files()).containsExactly(new ImportReport.FileTally("bad.csv", 9, 5));
    // rows 2-4 whole; line 6 without its BTC quote; line 9 without its BTC spot
    assertThat(report.books()).isEqualTo(3 * 4 + 3 + 4);
    assertThat(report.spots()).isEqualTo(3 * 4 + 4 + 3);
  }

  @Test
  void shouldDeadLetterTheRawLineWithItsNumberWhenALineIsMalformed() {
    List<byte[]> lines = new ArrayList<>(firstLines(2));
    byte[] bad = "not,a,row".getBytes(StandardCharsets.UTF_8);
    lines.add(bad);
    CollectingSink sink = new CollectingSink();
    run(new ListLines("bad.csv", lines), sink);

    DeadLetter letter = sink.problems.get(0).toDeadLetter("kapelame");
    assertThat(letter.source()).isEqualTo("dataset:kapelame");
    assertThat(letter.value()).isEqualTo(bad);
    assertThat(letter.error()).startsWith("bad.csv line 3: 3 fields");
    assertThat(letter.errorKind()).isEqualTo("decode");
    assertThat(letter.partition()).isEqualTo(-1);
    // the last good row's time, so the dead letter sits where it was met
    assertThat(letter.tsEvent()).isEqualTo(1771993365058297000L).isEqualTo(letter.tsInit());
  }

  @Test
  void shouldReportJohnnyGodLinesThatAreNotJsonOrCrossedWhenImporting() {
    String ok = "{\"yb\": 0.54, \"ya\": 0.58, \"spot\": 1.0019, \"spot_ok\": 1,"
        + " \"ticker\": \"KXXRP15M-26AUG170145-45\","
        + " \"series\": \"KXXRP15M\", \"ts\": 1786945089.2429383}";
    ListLines lines = ListLines.of("raw_snapshots.jsonl", ok, "{not json",
        ok.replace("0.54", "0.60").replace("1786945089.2429383", "1786945090"),
        ok.replace("KXXRP15M-26AUG170145-45", "KXETH15M-26AUG170145-45").replace("1786945089.2429383", "1786945091"),
        ok.replace("\"spot_ok\": 1", "\"spot_ok\": 0").replace("1786945089.2429383", "1786945092"));
    CollectingSink sink = new CollectingSink();
    ImportReport report = new HistoryImport(List.of(new HistoryImport.Source(lines,
        () -> new JohnnyGodSnapshots(dev.strike.common.id.SeriesTicker.of("KXXRP15M")), null)),
        new QuoteMapping(Qty.ofContracts(1))).run(sink);

    assertThat(sink.problems).extracting(DatasetProblem::line).containsExactly(2L, 3L, 4L);
    assertThat(sink.problems.get(0).reason()).startsWith("not valid JSON");
    assertThat(sink.problems.get(1).reason()).contains("crossed or locked quote");
    assertThat(sink.problems.get(2).reason()).contains("series KXXRP15M does not match ticker");
    assertThat(report.books()).isEqualTo(2);
    assertThat(report.spots()).isEqualTo(1);
    assertThat(report.staleSpots()).isEqualTo(1);
  }
}
