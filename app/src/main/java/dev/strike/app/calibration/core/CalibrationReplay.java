package dev.strike.app.calibration.core;

import dev.strike.app.dataset.core.FifteenMinuteMarket;
import dev.strike.app.dataset.core.HistoryEvent;
import dev.strike.app.dataset.core.MarketOutcome;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeType;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.id.Asset;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.signals.core.SpotView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Replays imported history in event-time order and scores, for every market and horizon {@code h}, the model's
 * probability and the market mid at {@code t = close − h} against the market's result.
 *
 * <p>At each scoring time {@code t}, every event with {@code tsEvent <= t} has been applied and none later: the
 * quote is the market's newest book at or before {@code t}; the spot feed of its underlying has seen exactly the
 * ticks at or before {@code t} and is advanced to {@code t}; the model is asked at {@code now = t} with the index, the
 * feed's EWMA volatility and, once {@code t} is inside the settlement window, the feed's one-second average over
 * {@code [close − window, t)}. The result is the only thing taken from after {@code t}: it is the label, not an input.
 *
 * <p>The mid is {@code (YES bid + YES ask) / 2} in dollars; a missing side counts at its bound ($0 for no YES bid, $1
 * for no YES ask), as Kalshi's REST quotes write it. A market that cannot be scored at a horizon is an
 * {@link Exclusion} with the first reason that applies, in {@link Exclusion.Reason} order.
 *
 * <p>Pure and deterministic: the same events give the same forecasts in the same order. Single-threaded; one replay
 * per instance.
 */
public final class CalibrationReplay {
  private static final Set<StrikeType> PRICEABLE = EnumSet.of(StrikeType.GREATER, StrikeType.GREATER_OR_EQUAL,
      StrikeType.LESS, StrikeType.LESS_OR_EQUAL, StrikeType.BETWEEN);

  private final CalibrationParams params;
  private final Function<Asset, SpotFeed> feedFactory;
  private final ProbabilityModel model;
  private final long settlementWindowNs;

  /**
   * A replay.
   *
   * @param params horizons, clip and quote age
   * @param feedFactory a new spot feed for an underlying, called once per underlying on its first tick
   * @param model the probability model
   * @param settlementWindowNs the settlement averaging window before the close, ns (60 s for Kalshi crypto)
   */
  public CalibrationReplay(CalibrationParams params, Function<Asset, SpotFeed> feedFactory, ProbabilityModel model,
      long settlementWindowNs) {
    this.params = Objects.requireNonNull(params, "params");
    this.feedFactory = Objects.requireNonNull(feedFactory, "feedFactory");
    this.model = Objects.requireNonNull(model, "model");
    if (settlementWindowNs < 0) {
      throw new IllegalArgumentException("settlementWindowNs must not be negative");
    }
    this.settlementWindowNs = settlementWindowNs;
  }

  private record Scoring(long atNs, int horizon, MarketInfo market, Asset asset) {}

  private record Quote(long tsNs, TopOfBook top) {}

  /**
   * Scores {@code events} (an import's output, in {@link HistoryEvent#ORDER}) against the results in {@code outcomes}.
   *
   * @param problemLines the import's count of lines it could not map, passed through to the result
   * @throws IllegalArgumentException if the events go back in time
   */
  public CalibrationResult run(List<HistoryEvent> events, List<MarketOutcome> outcomes, long problemLines) {
    Map<MarketTicker, MarketInfo> markets = new TreeMap<>();
    for (HistoryEvent event : events) {
      if (event.value() instanceof MarketInfo info) {
        markets.putIfAbsent(info.ticker(), info);
      }
    }
    Map<MarketTicker, MarketResult> results = new HashMap<>();
    for (MarketOutcome outcome : outcomes) {
      if (outcome.result() != null) {
        results.put(outcome.ticker(), outcome.result());
      }
    }
    List<Scoring> schedule = new ArrayList<>();
    for (MarketInfo info : markets.values()) {
      Asset asset = FifteenMinuteMarket.parse(info.ticker().value()).asset();
      for (int i = 0; i < params.horizonsNs().size(); i++) {
        schedule.add(new Scoring(info.closeTimeNs() - params.horizonsNs().get(i), i, info, asset));
      }
    }
    schedule.sort(Comparator.comparingLong(Scoring::atNs).thenComparingInt(Scoring::horizon)
        .thenComparing(s -> s.market().ticker()));

    List<List<Forecast>> forecasts = new ArrayList<>();
    List<List<Exclusion>> exclusions = new ArrayList<>();
    for (int i = 0; i < params.horizonsNs().size(); i++) {
      forecasts.add(new ArrayList<>());
      exclusions.add(new ArrayList<>());
    }
    Map<Asset, SpotFeed> feeds = new TreeMap<>();
    Map<MarketTicker, Quote> quotes = new HashMap<>();
    int next = 0;
    long lastNs = Long.MIN_VALUE;
    for (HistoryEvent event : events) {
      long ts = event.tsEventNs();
      if (ts < lastNs) {
        throw new IllegalArgumentException("events go back in time at " + ts + " (after " + lastNs + ")");
      }
      lastNs = ts;
      while (next < schedule.size() && schedule.get(next).atNs() < ts) {
        score(schedule.get(next++), results, quotes, feeds, forecasts, exclusions);
      }
      if (event.value() instanceof BookSnapshot book) {
        quotes.put(book.ticker(), new Quote(book.tsEvent(), book.top()));
      } else if (event.value() instanceof SpotTick tick) {
        feeds.computeIfAbsent(tick.asset(), feedFactory).onTick(tick);
      }
    }
    while (next < schedule.size()) {
      score(schedule.get(next++), results, quotes, feeds, forecasts, exclusions);
    }
    Comparator<Forecast> byTicker = Comparator.comparing(Forecast::ticker);
    Comparator<Exclusion> exclusionsByTicker = Comparator.comparing(Exclusion::ticker);
    List<Forecast> allForecasts = new ArrayList<>();
    List<Exclusion> allExclusions = new ArrayList<>();
    for (int i = 0; i < params.horizonsNs().size(); i++) {
      forecasts.get(i).sort(byTicker);
      exclusions.get(i).sort(exclusionsByTicker);
      allForecasts.addAll(forecasts.get(i));
      allExclusions.addAll(exclusions.get(i));
    }
    return new CalibrationResult(allForecasts, allExclusions, problemLines);
  }

