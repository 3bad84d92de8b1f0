package dev.strike.app.calibration.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strike.app.dataset.core.HistoryImport;
import dev.strike.app.dataset.core.ImportReport;
import dev.strike.app.dataset.core.KapelameCsv;
import dev.strike.app.dataset.core.QuoteMapping;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.Asset;
import dev.strike.common.money.Qty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Which quote, spot and time a replay scores at each horizon, on a tiny kapelame-shaped file run through the real
 * import. Market KXBTC15M-26FEB250015-15 closes 2026-02-25 00:15 EST = 05:15:00 UTC, strike 65450.37.
 */
class CalibrationReplayTest {
  private static final String HEADER = "ts,ts_unix,btc_ticker,btc_yes_bid,btc_yes_ask,btc_floor_strike,"
      + "btc_real_price,btc_error,eth_ticker,eth_yes_bid,eth_yes_ask,eth_floor_strike,eth_real_price,eth_error";
  private static final String BTC = "KXBTC15M-26FEB250015-15";
  private static final String ETH = "KXETH15M-26FEB250015-15";
  private static final long MINUTE = 60_000_000_000L;
  private static final long CLOSE = ns("05:15:00");

  /** The model's inputs of one call. */
  private record Call(StrikeType type, double floor, double spot, double vol, long nowNs, long closeNs, long windowNs,
      double averageSoFar) {}

  private final List<Call> calls = new ArrayList<>();
  private final Map<Asset, FakeSpotFeed> feeds = new TreeMap<>();

  /** p = 0.7 when the spot is above the floor, else 0.3. */
  private final ProbabilityModel model = (type, floor, cap, spot, vol, now, close, window, average) -> {
    calls.add(new Call(type, floor, spot, vol, now, close, window, average));
    return spot > floor ? 0.7 : 0.3;
  };

  private static long ns(String hms) {
    Instant at = Instant.parse("2026-02-25T" + hms + "Z");
    return at.getEpochSecond() * 1_000_000_000L + at.getNano();
  }

  private static String row(String hms, String btc, String eth) {
    Instant at = Instant.parse("2026-02-25T" + hms + "Z");
    String unix = at.getEpochSecond() + "." + String.format("%03d", at.getNano() / 1_000_000);
    return "2026-02-25T" + hms + "+00:00," + unix + "," + btc + "," + eth;
  }

  private static String btc(int bid, int ask, String spot) {
    return BTC + "," + bid + "," + ask + ",65450.37," + spot + ",";
  }

  private static String eth(int bid, int ask) {
    return ETH + "," + bid + "," + ask + ",1890.5,1890.0,";
  }

  private static final String ETH_DOWN = ",,,,1890.0,timeout";

  private static final List<String> FILE = List.of(HEADER,
      row("05:04:58.000", btc(40, 44, "65400"), ETH_DOWN),
      row("05:05:00.000", btc(41, 45, "65410"), ETH_DOWN), // exactly 10 min before the close
      row("05:05:02.000", btc(50, 54, "65500"), ETH_DOWN), // after it: not seen at 10 min
      row("05:09:55.000", btc(0, 3, "65300"), eth(30, 34)), // 5 s before the 5-min time; no YES bid
      row("05:12:40.000", btc(60, 100, "65460"), eth(30, 34)), // 20 s before the 2-min time: stale
      row("05:13:59.000", btc(97, 99, "65600"), eth(40, 44)), // 1 s before the 1-min time
      row("05:15:01.000", btc(99, 100, "65610"), eth(50, 52))); // BTC decisive (YES), ETH not

  private CalibrationResult replay(CalibrationParams params) {
    TextLines lines = new TextLines("tiny.csv", FILE);
    CollectedHistory history = new CollectedHistory();
    ImportReport report = new HistoryImport(List.of(new HistoryImport.Source(lines,
        () -> new KapelameCsv(lines.name()), null)), new QuoteMapping(Qty.ofContracts(1))).run(history);
    CalibrationReplay replay = new CalibrationReplay(params,
        asset -> feeds.computeIfAbsent(asset, a -> new FakeSpotFeed(a, 2e-4, 1, 65555.0)), model, MINUTE);
    return replay.run(history.events(), report.markets(), report.problemLines());
  }

  private static CalibrationParams params(long... horizons) {
    List<Long> list = new ArrayList<>();
    for (long h : horizons) {
      list.add(h);
    }
    return new CalibrationParams(list, 1e-4, MINUTE);
  }

  @Test
  void shouldScoreTheNewestQuoteAtOrBeforeEachHorizonWhenReplaying() {
    CalibrationResult result = replay(CalibrationParams.defaults());
    List<Forecast> btc = result.forecasts().stream().filter(f -> f.ticker().value().equals(BTC)).toList();
    assertThat(btc).extracting(Forecast::horizonNs).containsExactly(10 * MINUTE, 5 * MINUTE, MINUTE);
    assertThat(btc).extracting(Forecast::quoteTsNs)
        .containsExactly(ns("05:05:00"), ns("05:09:55"), ns("05:13:59"));
    assertThat(btc).extracting(Forecast::scoredAtNs)
        .containsExactly(CLOSE - 10 * MINUTE, CLOSE - 5 * MINUTE, CLOSE - MINUTE);
    // mids: (0.41 + 0.45) / 2 = 0.43; no bid counts as 0: (0 + 0.03) / 2 = 0.015; (0.97 + 0.99) / 2 = 0.98
    assertThat(btc.get(0).mid()).isCloseTo(0.43, within(1e-12));
    assertThat(btc.get(1).mid()).isCloseTo(0.015, within(1e-12));
    assertThat(btc.get(2).mid()).isCloseTo(0.98, within(1e-12));
    assertThat(btc).allSatisfy(f -> assertThat(f.yes()).isTrue());
  }

