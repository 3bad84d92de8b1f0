package dev.strike.app.dataset.core;

import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@code md.markets} records of one imported file, built from a first pass over its quotes (each market's
 * strike, first sighting and final quote). Per market:
 *
 * <ul>
 *   <li>at its open (or its first quote, if earlier): {@code MarketInfo} status {@code active}, no result;
 *   <li>at its close, when the result is known: status {@code finalized}, the result and the settlement value
 *       ($1 for YES, $0 for NO); the expiration value (the 60-second index average) is not in any dataset and stays
 *       null;
 *   <li>at its close, when the result is not known but the data goes on past the close: status {@code closed};
 *   <li>nothing more when the data ends before the close.
 * </ul>
 *
 * <p>The result is the dataset's official one where it has one, otherwise it is inferred from the market's final
 * quote at or after its close: YES when the YES bid is at least {@value #DECISIVE_YES_BID_MICROS} micro-dollars
 * (95¢), NO when the YES ask is at most {@value #DECISIVE_NO_ASK_MICROS} (5¢); anything in between leaves the result
 * unknown. Kalshi stops trading at the close and the book freezes at its settled side (the kapelame file shows
 * 99/100 and 0/1, once 96/100; Johnny-God's post-close quotes agree with every official outcome they overlap).
 *
 * <p>Every market is a 15-minute crypto up/down market: strike type {@code greater_or_equal} with the dataset's floor
 * strike (YES if the 60-second index average before the close is at least the one before the open), the
 * {@code tapered_deci_cent} grid, fee {@code quadratic} ×1, expected expiration at the close, exchange index 0 (not
 * recorded). A dataset without a floor strike (Johnny-God) gives strike type {@code custom} with no floor, because
 * {@code greater_or_equal} needs one and inventing it would be wrong; consumers that price from the strike skip
 * such markets.
 */
public final class MarketHistory {
  /** A final YES bid at or above 95¢ means YES. */
  public static final long DECISIVE_YES_BID_MICROS = 950_000L;
  /** A final YES ask at or below 5¢ means NO. */
  public static final long DECISIVE_NO_ASK_MICROS = 50_000L;

  private final Map<MarketTicker, Track> tracks = new TreeMap<>();
  private long lastRowNs = -1;

  private static final class Track {
    final FifteenMinuteMarket market;
    final @Nullable BigDecimal floorStrike;
    final long firstSeenNs;
    @Nullable QuoteObservation finalQuote;
    long rows;

    Track(FifteenMinuteMarket market, @Nullable BigDecimal floorStrike, long firstSeenNs) {
      this.market = market;
      this.floorStrike = floorStrike;
      this.firstSeenNs = firstSeenNs;
    }
  }

  /** Folds one parsed row (first pass). */
  public void observe(ParsedRow row) {
    if (row.tsEventNs() > lastRowNs) {
      lastRowNs = row.tsEventNs();
    }
    for (QuoteObservation quote : row.quotes()) {
      Track track = tracks.computeIfAbsent(quote.market().ticker(),
          t -> new Track(quote.market(), quote.floorStrike(), quote.tsEventNs()));
      track.rows++;
      if (quote.tsEventNs() >= quote.market().closeTimeNs()) {
        track.finalQuote = quote;
      }
    }
  }

  /** The result a final quote shows, or null when it is not decisive. */
  public static @Nullable MarketResult inferred(QuoteObservation finalQuote) {
    if (finalQuote.yesBid() != null && finalQuote.yesBid().micros() >= DECISIVE_YES_BID_MICROS) {
      return MarketResult.YES;
    }
    if (finalQuote.yesAsk() != null && finalQuote.yesAsk().micros() <= DECISIVE_NO_ASK_MICROS) {
      return MarketResult.NO;
    }
    return null;
  }

  /** The markets' records and outcomes, given the official results the dataset has (by ticker). */
  public Built build(int source, Map<MarketTicker, MarketResult> official) {
    List<HistoryEvent> events = new ArrayList<>();
    List<MarketOutcome> outcomes = new ArrayList<>();
    for (Track track : tracks.values()) {
      FifteenMinuteMarket m = track.market;
      String key = m.ticker().value();
      long openNs = Math.min(m.openTimeNs(), track.firstSeenNs);
      events.add(new HistoryEvent(HistoryTopic.MARKETS, key,
          info(m, track.floorStrike, MarketStatus.ACTIVE, null, openNs), source, 0, HistoryEvent.RANK_OPEN));
      MarketResult inferred = track.finalQuote == null ? null : inferred(track.finalQuote);
      MarketResult result = official.get(m.ticker());
      ResultSource from = ResultSource.OFFICIAL;
      if (result == null) {
        result = inferred;
        from = inferred == null ? ResultSource.NONE : ResultSource.INFERRED;
      }
      MarketStatus status;
      if (result != null) {
        status = MarketStatus.FINALIZED;
      } else if (lastRowNs >= m.closeTimeNs()) {
        status = MarketStatus.CLOSED;
      } else {
        status = MarketStatus.ACTIVE;
      }
      if (status != MarketStatus.ACTIVE) {
        events.add(new HistoryEvent(HistoryTopic.MARKETS, key,
            info(m, track.floorStrike, status, result, m.closeTimeNs()), source, 0, HistoryEvent.RANK_CLOSE));
      }
      outcomes.add(new MarketOutcome(m.ticker(), m.closeTimeNs(), track.floorStrike, status, result, from, inferred,
          track.rows));
    }
    events.sort(HistoryEvent.ORDER);
    return new Built(List.copyOf(events), List.copyOf(outcomes));
  }

  /**
   * The records to publish and the outcomes to report.
   *
   * @param events {@code md.markets} records in import order
   * @param outcomes one per market, by ticker
   */
  public record Built(List<HistoryEvent> events, List<MarketOutcome> outcomes) {}

  /** The {@code MarketInfo} of a 15-minute market at {@code tsNs} ({@code tsInit = tsEvent}). */
  static MarketInfo info(FifteenMinuteMarket m, @Nullable BigDecimal floorStrike, MarketStatus status,
      @Nullable MarketResult result, long tsNs) {
    String asset = m.asset().symbol();
    return new MarketInfo(m.ticker(), m.event(), m.series(), asset + " price up in next 15 mins?",
        floorStrike == null ? "Target Price: not in the dataset" : "Target Price: $" + grouped(floorStrike),
        status, floorStrike == null ? StrikeType.CUSTOM : StrikeType.GREATER_OR_EQUAL, floorStrike, null,
        m.openTimeNs(), m.closeTimeNs(), m.closeTimeNs(), PriceGrid.TAPERED_DECI_CENT, FeeType.QUADRATIC,
        BigDecimal.ONE, result, result == null ? null : (result == MarketResult.YES ? Price.ONE : Price.ZERO), null,
        0, tsNs, tsNs);
  }

  /** {@code 65434.98} → {@code "65,434.98"}: thousands grouped, every decimal kept. */
  static String grouped(BigDecimal value) {
    String plain = value.toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return dot < 0 ? out.toString() : out.append(plain, dot, plain.length()).toString();
  }
}
