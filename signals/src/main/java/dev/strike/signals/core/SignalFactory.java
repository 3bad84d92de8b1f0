package dev.strike.signals.core;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds the signals of the event being handled. This is the one place where a model's numbers become a tradable
 * order: the limit price is put on the market's tick grid in the conservative direction (a buy rounds down, a sell
 * rounds up), the edge after fees is computed at that limit, and the signal's id, times and trigger come from the
 * event. Anything non-finite, or a limit that falls off the tradable grid, yields no signal (counted in
 * {@link #dropped()}), so a NaN never reaches a topic. Owned by one engine; not thread-safe.
 *
 * <p>Edge after fees for a buy of side S at limit L: {@code floor(p × 1e6) − L − fee(L)} micro-dollars per contract,
 * p the model probability that S wins and fee the per-contract fee (taker, or maker for resting quotes) before the
 * per-order cent rounding; for a sell: {@code L − fee(L) − ceil(p × 1e6)}.
 */
public final class SignalFactory {
  private long tsEvent;
  private long tsInit;
  private @Nullable String triggerKey = "";
  private @Nullable StrikeEvent triggerEvent;
  private long dropped;

  /** Sets the event being handled: its times and a key that identifies it among all inputs (for signal ids). */
  public void trigger(long tsEventNs, long tsInitNs, String key) {
    this.tsEvent = tsEventNs;
    this.tsInit = tsInitNs;
    this.triggerKey = key;
    this.triggerEvent = null;
  }

  /**
   * Sets the event being handled; its key (for signal ids) is derived from it only when a signal is built, so that
   * the many events that trigger nothing cost nothing here.
   */
  public void trigger(StrikeEvent event) {
    this.tsEvent = event.tsEvent();
    this.tsInit = event.tsInit();
    this.triggerKey = null;
    this.triggerEvent = event;
  }

  /**
   * The key that identifies an input event among all inputs of the signals engine, stable across replays: the
   * topic's natural identity of the event (a book event's {@code sid}/{@code seq}, a trade's id, a spot tick's source
   * and time, …).
   */
  public static String keyOf(StrikeEvent event) {
    if (event instanceof BookDelta d) {
      return "book:" + d.ticker().value() + ":" + d.sid() + ":" + d.seq();
    } else if (event instanceof BookSnapshot s) {
      return "book:" + s.ticker().value() + ":" + s.sid() + ":" + s.seq() + ":" + s.tsEvent();
    } else if (event instanceof MarketTrade t) {
      return "trade:" + t.tradeId().value();
    } else if (event instanceof SpotTick t) {
      return "spot:" + t.asset().symbol() + ":" + t.source().value() + ":" + t.tsEvent();
    } else if (event instanceof MarketInfo m) {
      return "market:" + m.ticker().value() + ":" + m.tsEvent();
    } else if (event instanceof Fill f) {
      return "fill:" + f.tradeId().value();
    }
    return event.getClass().getSimpleName() + ":" + event.tsEvent() + ":" + event.tsInit();
  }

  private String triggerKey() {
    String key = triggerKey;
    if (key == null) {
      key = keyOf(Objects.requireNonNull(triggerEvent, "trigger"));
      triggerKey = key;
    }
    return key;
  }

  /** How many signals were not built because of non-finite inputs or a limit off the tradable grid. */
  public long dropped() {
    return dropped;
  }

  /**
   * A probability as a price, micro-dollars, rounded down (what a buyer would at most pay) or up (what a seller would
   * at least ask); -1 if it is not a finite number in [0, 1].
   */
  public static long probabilityMicros(double probability, boolean roundUp) {
    if (!Double.isFinite(probability) || probability < 0 || probability > 1) {
      return -1;
    }
    double micros = probability * Price.MICROS_PER_DOLLAR;
    return roundUp ? (long) Math.ceil(micros) : (long) Math.floor(micros);
  }

  /**
   * A signal for {@code market}, or null if it cannot be built (see the class comment).
   *
   * @param rawLimitMicros the limit before rounding onto the grid (a buy rounds down, a sell up)
   * @param marketPriceMicros the executable price of {@code side} for {@code action} now (the ask for a buy, the bid
   *     for a sell), micro-dollars
   * @param maker whether the order is meant to rest (quotes): the maker fee applies to the edge, else the taker fee
   * @param ttlNs how long the signal stays actionable, ns, positive
   * @param inputs the numbers that explain it, finite
   */
  public @Nullable Signal signal(StrategyId strategy, MarketState market, SignalKind kind, Side side, Action action,
      double probability, long marketPriceMicros, long rawLimitMicros, boolean maker, double confidence, long ttlNs,
      String reason, SortedMap<String, Double> inputs) {
    if (!market.fees().isKnown() || !Double.isFinite(probability) || probability < 0 || probability > 1
        || !Double.isFinite(confidence) || marketPriceMicros < 0 || marketPriceMicros > Price.MICROS_PER_DOLLAR
        || ttlNs <= 0 || !allFinite(inputs)) {
      dropped++;
      return null;
    }
    PriceGrid grid = market.info().priceGrid();
    long clamped = Math.max(0, Math.min(Price.MICROS_PER_DOLLAR, rawLimitMicros));
    boolean buy = action == Action.BUY;
    Price limit = buy ? grid.roundDown(Price.ofMicros(clamped)) : grid.roundUp(Price.ofMicros(clamped));
    if (!grid.isTradable(limit) || (buy ? limit.micros() > clamped : limit.micros() < clamped)) {
      dropped++;
      return null;
    }
    long fee = market.fees().perContractMicros(limit.micros(), maker);
    long edge = buy
        ? probabilityMicros(probability, false) - limit.micros() - fee
        : limit.micros() - fee - probabilityMicros(probability, true);
    SignalId id = SignalId.of(StableHash.hex128(strategy.value(), market.info().ticker().value(), kind.name(),
        side.name(), action.name(), triggerKey()));
    return new Signal(id, strategy, market.info().ticker(), kind, side, action, probability,
        Price.ofMicros(marketPriceMicros), Money.ofMicros(edge), Math.max(0, Math.min(1, confidence)), limit, ttlNs,
        reason, inputs, tsEvent, tsInit);
  }

  /** {@code signal} as a one-element list, or the empty list for null. */
  public static List<Signal> listOf(@Nullable Signal signal) {
    return signal == null ? List.of() : List.of(signal);
  }

  private static boolean allFinite(SortedMap<String, Double> inputs) {
    for (Double value : inputs.values()) {
      if (value == null || !Double.isFinite(value)) {
        return false;
      }
    }
    return true;
  }
}
