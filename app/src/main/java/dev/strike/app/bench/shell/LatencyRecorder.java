package dev.strike.app.bench.shell;

import dev.strike.app.bench.core.LatencyFigures;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * Tick-to-order (or tick-to-last-hop) latencies of one path: every arrival is counted, and those whose tick was
 * stamped at or after {@link #measureFrom} (the end of the warm-up) are recorded in an HdrHistogram with three
 * significant digits. Thread-safe: the path's delivering thread records while the benchmark reads.
 */
public final class LatencyRecorder {
  private final Histogram histogram = new Histogram(3);
  private final AtomicLong seen = new AtomicLong();
  private volatile long fromNs = Long.MAX_VALUE;

  /** Records, from now on, the arrivals of ticks stamped at or after {@code epochNs}. */
  public void measureFrom(long epochNs) {
    fromNs = epochNs;
  }

  /**
   * One arrival.
   *
   * @param tsInitNs when the tick was stamped at injection, epoch ns
   * @param arrivedNs when it arrived (the venue received the order, or the relay's last hop the message), epoch ns
   */
  public void record(long tsInitNs, long arrivedNs) {
    seen.incrementAndGet();
    if (tsInitNs >= fromNs) {
      long latency = Math.max(1, arrivedNs - tsInitNs);
      synchronized (histogram) {
        histogram.recordValue(latency);
      }
    }
  }

  /** Arrivals so far, warm-up included. */
  public long seen() {
    return seen.get();
  }

  /** Arrivals recorded (measured ticks). */
  public long measured() {
    synchronized (histogram) {
      return histogram.getTotalCount();
    }
  }

  /** A copy of the recorded latencies, ns. */
  public Histogram histogram() {
    synchronized (histogram) {
      return histogram.copy();
    }
  }

  /** The percentiles of {@code h} (ns). */
  public static LatencyFigures figures(Histogram h) {
    if (h.getTotalCount() == 0) {
      return new LatencyFigures(0, 0, 0, 0, 0);
    }
    return new LatencyFigures(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(99),
        h.getValueAtPercentile(99.9), h.getMaxValue());
  }

  /** {@code h} as one line of text (compressed, base64), for a child process to report. */
  public static String encode(Histogram h) {
    ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
    int length = h.encodeIntoCompressedByteBuffer(buffer);
    return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
  }

  /** The histogram {@link #encode} wrote. */
  public static Histogram decode(String text) {
    try {
      return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(text.trim())), 0);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("not an encoded histogram: " + e.getMessage(), e);
    }
  }
}
