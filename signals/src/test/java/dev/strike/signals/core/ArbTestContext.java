package dev.strike.signals.core;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.Asset;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SourceId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A hand-driven {@link StrategyContext} for the arbitrage and market-maker tests: markets are added and their books
 * set directly (the way the engine would apply {@code md.book}), spot views and our inventory are set by the test,
 * and every book or spot event it hands out becomes the factory's trigger. It lives in the core package because it
 * marks books applied through {@link MarketState}'s package-private updaters, as the engine does.
 */
public final class ArbTestContext implements StrategyContext {
  /** 2026-08-17 17:15:00Z: when the sample markets open. */
  public static final long OPEN_NS = 1_786_986_900_000_000_000L;
  /** 2026-08-17 17:30:00Z: when the sample markets close. */
  public static final long CLOSE_NS = 1_786_987_800_000_000_000L;
  /** One second in ns. */
  public static final long SECOND_NS = 1_000_000_000L;

  private final Map<MarketTicker, MarketState> markets = new HashMap<>();
  private final Map<Asset, SettableSpot> spots = new HashMap<>();
  private final Map<MarketTicker, Long> netYes = new HashMap<>();
  private final SignalFactory signals = new SignalFactory();
  private long nowNs = OPEN_NS + 300 * SECOND_NS;
  private long seq;

  @Override
  public long nowNs() {
    return nowNs;
  }

  /** Moves "now" (the event time of the next event) to {@code nowNs}. */
  public ArbTestContext at(long nowNs) {
    this.nowNs = nowNs;
    return this;
  }

  @Override
  public @Nullable MarketState market(MarketTicker ticker) {
    return markets.get(ticker);
  }

  /** The market {@code ticker}, which must have been added. */
  public MarketState market(String ticker) {
    MarketState state = markets.get(MarketTicker.of(ticker));
    if (state == null) {
      throw new IllegalArgumentException("no market " + ticker);
    }
    return state;
  }

  @Override
  public List<MarketState> marketsOfEvent(EventTicker event) {
    List<MarketState> found = new ArrayList<>();
    for (MarketState state : markets.values()) {
      if (state.info().eventTicker().equals(event)) {
        found.add(state);
      }
    }
    found.sort(Comparator.comparing(m -> m.info().ticker().value()));
    return found;
  }

  @Override
  public @Nullable SpotView spot(Asset asset) {
    return spots.get(asset);
  }

  @Override
  public long netYesHundredths(MarketTicker ticker) {
    return netYes.getOrDefault(ticker, 0L);
  }

  /** Sets our net position in {@code ticker}, hundredths of a contract (positive = long YES). */
  public void netYes(String ticker, long hundredths) {
    netYes.put(MarketTicker.of(ticker), hundredths);
  }

  @Override
  public SignalFactory signals() {
    return signals;
  }

  /** Adds (or replaces) a market without a book; {@code underlying} null for markets on no spot asset. */
  public MarketState add(MarketInfo info, @Nullable Asset underlying) {
    MarketState state = new MarketState(info, underlying);
    markets.put(info.ticker(), state);
    return state;
  }

  /** Replaces the metadata of a known market (status, close time …) and returns it as the event to hand out. */
  public MarketInfo update(MarketInfo info) {
    market(info.ticker().value()).updateInfo(info);
    signals.trigger(nowNs, nowNs, "info:" + info.ticker() + ":" + (++seq));
    return info;
  }

  /**
   * Sets the whole book of {@code ticker} (levels in any order) and returns the snapshot to hand to the strategy.
   */
  public BookSnapshot book(String ticker, List<BookLevel> yesBids, List<BookLevel> noBids) {
    MarketState state = market(ticker);
    List<BookLevel> yes = ascending(yesBids);
    List<BookLevel> no = ascending(noBids);
    state.book().applySnapshot(yes, no);
    state.bookApplied(nowNs);
    long s = ++seq;
    signals.trigger(nowNs, nowNs, "book:" + ticker + ":" + s);
    return new BookSnapshot(MarketTicker.of(ticker), 1, s, yes, no, nowNs, nowNs);
  }

