package dev.strike.app.dataset.core;

import dev.strike.common.id.Asset;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SourceId;
import dev.strike.common.money.Price;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parser of {@code kapelame/kalshi-crypto-pairs:data/sample_features.csv} (MIT; data README §2.2): one row every
 * 2 s with, for each asset {@code a} in the header ({@code btc}, {@code eth}, {@code sol}, {@code xrp}), the market
 * the collector followed ({@code a_ticker}), its top of book ({@code a_yes_bid}, {@code a_yes_ask}, whole cents),
 * its strike ({@code a_floor_strike}, USD) and the Coinbase spot price ({@code a_real_price}, USD from
 * {@code /v2/exchange-rates}).
 *
 * <p>Time: {@code ts_unix} (epoch seconds, microseconds), which must agree with the ISO {@code ts} column to the
 * millisecond; rows must not go back in time. A yes bid of 0 means no YES bid and a yes ask of 100 means no NO bid
 * (Kalshi REST writes them so). The other columns (mid, spread, volume, open interest, book imbalance, time to
 * expiry, momentum) are derived or not part of the model and are not read. A non-empty {@code a_error}, an unreadable
 * or inconsistent value (a strike that changes for the same market, a crossed quote, a ticker of another asset)
 * skips that asset's part of the row and is reported; the other assets of the row are still mapped.
 */
public final class KapelameCsv implements RowParser {
  /** The spot source: Coinbase's exchange-rates endpoint, as the collector polled it. */
  public static final SourceId SPOT_SOURCE = SourceId.of("coinbase-rates");

  private static final List<String> BLOCK = List.of("ticker", "yes_bid", "yes_ask", "floor_strike", "real_price",
      "error");

  private final Map<String, Integer> columns = new HashMap<>();
  private final List<String> assets = new ArrayList<>();
  private final Map<MarketTicker, BigDecimal> strikes = new HashMap<>();
  private final String file;
  private long lastTsNs = -1;

  /** A parser for {@code file} (its name, for messages). */
  public KapelameCsv(String file) {
    this.file = file;
  }

  @Override
  public ParsedRow parse(long lineNumber, String text) {
    if (lineNumber == 1) {
      readHeader(text);
      return ParsedRow.EMPTY;
    }
    List<String> fields = CsvLine.split(text);
    if (fields == null) {
      return ParsedRow.skipped(-1, "unbalanced quotes");
    }
    if (fields.size() != columns.size()) {
      return ParsedRow.skipped(-1, fields.size() + " fields, the header has " + columns.size());
    }
    long tsNs;
    try {
      tsNs = DecimalText.epochSecondsToNanos(field(fields, "ts_unix"), "ts_unix");
      String iso = field(fields, "ts");
      long isoMs;
      try {
        isoMs = OffsetDateTime.parse(iso).toInstant().toEpochMilli();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("ts: '" + iso + "' is not an ISO-8601 time", e);
      }
      if (Math.floorDiv(tsNs, 1_000_000L) != isoMs) {
        throw new IllegalArgumentException("ts '" + iso + "' and ts_unix '" + field(fields, "ts_unix")
            + "' disagree");
      }
    } catch (IllegalArgumentException e) {
      return ParsedRow.skipped(-1, e.getMessage());
    }
    if (tsNs < lastTsNs) {
      return ParsedRow.skipped(tsNs, "time goes back: " + field(fields, "ts") + " is before the previous row");
    }
    lastTsNs = tsNs;

    List<QuoteObservation> quotes = new ArrayList<>();
    List<SpotObservation> spots = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String asset : assets) {
      try {
        quotes.add(quote(fields, asset, lineNumber, tsNs));
      } catch (IllegalArgumentException e) {
        problems.add(asset + ": " + e.getMessage() + " (" + asset + " quote skipped)");
      }
      String spot = field(fields, asset + "_real_price");
      if (!spot.isEmpty()) {
        try {
          spots.add(new SpotObservation(lineNumber, tsNs, Asset.of(asset.toUpperCase(Locale.ROOT)), SPOT_SOURCE,
              DecimalText.positive(spot, asset + "_real_price")));
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage() + " (" + asset + " spot skipped)");
        }
      }
    }
    return new ParsedRow(tsNs, quotes, spots, problems, 0);
  }

  private QuoteObservation quote(List<String> fields, String asset, long lineNumber, long tsNs) {
    String error = field(fields, asset + "_error");
    if (!error.isEmpty()) {
      throw new IllegalArgumentException("the collector reported an error: " + error);
    }
    String tickerText = field(fields, asset + "_ticker");
    if (tickerText.isEmpty()) {
      throw new IllegalArgumentException("no market ticker");
    }
    FifteenMinuteMarket market = FifteenMinuteMarket.parse(tickerText);
    if (!market.asset().symbol().equals(asset.toUpperCase(Locale.ROOT))) {
      throw new IllegalArgumentException(tickerText + " is not a " + asset + " market");
    }
    Price bid = DecimalText.cents(field(fields, asset + "_yes_bid"), asset + "_yes_bid");
    Price ask = DecimalText.cents(field(fields, asset + "_yes_ask"), asset + "_yes_ask");
    BigDecimal strike = DecimalText.positive(field(fields, asset + "_floor_strike"), asset + "_floor_strike");
    BigDecimal known = strikes.get(market.ticker());
    if (known != null && known.compareTo(strike) != 0) {
      throw new IllegalArgumentException("floor strike of " + tickerText + " changed from " + known.toPlainString()
          + " to " + strike.toPlainString());
    }
    QuoteObservation quote = new QuoteObservation(lineNumber, tsNs, market, strike, nullIf(bid, 0),
        nullIf(ask, Price.MICROS_PER_DOLLAR));
    strikes.putIfAbsent(market.ticker(), strike);
    return quote;
  }

  private static @Nullable Price nullIf(Price price, long micros) {
    return price.micros() == micros ? null : price;
  }

  private String field(List<String> fields, String name) {
    return fields.get(columns.get(name));
  }

  private void readHeader(String text) {
    List<String> names = CsvLine.split(text);
    if (names == null || names.isEmpty()) {
      throw new DatasetFormatException(file + ": line 1 is not a CSV header");
    }
    for (int i = 0; i < names.size(); i++) {
      columns.put(names.get(i), i);
    }
    for (String name : names) {
      if (name.endsWith("_ticker")) {
        assets.add(name.substring(0, name.length() - "_ticker".length()));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String required : List.of("ts", "ts_unix")) {
      if (!columns.containsKey(required)) {
        missing.add(required);
      }
    }
    for (String asset : assets) {
      for (String suffix : BLOCK) {
        if (!columns.containsKey(asset + "_" + suffix)) {
          missing.add(asset + "_" + suffix);
        }
      }
    }
    if (assets.isEmpty() || !missing.isEmpty()) {
      throw new DatasetFormatException(file + ": not the kapelame sample_features.csv layout"
          + (assets.isEmpty() ? " (no <asset>_ticker column)" : " (missing columns " + missing + ")"));
    }
  }
}