  @Test
  void shouldUseOnlySpotTicksAtOrBeforeTheScoringTimeWhenTheModelIsAsked() {
    CalibrationResult result = replay(CalibrationParams.defaults());
    List<Forecast> btc = result.forecasts().stream().filter(f -> f.ticker().value().equals(BTC)).toList();
    // 10 min: the 05:05:00 tick (65410), not the 05:05:02 one (65500); below the strike, so p = 0.3.
    assertThat(btc).extracting(Forecast::spot).containsExactly(65410.0, 65300.0, 65600.0);
    assertThat(btc).extracting(Forecast::model).containsExactly(0.3, 0.3, 0.7);
    Call first = calls.get(0);
    assertThat(first.type()).isEqualTo(StrikeType.GREATER_OR_EQUAL);
    assertThat(first.floor()).isEqualTo(65450.37);
    assertThat(first.nowNs()).isEqualTo(CLOSE - 10 * MINUTE);
    assertThat(first.closeNs()).isEqualTo(CLOSE);
    assertThat(first.windowNs()).isEqualTo(MINUTE);
    assertThat(first.vol()).isEqualTo(2e-4);
  }

  @Test
  void shouldPassNoAverageWhenTheScoringTimeIsNotInsideTheWindow() {
    replay(CalibrationParams.defaults());
    // 1 min before the close is the window's start: nothing of the window has passed yet.
    assertThat(calls).extracting(Call::averageSoFar).allSatisfy(a -> assertThat(a).isNaN());
    assertThat(feeds.get(Asset.of("BTC")).averageAsked).isEmpty();
  }

  @Test
  void shouldPassTheAverageSoFarWhenTheScoringTimeIsInsideTheWindow() {
    replay(params(30_000_000_000L)); // quotes up to 1 min old allowed: the 05:13:59 one is used
    // t = 05:14:30: the average over [05:14:00, 05:14:30) is asked of the feed and given to the model.
    FakeSpotFeed feed = feeds.get(Asset.of("BTC"));
    assertThat(feed.averageAsked).hasSize(1);
    assertThat(feed.averageAsked.get(0)).containsExactly(ns("05:14:00"), ns("05:14:30"));
    assertThat(calls).singleElement().extracting(Call::averageSoFar).isEqualTo(65555.0);
  }

  @Test
  void shouldExcludeWithTheReasonWhenAMarketCannotBeScored() {
    CalibrationResult result = replay(CalibrationParams.defaults());
    // BTC at 2 min: the newest quote (05:12:40) is 20 s old, more than 10 s.
    // ETH: its final quote 50/52 is not decisive, so it has no result at any horizon.
    assertThat(result.exclusions()).extracting(e -> e.ticker().value() + " " + CalibrationTable.horizon(e.horizonNs())
        + " " + e.reason()).containsExactly(
            ETH + " 10 min NO_RESULT",
            ETH + " 5 min NO_RESULT",
            BTC + " 2 min STALE_QUOTE",
            ETH + " 2 min NO_RESULT",
            ETH + " 1 min NO_RESULT");
    assertThat(result.problemLines()).isEqualTo(3); // the three ETH rows with a collector error
  }

  @Test
  void shouldExcludeMarketsWithoutQuoteOrVolatilityWhenHistoryIsShort() {
    TextLines lines = new TextLines("tiny.csv", List.of(HEADER,
        row("05:09:55.000", btc(40, 44, "65400"), eth(30, 34)),
        row("05:13:59.000", btc(40, 44, "65400"), eth(30, 34)),
        row("05:15:01.000", btc(99, 100, "65610"), eth(1, 2))));
    CollectedHistory history = new CollectedHistory();
    ImportReport report = new HistoryImport(List.of(new HistoryImport.Source(lines,
        () -> new KapelameCsv(lines.name()), null)), new QuoteMapping(Qty.ofContracts(1))).run(history);
    // Volatility needs two ticks: at 5 min each feed has seen one. At 2 min (05:13:00) the newest quote is 05:09:55.
    CalibrationResult result = new CalibrationReplay(CalibrationParams.defaults(),
        asset -> new FakeSpotFeed(asset, 2e-4, 2, Double.NaN), model, MINUTE)
        .run(history.events(), report.markets(), 0);
    assertThat(result.exclusions()).extracting(e -> e.ticker().value() + " " + CalibrationTable.horizon(e.horizonNs())
        + " " + e.reason()).containsExactly(
            BTC + " 10 min NO_QUOTE",
            ETH + " 10 min NO_QUOTE",
            BTC + " 5 min NO_VOLATILITY",
            ETH + " 5 min NO_VOLATILITY",
            BTC + " 2 min STALE_QUOTE",
            ETH + " 2 min STALE_QUOTE");
    assertThat(result.forecasts()).extracting(f -> f.ticker().value() + " " + f.yes())
        .containsExactly(BTC + " true", ETH + " false");
  }
}
