package dev.strike.app.bench.core;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code strike bench} runs on: one open BTC 15-minute market with a two-sided book (YES bid 0.40, YES ask 0.60),
 * one spot source, and the configuration under which the {@code bench} strategy's signal on every tick is approved by
 * risk and received by the paper venue (generous limits, no cooldown, no venue latency). The injected stream
 * alternates spot ticks (the price alternates by one cent, so the spot index moves on every tick) and book deltas
 * (one contract added and removed at 0.30, below the best bid, so the top of book never changes). Pure: the caller
 * gives every time.
 */
public final class BenchProfile {
  private BenchProfile() {}

  /** The market the benchmark trades. */
  public static final MarketTicker MARKET = MarketTicker.of("KXBTC15M-26DEC061300-00");
  /** Its spot asset. */
  public static final Asset ASSET = Asset.of("BTC");
  /** The one spot source. */
  public static final SourceId SOURCE = SourceId.of("bench");

  private static final EventTicker EVENT = EventTicker.of("KXBTC15M-26DEC061300");
  private static final long HOUR_NS = 3_600_000_000_000L;
  private static final BigDecimal SPOT = new BigDecimal("97000.00");
  private static final BigDecimal SPOT_UP = new BigDecimal("97000.01");
  private static final Price DELTA_LEVEL = Price.parse("0.30");
  private static final long BOOK_SID = 1;

  /**
   * The configuration overrides of a benchmark run, by key, on top of the defaults: {@code services} run, the
   * {@code bench} strategy on (the only one), one spot source, limits that approve every signal, a paper venue
   * without simulated latency, and the metrics endpoint on a free port.
   */
  public static Map<String, String> overrides(List<String> services) {
    Map<String, String> o = new LinkedHashMap<>();
    o.put("mode", "paper");
    o.put("services.enabled", String.join(",", services));
    o.put("http.port", "0");
    o.put("signals.enabled", "bench");
    o.put("signals.spotIndex.coreSources", SOURCE.value());
    o.put("signals.spotIndex.quorum", "1");
    o.put("risk.startingCash", "1000000000.00");
    o.put("risk.limits.min-edge", "0.01");
    o.put("risk.limits.min-confidence", "0");
    o.put("risk.limits.max-order-qty", "1");
    o.put("risk.limits.max-position-qty", "100000000");
    o.put("risk.limits.max-concurrent-positions", "1000");
    o.put("risk.limits.max-total-exposure", "1000000000");
    o.put("risk.limits.max-event-exposure", "1000000000");
    o.put("risk.limits.max-series-exposure", "1000000000");
    o.put("risk.limits.max-orders-per-minute", "1000000000");
    o.put("risk.limits.max-orders-per-hour", "1000000000");
    o.put("risk.limits.max-orders-per-day", "1000000000");
    o.put("risk.limits.cooldown", "0");
    o.put("execution.latency", "0s");
    return o;
  }

  /** The market's info: open since an hour before {@code nowNs}, closing two hours after. */
  public static MarketInfo market(long nowNs) {
    return new MarketInfo(MARKET, EVENT, SeriesTicker.of("KXBTC15M"), "BTC price up in next 15 mins?",
        "Target Price: $97,000.00", MarketStatus.ACTIVE, StrikeType.GREATER_OR_EQUAL, SPOT, null, nowNs - HOUR_NS,
        nowNs + 2 * HOUR_NS, nowNs + 2 * HOUR_NS, PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, BigDecimal.ONE, null,
        null, null, 0, nowNs, nowNs);
  }

  /**
   * The book after {@code deltas} of the injected book deltas: YES bids 0.39 and 0.40, NO bids 0.39 and 0.40 (so the
   * YES ask is 0.60), 100 contracts each, plus the one contract at YES 0.30 while an odd number of deltas was
   * injected; its sequence number is that of the last delta, so the next delta continues it.
   */
  public static BookSnapshot book(long deltas, long nowNs) {
    List<BookLevel> yes = new java.util.ArrayList<>();
    if (deltas % 2 == 1) {
      yes.add(new BookLevel(DELTA_LEVEL, Qty.ofHundredths(100)));
    }
    yes.add(new BookLevel(Price.parse("0.39"), Qty.ofContracts(100)));
    yes.add(new BookLevel(Price.parse("0.40"), Qty.ofContracts(100)));
    List<BookLevel> no = List.of(new BookLevel(Price.parse("0.39"), Qty.ofContracts(100)),
        new BookLevel(Price.parse("0.40"), Qty.ofContracts(100)));
    return new BookSnapshot(MARKET, BOOK_SID, 1 + deltas, yes, no, nowNs, nowNs);
  }

  /** How many book deltas are among the first {@code events} injected events. */
  public static long deltasIn(long events) {
    return events / 2;
  }

  /**
   * The {@code n}-th injected event (n from 0), stamped {@code nowNs}: even n a spot tick, odd n a book delta whose
   * sequence continues the snapshot's. {@code nowNs} must grow with n (spot ticks are told apart by their time).
   */
  public static StrikeEvent event(long n, long nowNs) {
    if (n % 2 == 0) {
      return new SpotTick(ASSET, SOURCE, (n / 2) % 2 == 0 ? SPOT : SPOT_UP, BigDecimal.ONE, nowNs, nowNs);
    }
    long delta = (n / 2) % 2 == 0 ? 100 : -100;
    return new BookDelta(MARKET, BOOK_SID, 2 + n / 2, Side.YES, DELTA_LEVEL, delta, null, nowNs, nowNs);
  }
}
