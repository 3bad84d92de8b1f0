package dev.strike.signals.core.strategy;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
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
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SettableSpot;
import dev.strike.signals.core.SignalFactory;
import dev.strike.signals.core.SpotView;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.StrategyContext;
import dev.strike.signals.core.spot.SpotTracker;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link StrategyContext} for the TA strategies' tests: real {@link MarketState}s, to which {@link #deliver} applies
 * market and book events the way the signals engine does before it calls the strategies, settable {@link SettableSpot}
 * views (or a real {@link SpotTracker} fed with the ticks), and a real {@link SignalFactory} triggered by each
 * delivered event.
 *
 * <p>{@code MarketState}'s engine-side methods ({@code bookApplied}, {@code bookGap}, {@code updateInfo}) are
 * package-private to {@code dev.strike.signals.core}; this fixture calls them reflectively, in {@link #engine}, so that
 * tests of this package see states in exactly the shape the engine leaves them.
 */
final class TaTestContext implements StrategyContext {
  static final Asset BTC = Asset.of("BTC");
  static final Asset ETH = Asset.of("ETH");
  /** A round "now" for scenarios: 2026-08-17 17:21:00 UTC. */
  static final long T0 = 1_786_987_260_000_000_000L;
  static final long SECOND = 1_000_000_000L;
  static final long MINUTE = 60 * SECOND;

  private final Map<MarketTicker, MarketState> markets = new TreeMap<>();
  private final Map<Asset, SpotView> spots = new HashMap<>();
  private final SignalFactory signals = new SignalFactory();
  private long nowNs = T0;
  private long sequence;

  /** Registers {@code info} as a market on {@code underlying} (null for none). */
  MarketState addMarket(MarketInfo info, @Nullable Asset underlying) {
    MarketState state = new MarketState(info, underlying);
    markets.put(info.ticker(), state);
    return state;
  }

  /** The spot view of {@code asset}, created (not degraded, NaN everywhere) on first use. */
  SettableSpot testSpot(Asset asset) {
    return (SettableSpot) spots.computeIfAbsent(asset, a -> {
      SettableSpot spot = new SettableSpot(a).degraded(false);
      spot.freshSources = 3;
      return spot;
    });
  }

  /** Uses a real spot tracker for {@code tracker.asset()}: {@link #deliver} feeds it every tick of its asset. */
  void useTracker(SpotTracker tracker) {
    spots.put(tracker.asset(), tracker);
  }

  /** Forgets the spot view of {@code asset} (as if no tick of it was seen). */
  void removeSpot(Asset asset) {
    spots.remove(asset);
  }

  /**
   * Hands {@code event} to {@code strategy} as the engine would: applies it to the markets, sets "now" to its event
   * time, triggers the signal factory with it, then calls the strategy.
   */
  List<Signal> deliver(Strategy strategy, StrikeEvent event) {
    engine(event);
    nowNs = event.tsEvent();
    signals.trigger(event.tsEvent(), event.tsInit(), event.getClass().getSimpleName() + ":" + (++sequence));
    return strategy.onEvent(this, event);
  }

  /** Delivers {@code events} in order and returns every signal. */
  List<Signal> deliverAll(Strategy strategy, List<? extends StrikeEvent> events) {
    List<Signal> all = new ArrayList<>();
    for (StrikeEvent event : events) {
      all.addAll(deliver(strategy, event));
    }
    return all;
  }

  private void engine(StrikeEvent event) {
    for (SpotView view : spots.values()) {
      if (view instanceof SpotTracker tracker) {
        if (event instanceof SpotTick tick && tick.asset().equals(tracker.asset())) {
          tracker.onTick(tick);
        } else {
          tracker.advanceTo(event.tsEvent());
        }
      }
    }
    if (event instanceof MarketInfo info) {
      MarketState state = markets.get(info.ticker());
      if (state == null) {
        addMarket(info, null);
      } else {
        call(state, "updateInfo", MarketInfo.class, info);
      }
    } else if (event instanceof BookSnapshot snapshot) {
      MarketState state = markets.get(snapshot.ticker());
      if (state != null) {
        state.book().applySnapshot(snapshot.yesBids(), snapshot.noBids());
        call(state, "bookApplied", long.class, snapshot.tsEvent());
      }
    } else if (event instanceof BookDelta delta) {
      MarketState state = markets.get(delta.ticker());
      if (state != null) {
        state.book().applyDelta(delta.side(), delta.price().micros(), delta.deltaHundredths());
        call(state, "bookApplied", long.class, delta.tsEvent());
      }
    } else if (event instanceof BookGap gap) {
      MarketState state = markets.get(gap.ticker());
      if (state != null) {
        call(state, "bookGap", null, null);
      }
    }
  }

  private static void call(MarketState state, String name, @Nullable Class<?> type, @Nullable Object arg) {
    try {
      Method method = type == null ? MarketState.class.getDeclaredMethod(name)
          : MarketState.class.getDeclaredMethod(name, type);
      method.setAccessible(true);
      if (type == null) {
        method.invoke(state);
      } else {
        method.invoke(state, arg);
      }
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot call MarketState." + name, e);
    }
  }

  @Override
  public long nowNs() {
    return nowNs;
  }

  @Override
  public @Nullable MarketState market(MarketTicker ticker) {
    return markets.get(ticker);
  }

  @Override
  public List<MarketState> marketsOfEvent(EventTicker event) {
    List<MarketState> found = new ArrayList<>();
    for (MarketState state : markets.values()) {
      if (state.info().eventTicker().equals(event)) {
        found.add(state);
      }
    }
    return found;
  }

  @Override
  public @Nullable SpotView spot(Asset asset) {
    return spots.get(asset);
  }

  @Override
  public long netYesHundredths(MarketTicker ticker) {
    return 0;
  }

  @Override
  public SignalFactory signals() {
    return signals;
  }

  // ---- event builders ----

  /**
   * An open BTC market of the hourly ladder family: {@code type} with {@code floor}/{@code cap} (null for none),
   * closing {@code closeNs}, open since an hour before, on {@code grid}, quadratic fee ×1.
   */
  static MarketInfo market(String ticker, StrikeType type, @Nullable String floor, @Nullable String cap,
      long closeNs, PriceGrid grid, MarketStatus status, long tsEventNs) {
    return new MarketInfo(MarketTicker.of(ticker), EventTicker.of("KXBTCD-26AUG1718"), SeriesTicker.of("KXBTCD"),
        "Bitcoin price", "test market", status, type, floor == null ? null : new BigDecimal(floor),
        cap == null ? null : new BigDecimal(cap), closeNs - 60 * MINUTE, closeNs, closeNs + MINUTE, grid,
        FeeType.QUADRATIC, BigDecimal.ONE, null, null, null, 0, tsEventNs, tsEventNs);
  }

  /** An open market on the 1¢ grid. */
  static MarketInfo openMarket(String ticker, StrikeType type, @Nullable String floor, @Nullable String cap,
      long closeNs) {
    return market(ticker, type, floor, cap, closeNs, PriceGrid.LINEAR_CENT, MarketStatus.ACTIVE, T0 - 30 * MINUTE);
  }

  /** A book with one YES bid and one NO bid of 100 contracts each (micro-dollars; -1 for none). */
  static BookSnapshot book(MarketInfo market, long yesBidMicros, long noBidMicros, long tsEventNs) {
    List<BookLevel> yes = yesBidMicros < 0 ? List.of()
        : List.of(new BookLevel(Price.ofMicros(yesBidMicros), Qty.ofContracts(100)));
    List<BookLevel> no = noBidMicros < 0 ? List.of()
        : List.of(new BookLevel(Price.ofMicros(noBidMicros), Qty.ofContracts(100)));
    return new BookSnapshot(market.ticker(), 1, 1, yes, no, tsEventNs, tsEventNs);
  }

  /** A delta adding one contract at a YES bid far below the top (changes nothing the strategies look at). */
  static BookDelta touch(MarketInfo market, long seq, long tsEventNs) {
    return new BookDelta(market.ticker(), 1, seq, Side.YES, Price.ofMicros(10_000), 100, null, tsEventNs,
        tsEventNs);
  }

  /** A spot tick of {@code asset} at {@code price} with {@code size}. */
  static SpotTick tick(Asset asset, String price, String size, long tsEventNs) {
    return new SpotTick(asset, SourceId.of("coinbase"), new BigDecimal(price), new BigDecimal(size), tsEventNs,
        tsEventNs);
  }
}