  private void score(Scoring scoring, Map<MarketTicker, MarketResult> results, Map<MarketTicker, Quote> quotes,
      Map<Asset, SpotFeed> feeds, List<List<Forecast>> forecasts, List<List<Exclusion>> exclusions) {
    MarketInfo info = scoring.market();
    long h = params.horizonsNs().get(scoring.horizon());
    long t = scoring.atNs();
    Scored outcome = forecast(scoring, results.get(info.ticker()), quotes.get(info.ticker()),
        feeds.get(scoring.asset()), h, t);
    if (outcome instanceof Forecast forecast) {
      forecasts.get(scoring.horizon()).add(forecast);
    } else {
      exclusions.get(scoring.horizon()).add((Exclusion) outcome);
    }
  }

  /** A {@link Forecast}, or the {@link Exclusion} that says why there is none. */
  private Scored forecast(Scoring scoring, @Nullable MarketResult result, @Nullable Quote quote,
      @Nullable SpotFeed feed, long h, long t) {
    MarketInfo info = scoring.market();
    MarketTicker ticker = info.ticker();
    if (result != MarketResult.YES && result != MarketResult.NO) {
      return new Exclusion(ticker, h, Exclusion.Reason.NO_RESULT,
          result == null ? "the dataset gives no result" : "result " + result + " is not yes or no");
    }
    if (!PRICEABLE.contains(info.strikeType())) {
      return new Exclusion(ticker, h, Exclusion.Reason.NO_STRIKE, "strike type " + info.strikeType());
    }
    if (quote == null || (quote.top().yesBid() == null && quote.top().yesAsk() == null)) {
      return new Exclusion(ticker, h, Exclusion.Reason.NO_QUOTE,
          quote == null ? "no quote at or before " + utc(t) : "empty book at " + utc(quote.tsNs()));
    }
    if (t - quote.tsNs() > params.maxQuoteAgeNs()) {
      return new Exclusion(ticker, h, Exclusion.Reason.STALE_QUOTE,
          "newest quote at or before " + utc(t) + " is from " + utc(quote.tsNs()));
    }
    if (feed == null) {
      return new Exclusion(ticker, h, Exclusion.Reason.NO_SPOT, "no " + scoring.asset() + " spot tick yet");
    }
    feed.advanceTo(t);
    SpotView view = feed.view();
    double spot = view.index();
    if (!Double.isFinite(spot) || spot <= 0.0 || view.degraded()) {
      return new Exclusion(ticker, h, Exclusion.Reason.NO_SPOT,
          String.format(Locale.ROOT, "index %s, degraded %s", spot, view.degraded()));
    }
    double vol = view.ewmaVolPerSqrtSecond();
    if (!Double.isFinite(vol) || vol <= 0.0) {
      return new Exclusion(ticker, h, Exclusion.Reason.NO_VOLATILITY, "EWMA volatility " + vol);
    }
    long close = info.closeTimeNs();
    long windowStart = close - settlementWindowNs;
    double averageSoFar = t > windowStart ? view.averageOver(windowStart, t) : Double.NaN;
    double p = model.probabilityYes(info.strikeType(), toDouble(info.floorStrike()), toDouble(info.capStrike()),
        spot, vol, t, close, settlementWindowNs, averageSoFar);
    if (!(p >= 0.0 && p <= 1.0)) {
      return new Exclusion(ticker, h, Exclusion.Reason.NO_MODEL_VALUE, "model gave " + p);
    }
    return new Forecast(ticker, scoring.asset(), h, t, quote.tsNs(), info.floorStrike(), spot, vol, p,
        mid(quote.top()), result == MarketResult.YES);
  }

  /** The YES mid in dollars, a missing side at its bound. */
  static double mid(TopOfBook top) {
    long bid = top.yesBid() == null ? 0L : top.yesBid().micros();
    long ask = top.yesAsk() == null ? Price.MICROS_PER_DOLLAR : top.yesAsk().micros();
    return (bid + ask) / (2.0 * Price.MICROS_PER_DOLLAR);
  }

  private static String utc(long epochNs) {
    return Instant.ofEpochSecond(0, epochNs).toString();
  }

  private static double toDouble(@Nullable BigDecimal value) {
    return value == null ? Double.NaN : value.doubleValue();
  }
}