  /** Changes one level of {@code ticker}'s book and returns the delta to hand to the strategy. */
  public BookDelta delta(String ticker, Side side, String price, long deltaHundredths) {
    MarketState state = market(ticker);
    Price level = Price.parse(price);
    state.book().applyDelta(side, level.micros(), deltaHundredths);
    state.bookApplied(nowNs);
    long s = ++seq;
    signals.trigger(nowNs, nowNs, "book:" + ticker + ":" + s);
    return new BookDelta(MarketTicker.of(ticker), 1, s, side, level, deltaHundredths, null, nowNs, nowNs);
  }

  /** Marks {@code ticker}'s book stale and returns the gap marker. */
  public BookGap gap(String ticker) {
    market(ticker).bookGap();
    long s = ++seq;
    signals.trigger(nowNs, nowNs, "gap:" + ticker + ":" + s);
    return new BookGap(MarketTicker.of(ticker), 1, s, s + 1, "test gap", nowNs, nowNs);
  }

  /** The settable spot view of {@code asset}, created on first use (degraded and empty until set). */
  public SettableSpot spotOf(Asset asset) {
    return spots.computeIfAbsent(asset, SettableSpot::new);
  }

  /** A spot tick of {@code asset} at now, as the event to hand out (the view is set separately). */
  public SpotTick spotTick(Asset asset, String price) {
    long s = ++seq;
    signals.trigger(nowNs, nowNs, "spot:" + asset + ":" + s);
    return new SpotTick(asset, SourceId.of("coinbase"), new BigDecimal(price), BigDecimal.ONE, nowNs, nowNs);
  }

  /** One book level: a price in dollars and a size in contracts. */
  public static BookLevel level(String price, String contracts) {
    return new BookLevel(Price.parse(price), Qty.parse(contracts));
  }

  /** An open market of {@code event} on the 1¢ grid, quadratic × 1 fees, open and close at the sample times. */
  public static MarketInfo info(String ticker, String event, StrikeType type, @Nullable String floor,
      @Nullable String cap) {
    return info(ticker, event, type, floor, cap, PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, MarketStatus.ACTIVE);
  }

  /** A market with every setting the tests vary. */
  public static MarketInfo info(String ticker, String event, StrikeType type, @Nullable String floor,
      @Nullable String cap, PriceGrid grid, FeeType feeType, MarketStatus status) {
    return new MarketInfo(MarketTicker.of(ticker), EventTicker.of(event), SeriesTicker.of(event.split("-")[0]),
        ticker, "", status, type, floor == null ? null : new BigDecimal(floor),
        cap == null ? null : new BigDecimal(cap),
        OPEN_NS, CLOSE_NS, 0, grid, feeType, BigDecimal.ONE, null, null, null, 0, OPEN_NS, OPEN_NS);
  }

  /**
   * Book levels from raw prices (micro-dollars, any value) put down onto {@code grid}: tradable prices only, one
   * level per price, each with the size at the same position of {@code sizes} (hundredths, cycled; at least 1).
   */
  public static List<BookLevel> levelsOnGrid(PriceGrid grid, List<Long> rawMicros, List<Long> sizes) {
    Map<Long, BookLevel> byPrice = new java.util.TreeMap<>();
    for (int i = 0; i < rawMicros.size(); i++) {
      long raw = Math.max(0, Math.min(Price.MICROS_PER_DOLLAR, rawMicros.get(i)));
      Price price = grid.roundDown(Price.ofMicros(raw));
      long size = sizes.isEmpty() ? 100 : Math.max(1, sizes.get(i % sizes.size()));
      if (grid.isTradable(price)) {
        byPrice.put(price.micros(), new BookLevel(price, Qty.ofHundredths(size)));
      }
    }
    return List.copyOf(byPrice.values());
  }

  private static List<BookLevel> ascending(List<BookLevel> levels) {
    List<BookLevel> sorted = new ArrayList<>(levels);
    sorted.sort(Comparator.comparingLong(l -> l.price().micros()));
    return List.copyOf(sorted);
  }
}
