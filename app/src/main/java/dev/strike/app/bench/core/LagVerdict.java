package dev.strike.app.bench.core;

import java.util.List;

/**
 * Whether a consumer kept up with one step of {@code strike bench throughput}: its lag (records produced but not yet
 * committed) sampled during the step must end below one second of input and must not have grown over the second half
 * of the step by more than a tenth of a second of input (the lag is read from committed offsets, which move every
 * commit interval, so it wobbles by that much while the consumer keeps up). Pure.
 */
public final class LagVerdict {
  private LagVerdict() {}

  /**
   * @param ratePerSecond the step's input rate, events/s
   * @param lagSamples the lag sampled at even intervals over the step, oldest first; at least one
   * @return true if the lag stayed bounded
   */
  public static boolean bounded(long ratePerSecond, List<Long> lagSamples) {
    if (lagSamples.isEmpty()) {
      throw new IllegalArgumentException("no lag samples");
    }
    long last = lagSamples.get(lagSamples.size() - 1);
    if (last >= ratePerSecond) {
      return false;
    }
    long atHalf = lagSamples.get((lagSamples.size() - 1) / 2);
    return last <= atHalf + ratePerSecond / 10;
  }
}
