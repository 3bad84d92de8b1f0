package dev.strike.app.dataset.core;

import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SourceId;
import dev.strike.common.money.Price;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parser of {@code Johnny-God/kalshi-crypto-15m-dataset:data/<SERIES>/raw_snapshots.jsonl} (CC BY 4.0, "Kalshi Crypto
 * 15M Dataset Contributors"; data README §2.1): one JSON object per line with {@code ts} (epoch seconds, UTC),
 * {@code ticker}, {@code series}, {@code yb}/{@code ya} (YES best bid and ask, dollars 0–1), {@code spot} (USD,
 * may be null) and {@code spot_ok} (1 when the collector's spot is fresh).
 *
 * <p>A bid of 0 (or null) means no YES bid and an ask of 1 (or null) means no NO bid. The file has no floor strike;
 * its quotes are mapped with a null strike (see {@link MarketHistory}). {@code yes_depth}/{@code no_depth} are the
 * total resting size of a side, not the size at the best price, so they are not used as the level size;
 * {@code mid}, {@code book_imb}, {@code btc_mid} (a Kalshi BTC market mid, not a spot price) and
 * {@code n_trades_60s} are derived or outside the model and are not read. A spot with {@code spot_ok} other than 1 is
 * stale and skipped (counted, not an error). Rows must not go back in time and must belong to the file's series.
 */
public final class JohnnyGodSnapshots implements RowParser {
  /** The spot source: the dataset's own collector (its exchange is not documented). */
  public static final SourceId SPOT_SOURCE = SourceId.of("johnnygod-collector");

  private final @Nullable SeriesTicker expectedSeries;
  private long lastTsNs = -1;

  /**
   * A parser for one series file.
   *
   * @param expectedSeries the series the file belongs to (its directory), or null to accept any 15-minute series
   */
  public JohnnyGodSnapshots(@Nullable SeriesTicker expectedSeries) {
    this.expectedSeries = expectedSeries;
  }

  @Override
  public ParsedRow parse(long lineNumber, String text) {
    FlatJson json;
    long tsNs;
    FifteenMinuteMarket market;
    try {
      json = FlatJson.parse(text);
      tsNs = DecimalText.epochSecondsToNanos(json.required("ts"), "ts");
    } catch (IllegalArgumentException e) {
      return ParsedRow.skipped(-1, e.getMessage());
    }
    if (tsNs < lastTsNs) {
      return ParsedRow.skipped(tsNs, "time goes back: ts " + json.get("ts") + " is before the previous row");
    }
    lastTsNs = tsNs;
    QuoteObservation quote;
    try {
      market = FifteenMinuteMarket.parse(json.required("ticker"));
      String series = json.required("series");
      if (!series.equals(market.series().value())) {
        throw new IllegalArgumentException("series " + series + " does not match ticker " + market.ticker());
      }
      if (expectedSeries != null && !expectedSeries.equals(market.series())) {
        throw new IllegalArgumentException(market.ticker() + " is not in this file's series " + expectedSeries);
      }
      quote = new QuoteObservation(lineNumber, tsNs, market, null, bid(json.get("yb")), ask(json.get("ya")));
    } catch (IllegalArgumentException e) {
      return ParsedRow.skipped(tsNs, e.getMessage());
    }
    List<SpotObservation> spots = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int stale = 0;
    String spot = json.get("spot");
    if (spot != null) {
      if ("1".equals(json.get("spot_ok"))) {
        try {
          spots.add(new SpotObservation(lineNumber, tsNs, market.asset(), SPOT_SOURCE,
              DecimalText.positive(spot, "spot")));
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage() + " (spot skipped)");
        }
      } else {
        stale = 1;
      }
    }
    return new ParsedRow(tsNs, List.of(quote), spots, problems, stale);
  }

  private static @Nullable Price bid(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Price price = DecimalText.dollars(text, "yb");
    return price.micros() == 0 ? null : price;
  }

  private static @Nullable Price ask(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Price price = DecimalText.dollars(text, "ya");
    return price.micros() == Price.MICROS_PER_DOLLAR ? null : price;
  }
}
