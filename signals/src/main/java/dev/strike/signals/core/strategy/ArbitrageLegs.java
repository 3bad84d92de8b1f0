package dev.strike.signals.core.strategy;

import dev.strike.common.event.Action;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Qty;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.StrategyContext;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * What the arbitrage strategies ({@link ParityArbitrage}, {@link LadderArbitrage}) share once they found a set of
 * legs: the limits of {@link ArbitrageParams} in the units they compare (micro-dollars, hundredths, nanoseconds) and
 * the signal of one leg, a taker ENTRY buying its side limited at its ask with confidence 1.0. Immutable.
 */
final class ArbitrageLegs {
  final long minProfitMicros;
  final long minSizeHundredths;
  final long ttlNs;
  final long cooldownNs;
  private final StrategyId id;

  /**
   * The legs of strategy {@code id}.
   *
   * @throws dev.strike.common.config.ConfigException if {@code params} break a rule of {@link ArbitrageParams}
   */
  ArbitrageLegs(StrategyId id, ArbitrageParams params) {
    this.id = id;
    ValidParams.require(params);
    this.minProfitMicros = params.minProfitMicros();
    this.minSizeHundredths = params.minSizeHundredths();
    this.ttlNs = params.ttl().toNanos();
    this.cooldownNs = params.cooldown().toNanos();
  }

  /** Whether a set with {@code profitMicros} per set and {@code sizeHundredths} on every leg is worth firing. */
  boolean worthFiring(long profitMicros, long sizeHundredths) {
    return profitMicros > minProfitMicros && sizeHundredths >= minSizeHundredths;
  }

  /**
   * The signal buying {@code side} of {@code market} at {@code askMicros} (limit = ask) with model probability
   * {@code probability}, or null if the factory cannot build it.
   */
  @Nullable Signal buy(StrategyContext ctx, MarketState market, Side side, double probability, long askMicros,
      String reason, SortedMap<String, Double> inputs) {
    return ctx.signals().signal(id, market, SignalKind.ENTRY, side, Action.BUY, probability, askMicros, askMicros,
        false, 1.0, ttlNs, reason, inputs);
  }

  /** {@code micros} as "$0.0175" for reasons. */
  static String dollars(long micros) {
    return "$" + Money.ofMicros(micros).toDollarString();
  }

  /** {@code hundredths} of a contract as a contract count for reasons. */
  static String contracts(long hundredths) {
    return Qty.ofHundredths(hundredths).toContractString();
  }
}
