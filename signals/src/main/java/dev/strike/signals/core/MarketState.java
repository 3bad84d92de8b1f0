package dev.strike.signals.core;

import dev.strike.common.book.ArrayOrderBook;
import dev.strike.common.book.OrderBook;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.id.Asset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One market as the signals engine knows it: its latest {@code MarketInfo}, its L2 book from {@code md.book}, its
 * last public trade, and its underlying. Written only by the engine of the lane that owns the market; strategies
 * read it. Not thread-safe.
 *
 * <p>Prices are micro-dollars ({@code long}); a side's ask is the complement of the other side's best bid, as Kalshi
 * documents. {@code -1} means "no such price".
 */
public final class MarketState {
  private MarketInfo info;
  private final @Nullable Asset underlying;
  private final KalshiFees fees;
  private final OrderBook book;
  private boolean bookUsable;
  private long bookUpdates;
  private long firstBookNs;
  private long lastBookNs;
  private @Nullable MarketTrade lastTrade;

  /** A market first seen with {@code info}; {@code underlying} is null for markets on no spot asset (weather). */
  public MarketState(MarketInfo info, @Nullable Asset underlying) {
    this.info = Objects.requireNonNull(info, "info");
    this.underlying = underlying;
    this.fees = KalshiFees.of(info.feeType(), info.feeMultiplier());
    this.book = new ArrayOrderBook(info.ticker());
  }

  /** The latest metadata (status, result, times, strikes, grid, fees). */
  public MarketInfo info() {
    return info;
  }

  /** The spot asset the market settles on, or null. */
  public @Nullable Asset underlying() {
    return underlying;
  }

  /** The market's fee schedule. */
  public KalshiFees fees() {
    return fees;
  }

  /** The book (read it, never change it). */
  public OrderBook book() {
    return book;
  }

  /** Whether the market is open for trading. */
  public boolean isOpen() {
    return info.status().isTradable();
  }

  /**
   * Whether the book can be trusted: a snapshot was seen and no gap is pending (after a {@code BookGap} the book is
   * stale until the next snapshot).
   */
  public boolean bookUsable() {
    return bookUsable;
  }

  /** How many book events (snapshots and deltas) were applied. */
  public long bookUpdates() {
    return bookUpdates;
  }

  /** Event time of the first book event, epoch ns; 0 if none. */
  public long firstBookNs() {
    return firstBookNs;
  }

  /** Event time of the latest book event, epoch ns; 0 if none. */
  public long lastBookNs() {
    return lastBookNs;
  }

  /** The latest public trade, or null. */
  public @Nullable MarketTrade lastTrade() {
    return lastTrade;
  }

  /** Time to close at {@code nowNs}, ns (negative once closed). */
  public long timeToCloseNs(long nowNs) {
    return info.closeTimeNs() - nowNs;
  }

  /** Best bid of {@code side}, micro-dollars, or -1. */
  public long bestBidMicros(Side side) {
    return bookUsable ? book.bestBidMicros(side) : -1;
  }

  /** Size at the best bid of {@code side}, hundredths; 0 if none. */
  public long bestBidQty(Side side) {
    return bookUsable ? book.bestBidQty(side) : 0;
  }

  /** Best ask of {@code side} (what buying {@code side} costs now), micro-dollars, or -1. */
  public long bestAskMicros(Side side) {
    long otherBid = bestBidMicros(side.opposite());
    return otherBid < 0 ? -1 : 1_000_000L - otherBid;
  }

  /** Size at the best ask of {@code side}, hundredths; 0 if none. */
  public long bestAskQty(Side side) {
    return bestBidQty(side.opposite());
  }

  /** Mid of the YES side, micro-dollars (rounded down), or -1 without a two-sided book. */
  public long yesMidMicros() {
    long bid = bestBidMicros(Side.YES);
    long ask = bestAskMicros(Side.YES);
    return bid < 0 || ask < 0 ? -1 : (bid + ask) / 2;
  }

  void updateInfo(MarketInfo latest) {
    this.info = latest;
  }

  void bookApplied(long tsEventNs) {
    bookUsable = true;
    bookUpdates++;
    if (firstBookNs == 0) {
      firstBookNs = tsEventNs;
    }
    lastBookNs = tsEventNs;
  }

  void bookGap() {
    bookUsable = false;
  }

  void traded(MarketTrade trade) {
    lastTrade = trade;
  }
}
