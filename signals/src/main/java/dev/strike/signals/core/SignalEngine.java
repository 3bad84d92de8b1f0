package dev.strike.signals.core;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.Asset;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.book.OrderBook;
import dev.strike.signals.core.spot.SpotIndexParams;
import dev.strike.signals.core.spot.SpotTracker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The signals core: folds market data ({@code MarketInfo}, book events, public trades), spot ticks, our own fills and
 * control commands into the state strategies read, then runs every enabled strategy on the event and returns what
 * they signal. The same object runs in the {@code signals} service (one per lane) and in backtests; given the same
 * events in the same order it returns the same signals. Time is the events' {@code tsEvent}. Single-threaded: owned by
 * one lane. Time is the latest {@code tsEvent} of the market data and fills seen (never of control commands); the
 * service feeds each lane from several topics at once, so after a backlog one topic may run ahead of another for a
 * while: a spot tick older than the engine's time is folded into the current bar.
 *
 * <p>A strategy that throws is a bug in that strategy: it is disabled and the fault is kept for the shell to report
 * ({@link #drainFaults()}), and the other strategies go on. A book delta that would leave a negative size marks the
 * market's book unusable until the next snapshot (ingest publishes a gap and a fresh snapshot in that case).
 */
public final class SignalEngine implements StrategyContext {
  private final List<Strategy> strategies;
  private final boolean[] enabled;
  private final Map<StrategyId, Integer> indexOf = new HashMap<>();
  private final UnderlyingResolver underlyings;
  private final SpotIndexParams spotParams;
  private final SignalFactory factory = new SignalFactory();
  private final Map<MarketTicker, MarketState> markets = new HashMap<>();
  private final Map<EventTicker, List<MarketState>> byEvent = new HashMap<>();
  private final Map<Asset, List<MarketState>> byAsset = new HashMap<>();
  private final Map<Asset, SpotTracker> spots = new TreeMap<>();
  private final SpotTracker[] spotArray;
  private SpotTracker[] trackers = new SpotTracker[0];
  private final Map<MarketTicker, long[]> netYes = new HashMap<>();
  private final long[] signalsByStrategy;
  private final List<String> faults = new ArrayList<>();
  private long nowNs;
  private long events;
  private long unknownMarketEvents;
  private long bookResyncs;
  private final PendingBooks pendingBooks = new PendingBooks();

  /**
   * An engine running {@code strategies} (in this order), all enabled except those in {@code disabled}.
   *
   * @throws IllegalArgumentException if two strategies share an id
   */
  public SignalEngine(List<Strategy> strategies, Set<StrategyId> disabled, UnderlyingResolver underlyings,
      SpotIndexParams spotParams) {
    this.strategies = List.copyOf(strategies);
    this.enabled = new boolean[this.strategies.size()];
    this.signalsByStrategy = new long[this.strategies.size()];
    for (int i = 0; i < this.strategies.size(); i++) {
      StrategyId id = this.strategies.get(i).id();
      if (indexOf.put(id, i) != null) {
        throw new IllegalArgumentException("two strategies with the id " + id);
      }
      enabled[i] = !disabled.contains(id);
    }
    this.underlyings = Objects.requireNonNull(underlyings, "underlyings");
    this.spotParams = Objects.requireNonNull(spotParams, "spotParams");
    this.spotArray = new SpotTracker[0];
  }

  /**
   * Folds {@code event} into the state and returns the signals the enabled strategies derive from it (usually none).
   */
  public List<Signal> onEvent(StrikeEvent event) {
    events++;
    // market time comes from market data and fills; an operator's command carries the wall-clock time it was issued
    // at, which in a replay is not the market's time
    if (event.tsEvent() > nowNs && !(event instanceof ControlCommand)) {
      nowNs = event.tsEvent();
    }
    for (SpotTracker tracker : trackers) {
      tracker.advanceTo(nowNs);
    }
    if (!fold(event)) {
      return List.of();
    }
    factory.trigger(event);
    List<Signal> out = List.of();
    for (int i = 0; i < strategies.size(); i++) {
      if (!enabled[i]) {
        continue;
      }
      Strategy strategy = strategies.get(i);
      List<Signal> signals;
      try {
        signals = strategy.onEvent(this, event);
      } catch (RuntimeException e) {
        enabled[i] = false;
        faults.add("strategy " + strategy.id() + " failed on " + event.getClass().getSimpleName() + " and was "
            + "disabled: " + e);
        continue;
      }
      if (!signals.isEmpty()) {
        signalsByStrategy[i] += signals.size();
        if (out.isEmpty()) {
          out = signals;
        } else {
          List<Signal> merged = new ArrayList<>(out.size() + signals.size());
          merged.addAll(out);
          merged.addAll(signals);
          out = merged;
        }
      }
    }
    if (event instanceof MarketInfo info && info.status().hasOutcome()) {
      forget(info.ticker());
    }
    return out;
  }

  /** Enables or disables a strategy; false if no strategy has that id. */
  public boolean setEnabled(StrategyId strategy, boolean on) {
    Integer i = indexOf.get(strategy);
    if (i == null) {
      return false;
    }
    enabled[i] = on;
    return true;
  }

  /** Whether the strategy runs; false for an unknown id. */
  public boolean isEnabled(StrategyId strategy) {
    Integer i = indexOf.get(strategy);
    return i != null && enabled[i];
  }

  /** The strategies, in the order they run. */
  public List<Strategy> strategies() {
    return strategies;
  }

  /** Signals emitted so far per strategy, in run order. */
  public Map<StrategyId, Long> signalCounts() {
    Map<StrategyId, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < strategies.size(); i++) {
      counts.put(strategies.get(i).id(), signalsByStrategy[i]);
    }
    return counts;
  }

  /** Events handled. */
  public long events() {
    return events;
  }

  /**
   * Book events and trades of markets with no {@code MarketInfo} yet when they came (trades are ignored; book events
   * are held and applied when the metadata comes).
   */
  public long unknownMarketEvents() {
    return unknownMarketEvents;
  }

  /** Book deltas that would have left a negative size (the book waits for a snapshot). */
  public long bookResyncs() {
    return bookResyncs;
  }

  /** Signals strategies asked for that could not be built (non-finite numbers, a limit off the grid). */
  public long droppedSignals() {
    return factory.dropped();
  }

  /** The faults since the last call (strategies disabled because they threw), oldest first. */
  public List<String> drainFaults() {
    if (faults.isEmpty()) {
      return List.of();
    }
    List<String> drained = List.copyOf(faults);
    faults.clear();
    return drained;
  }

  /** The spot view of every asset seen, by asset. */
  public Map<Asset, ? extends SpotView> spotViews() {
    return java.util.Collections.unmodifiableMap(spots);
  }

  /** The markets known, in no particular order. */
  public Collection<MarketState> markets() {
    return java.util.Collections.unmodifiableCollection(markets.values());
  }

  // StrategyContext

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
    List<MarketState> list = byEvent.get(event);
    return list == null ? List.of() : java.util.Collections.unmodifiableList(list);
  }

  @Override
  public List<MarketState> marketsOn(Asset asset) {
    List<MarketState> list = byAsset.get(asset);
    return list == null ? List.of() : java.util.Collections.unmodifiableList(list);
  }

  @Override
  public @Nullable SpotView spot(Asset asset) {
    return spots.get(asset);
  }

  @Override
  public long netYesHundredths(MarketTicker ticker) {
    long[] net = netYes.get(ticker);
    return net == null ? 0 : net[0];
  }

  @Override
  public SignalFactory signals() {
    return factory;
  }

  /** Folds the event into the state; false if strategies need not see it. */
  private boolean fold(StrikeEvent event) {
    if (event instanceof BookDelta delta) {
      MarketState market = markets.get(delta.ticker());
      if (market == null) {
        unknownMarketEvents++;
        pendingBooks.hold(delta);
        return false;
      }
      if (!market.bookUsable()) {
        return false; // waiting for a snapshot
      }
      OrderBook.DeltaResult result = market.book().applyDelta(delta.side(), delta.price().micros(),
          delta.deltaHundredths());
      if (result == OrderBook.DeltaResult.NEGATIVE_SIZE) {
        bookResyncs++;
        market.bookGap();
        return true;
      }
      market.bookApplied(delta.tsEvent());
      return true;
    } else if (event instanceof SpotTick tick) {
      return spotTracker(tick.asset()).onTick(tick);
    } else if (event instanceof BookSnapshot snapshot) {
      MarketState market = markets.get(snapshot.ticker());
      if (market == null) {
        unknownMarketEvents++;
        pendingBooks.hold(snapshot); // applied when the MarketInfo comes
        return false;
      }
      market.book().applySnapshot(snapshot.yesBids(), snapshot.noBids());
      market.bookApplied(snapshot.tsEvent());
      return true;
    } else if (event instanceof MarketTrade trade) {
      MarketState market = markets.get(trade.ticker());
      if (market == null) {
        unknownMarketEvents++;
        return false;
      }
      market.traded(trade);
      return true;
    } else if (event instanceof MarketInfo info) {
      MarketState market = markets.get(info.ticker());
      if (market == null) {
        List<BookEvent> held = pendingBooks.take(info.ticker());
        if (info.status().hasOutcome()) {
          return false; // settled before we ever saw it: nothing to trade
        }
        remember(new MarketState(info, underlyings.underlyingOf(info.seriesTicker())));
        for (BookEvent book : held) {
          fold(book); // the book that came before its metadata, in arrival order
        }
      } else {
        market.updateInfo(info);
      }
      return true;
    } else if (event instanceof BookGap gap) {
      MarketState market = markets.get(gap.ticker());
      if (market != null) {
        market.bookGap();
      } else {
        pendingBooks.hold(gap);
      }
      return market != null;
    } else if (event instanceof Fill fill) {
      long signed = fill.qty().hundredths();
      boolean addsYes = (fill.side() == Side.YES) == (fill.action() == Action.BUY);
      long[] net = netYes.computeIfAbsent(fill.ticker(), t -> new long[1]);
      net[0] = Math.addExact(net[0], addsYes ? signed : -signed);
      return true;
    } else if (event instanceof ControlCommand.SetStrategyEnabled command) {
      setEnabled(command.strategy(), command.enabled());
      return false;
    }
    return false;
  }

  private SpotTracker spotTracker(Asset asset) {
    SpotTracker tracker = spots.get(asset);
    if (tracker == null) {
      tracker = new SpotTracker(asset, spotParams);
      tracker.advanceTo(nowNs);
      spots.put(asset, tracker);
      trackers = spots.values().toArray(spotArray);
    }
    return tracker;
  }

  private void remember(MarketState market) {
    MarketTicker ticker = market.info().ticker();
    markets.put(ticker, market);
    insertSorted(byEvent.computeIfAbsent(market.info().eventTicker(), e -> new ArrayList<>()), market);
    Asset asset = market.underlying();
    if (asset != null) {
      insertSorted(byAsset.computeIfAbsent(asset, a -> new ArrayList<>()), market);
    }
  }

  private void forget(MarketTicker ticker) {
    MarketState market = markets.remove(ticker);
    if (market == null) {
      return;
    }
    removeFrom(byEvent, market.info().eventTicker(), market);
    if (market.underlying() != null) {
      removeFrom(byAsset, market.underlying(), market);
    }
    netYes.remove(ticker);
  }

  private static <K> void removeFrom(Map<K, List<MarketState>> index, K key, MarketState market) {
    List<MarketState> list = index.get(key);
    if (list != null) {
      list.remove(market);
      if (list.isEmpty()) {
        index.remove(key);
      }
    }
  }

  private static final Comparator<MarketState> BY_TICKER = Comparator.comparing(m -> m.info().ticker());

  private static void insertSorted(List<MarketState> list, MarketState market) {
    int at = java.util.Collections.binarySearch(list, market, BY_TICKER);
    list.add(at < 0 ? -at - 1 : at, market);
  }
}
