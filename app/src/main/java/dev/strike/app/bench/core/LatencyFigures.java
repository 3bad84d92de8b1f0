package dev.strike.app.bench.core;

import java.util.Locale;

/**
 * The latency of one measured path: how many events were measured and their percentiles, in nanoseconds.
 *
 * @param count events measured
 * @param p50Ns median, ns
 * @param p99Ns 99th percentile, ns
 * @param p999Ns 99.9th percentile, ns
 * @param maxNs the largest, ns
 */
public record LatencyFigures(long count, long p50Ns, long p99Ns, long p999Ns, long maxNs) {

  /** One report line: {@code label  p50 … ms  p99 … ms  p99.9 … ms  max … ms  (n events)}. */
  public String line(String label) {
    return String.format(Locale.ROOT, "%-26s p50 %8s ms   p99 %8s ms   p99.9 %8s ms   max %8s ms   (%d events)",
        label, ms(p50Ns), ms(p99Ns), ms(p999Ns), ms(maxNs), count);
  }

  /**
   * The last line of {@code strike bench latency}: {@code ratio: <pipeline p99 / floor p99>} with two decimals;
   * {@code ratio: n/a} when the floor measured nothing.
   */
  public static String ratioLine(LatencyFigures pipeline, LatencyFigures floor) {
    if (floor.count() == 0 || floor.p99Ns() == 0) {
      return "ratio: n/a";
    }
    return String.format(Locale.ROOT, "ratio: %.2f", (double) pipeline.p99Ns() / floor.p99Ns());
  }

  /** Nanoseconds as milliseconds with three decimals. */
  public static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
  }
}
