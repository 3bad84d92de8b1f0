package dev.strike.common.event;

import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import java.util.Map;
import java.util.SortedMap;

/**
 * A strategy's trading signal ({@code signals}, keyed by ticker), with everything an operator needs to read why.
 *
 * @param signalId derived from the strategy and the inputs that triggered it
 * @param strategy the strategy instance
 * @param ticker the market
 * @param kind entry, exit, or a quote replacing the strategy's previous quote on this market
 * @param side the outcome to trade
 * @param action buy or sell
 * @param modelProbability the model's probability that {@code side} wins, in [0, 1]
 * @param marketPrice the executable market price of {@code side} when the signal fired
 * @param edgeAfterFees expected value per contract after fees at {@code limitPrice}, micro-dollars, signed
 * @param confidence the strategy's confidence in [0, 1]
 * @param limitPrice the limit price, on the market's grid, rounded against us
 * @param ttlNs how long the signal stays actionable after {@code tsEvent}, nanoseconds, positive
 * @param reason one line for operators
 * @param inputs the numbers the decision used (spot, strike, volatility, z-score, …), finite, sorted by name
 */
public record Signal(
    SignalId signalId,
    StrategyId strategy,
    MarketTicker ticker,
    SignalKind kind,
    Side side,
    Action action,
    double modelProbability,
    Price marketPrice,
    Money edgeAfterFees,
    double confidence,
    Price limitPrice,
    long ttlNs,
    String reason,
    SortedMap<String, Double> inputs,
    long tsEvent,
    long tsInit)
    implements StrikeEvent {

  /** Validates presence, probabilities in [0, 1], finite inputs and a positive time to live. */
  public Signal {
    Require.present(signalId, "signalId");
    Require.present(strategy, "strategy");
    Require.present(ticker, "ticker");
    Require.present(kind, "kind");
    Require.present(side, "side");
    Require.present(action, "action");
    Require.probability(modelProbability, "modelProbability");
    Require.present(marketPrice, "marketPrice");
    Require.present(edgeAfterFees, "edgeAfterFees");
    Require.probability(confidence, "confidence");
    Require.present(limitPrice, "limitPrice");
    if (ttlNs <= 0) {
      throw new IllegalArgumentException("ttlNs must be positive, got " + ttlNs);
    }
    Require.text(reason, "reason");
    inputs = Require.sortedMap(inputs, "inputs");
    for (Map.Entry<String, Double> input : inputs.entrySet()) {
      if (!Double.isFinite(input.getValue())) {
        throw new IllegalArgumentException("inputs." + input.getKey() + " must be finite, got " + input.getValue());
      }
    }
    Require.times(tsEvent, tsInit);
  }

  /** When the signal stops being actionable, epoch ns. */
  public long expiresAtNs() {
    return Math.addExact(tsEvent, ttlNs);
  }
}
