package dev.strike.execution.core.paper;

import java.util.Arrays;

/**
 * A small map from a price level (micro-dollars) to a positive amount (hundredths of a contract), on two parallel
 * arrays scanned linearly: a market has only a handful of levels where we took liquidity or saw trades, so this
 * beats a boxed map and allocates nothing per update. An amount that reaches zero is removed. Not thread-safe.
 */
final class LevelAmounts {
  private long[] prices = new long[8];
  private long[] amounts = new long[8];
  private int size;

  long get(long priceMicros) {
    int i = indexOf(priceMicros);
    return i < 0 ? 0 : amounts[i];
  }

  void set(long priceMicros, long amount) {
    if (amount < 0) {
      throw new IllegalStateException("a level amount must not be negative, got " + amount + " at " + priceMicros);
    }
    int i = indexOf(priceMicros);
    if (amount == 0) {
      if (i >= 0) {
        size--;
        prices[i] = prices[size];
        amounts[i] = amounts[size];
      }
      return;
    }
    if (i >= 0) {
      amounts[i] = amount;
      return;
    }
    if (size == prices.length) {
      prices = Arrays.copyOf(prices, size * 2);
      amounts = Arrays.copyOf(amounts, size * 2);
    }
    prices[size] = priceMicros;
    amounts[size] = amount;
    size++;
  }

  void add(long priceMicros, long amount) {
    set(priceMicros, Math.addExact(get(priceMicros), amount));
  }

  void clear() {
    size = 0;
  }

  private int indexOf(long priceMicros) {
    for (int i = 0; i < size; i++) {
      if (prices[i] == priceMicros) {
        return i;
      }
    }
    return -1;
  }
}
