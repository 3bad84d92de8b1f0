package dev.strike.app.backtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.common.json.StrikeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir
  Path dir;

  private List<Path> writeTiny(Path to) throws IOException {
    BacktestRecord record = ReportFixtures.tiny();
    return ReportFiles.write(to, record, BacktestReport.of(record));
  }

  @Test
  void shouldWriteTheFourFilesWhenGivenARecord() throws IOException {
    List<Path> files = writeTiny(dir);

    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("report.json", "trades.csv", "daily_pnl.csv", "report.html");
    assertThat(files).allSatisfy(p -> assertThat(p).isRegularFile());
  }

  @Test
  void shouldWriteIdenticalBytesWhenWrittenTwice() throws IOException {
    BacktestRecord record = ReportFixtures.tiny();
    List<Path> first = ReportFiles.write(dir.resolve("one"), record, BacktestReport.of(record));
    List<Path> second = ReportFiles.write(dir.resolve("two"), record, BacktestReport.of(record));

    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
    }
  }

  @Test
  void shouldWriteIdenticalBytesWhenTheSameRunIsRecordedAgain() throws IOException {
    List<Path> first = writeTiny(dir.resolve("one"));
    List<Path> second = writeTiny(dir.resolve("two"));

    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
    }
  }

  @Test
  void shouldDrawEquityAndDrawdownChartsWithoutExternalReferencesWhenRenderingHtml() throws IOException {
    String html = Files.readString(writeTiny(dir).get(3));

    assertThat(html).contains("<svg id=\"equity-chart\"", "<svg id=\"drawdown-chart\"", "<polyline", "<polygon");
    assertThat(html.split("<svg", -1)).hasSize(3);
    assertThat(html).doesNotContain("http", "<script", "<link", "@import", "url(");
    assertThat(html).contains("KXTEST-A", "alpha", "beta", "$4.53", "$1.82");
  }

  @Test
  void shouldThinTheEquityLineWhenTheCurveHasMorePointsThanPixels() {
    String[] equities = new String[5000];
    for (int i = 0; i < equities.length; i++) {
      equities[i] = Long.toString(1000 + (i * 7919L) % 101); // a saw-tooth of whole dollars
    }
    BacktestRecord record = ReportFixtures.curve(equities);

    String html = ReportHtml.render(record, BacktestReport.of(record));

    String polyline = html.substring(html.indexOf("<polyline points=\"") + 18);
    polyline = polyline.substring(0, polyline.indexOf('"'));
    assertThat(polyline.split(" ")).hasSizeLessThanOrEqualTo(2 * (SvgChart.WIDTH + 1)).hasSizeGreaterThan(100);
    assertThat(html).contains("$1000.00", "$1100.00");
  }

  @Test
  void shouldWriteOneTradesLinePerFillAndSettlementWhenTinyScenario() throws IOException {
    List<String> lines = Files.readAllLines(writeTiny(dir).get(1), StandardCharsets.UTF_8);

    assertThat(lines.get(0)).isEqualTo(ReportCsv.TRADES_HEADER)
        .isEqualTo("time,kind,ticker,strategy,intent,side,action,price,qty,fee,liquidity,payout,result");
    assertThat(lines).hasSize(1 + 4 + 2);
    assertThat(lines.get(1)).startsWith("2026-02-25T23:57:00Z,fill,KXTEST-A,alpha,")
        .endsWith(",yes,buy,0.4000,10.00,0.17,taker,,");
    assertThat(lines.get(4)).startsWith("2026-02-26T00:01:00Z,fill,KXTEST-C,alpha,")
        .endsWith(",yes,sell,0.6000,4.00,0.07,taker,,");
    assertThat(lines.get(5)).isEqualTo("2026-02-26T00:03:00Z,settlement,KXTEST-A,,,yes,settle,1.0000,10.00,0.00,,"
        + "10.00,yes");
    assertThat(lines.get(6)).isEqualTo("2026-02-26T00:04:00Z,settlement,KXTEST-B,,,no,settle,0.0000,5.00,0.00,,"
        + "0.00,yes");
  }

  @Test
  void shouldWriteOneDailyLinePerUtcDateWhenTinyScenario() throws IOException {
    List<String> lines = Files.readAllLines(writeTiny(dir).get(2), StandardCharsets.UTF_8);

    assertThat(lines).containsExactly(
        "date,start_equity,end_equity,pnl,fees,fills,round_trips",
        "2026-02-25,100.00,99.70,-0.30,0.30,3,0",
        "2026-02-26,99.70,104.53,4.83,0.07,1,3");
  }

  @Test
  void shouldWriteMoneyAsExactStringsWhenWritingJson() throws IOException {
    JsonNode json = StrikeJson.mapper().readTree(writeTiny(dir).get(0).toFile());

    assertThat(json.get("runId").asText()).isEqualTo("tiny");
    assertThat(json.at("/summary/pnl").isTextual()).isTrue();
    assertThat(json.at("/summary/pnl").asText()).isEqualTo("4.53");
    assertThat(json.at("/summary/fees").asText()).isEqualTo("0.37");
    assertThat(json.at("/summary/totalReturn").decimalValue()).isEqualByComparingTo("0.045300");
    assertThat(json.at("/trading/roundTrips").asLong()).isEqualTo(3);
    assertThat(json.at("/risk/maxDrawdown").asText()).isEqualTo("1.82");
    assertThat(json.at("/calibration/brier").decimalValue()).isEqualByComparingTo("0.250833");
    assertThat(json.at("/strategies/0/strategy").asText()).isEqualTo("alpha");
    assertThat(json.at("/strategies/0/realizedPnl").asText()).isEqualTo("6.14");
    assertThat(json.at("/markets/1/pnl").asText()).isEqualTo("-1.61");
    assertThat(json.at("/markets/2/result").asText()).isEqualTo("no");
    assertThat(json.get("days")).hasSize(2);
  }

  @Test
  void shouldWriteHeadersAndChartsWhenRunIsEmpty() throws IOException {
    BacktestRecord record = ReportFixtures.empty();
    List<Path> files = ReportFiles.write(dir, record, BacktestReport.of(record));

    assertThat(Files.readString(files.get(1))).isEqualTo(ReportCsv.TRADES_HEADER + "\n");
    assertThat(Files.readString(files.get(2))).isEqualTo(ReportCsv.DAILY_HEADER + "\n");
    assertThat(Files.readString(files.get(3))).contains("<svg id=\"equity-chart\"", "<svg id=\"drawdown-chart\"",
        "no equity points");
    assertThat(StrikeJson.mapper().readTree(files.get(0).toFile()).at("/summary/pnl").asText()).isEqualTo("0.00");
  }
}
