package dev.strike.execution.shell;

import dev.strike.common.event.Fill;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.OrderExpired;
import dev.strike.common.event.OrderRejected;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.ClientOrderId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What execution already did, read back from its own outputs ({@code orders.events} and {@code trades}) at start: the
 * orders it placed (so a redelivered approval is never placed again), the ones still open with their unfilled
 * quantity, and the latest event time it published (the reconciliation checkpoint). Not thread-safe: built once
 * before the service consumes, then read on the execution thread.
 */
final class OrderJournal {
  private final Map<ClientOrderId, OrderSubmitted> placed = new LinkedHashMap<>();
  private final Map<ClientOrderId, Long> filledHundredths = new HashMap<>();
  private final Map<ClientOrderId, Boolean> finished = new HashMap<>();
  private final java.util.Set<dev.strike.common.id.MarketTicker> settled = new java.util.HashSet<>();
  private long checkpointNs;

  /** Folds one of our published events. */
  void apply(StrikeEvent event) {
    checkpointNs = Math.max(checkpointNs, event.tsEvent());
    if (event instanceof OrderSubmitted submitted) {
      placed.putIfAbsent(submitted.clientOrderId(), submitted);
    } else if (event instanceof OrderCanceled || event instanceof OrderExpired || event instanceof OrderRejected) {
      finished.put(((OrderEvent) event).clientOrderId(), true);
    } else if (event instanceof dev.strike.common.event.MarketSettled settlement) {
      settled.add(settlement.ticker());
    } else if (event instanceof Fill fill) {
      filledHundredths.merge(fill.clientOrderId(), fill.qty().hundredths(), Long::sum);
    }
  }

  /**
   * Records a settlement about to be published; false when the market's settlement was published before (it must
   * not be paid twice).
   */
  boolean settleOnce(dev.strike.common.event.MarketSettled settlement) {
    return settled.add(settlement.ticker());
  }

  /** Markets whose settlement was published. */
  java.util.Set<dev.strike.common.id.MarketTicker> settledMarkets() {
    return java.util.Set.copyOf(settled);
  }

  /** Whether the order was placed before (by this run or an earlier one). */
  boolean wasPlaced(ClientOrderId clientOrderId) {
    return placed.containsKey(clientOrderId);
  }

  /** Records an order placed now. */
  void placedNow(OrderSubmitted submitted) {
    placed.putIfAbsent(submitted.clientOrderId(), submitted);
  }

  /** Every order placed, in the order it was placed. */
  List<OrderSubmitted> placedOrders() {
    return new ArrayList<>(placed.values());
  }

  /** Orders placed and neither finished nor completely filled, in the order they were placed. */
  List<OrderSubmitted> openOrders() {
    List<OrderSubmitted> open = new ArrayList<>();
    for (OrderSubmitted order : placed.values()) {
      long filled = filledHundredths.getOrDefault(order.clientOrderId(), 0L);
      if (!finished.containsKey(order.clientOrderId()) && filled < order.qty().hundredths()) {
        open.add(order);
      }
    }
    return open;
  }

  /** The unfilled quantity of a placed order, hundredths. */
  long unfilledHundredths(OrderSubmitted order) {
    return order.qty().hundredths() - filledHundredths.getOrDefault(order.clientOrderId(), 0L);
  }

  /** The latest event time of our outputs, epoch ns (0 when there are none). */
  long checkpointNs() {
    return checkpointNs;
  }

  /** How many orders were placed. */
  int placedCount() {
    return placed.size();
  }
}
