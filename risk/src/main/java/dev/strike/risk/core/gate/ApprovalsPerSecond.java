package dev.strike.risk.core.gate;

import dev.strike.common.event.GateStateSnapshot.OrderSeconds;
import java.util.Arrays;

/**
 * Approved orders counted per second of event time, for the rolling rate caps: a deque of (epoch second, count)
 * buckets in ascending seconds, held in primitive arrays, with a running total per bucket so that counting a window
 * is one binary search. A second's approvals count as if they all happened at its last nanosecond (see
 * {@link #countSince(long)}).
 *
 * <p>Costs: appending to the newest second or a new later second is amortized O(1), and so is dropping buckets from
 * the front (the live range moves forward in the arrays and is moved back only when the front half is free). An
 * approval in an older second that is kept is O(buckets after it), and one in an older second without a bucket
 * shifts the later buckets: both are rare (event times arrive out of order only slightly).
 *
 * <p>Mutable and not thread-safe: one risk thread owns it (through {@link GateState}).
 */
final class ApprovalsPerSecond {
  private static final long NS_PER_SECOND = 1_000_000_000L;
  private static final int INITIAL_CAPACITY = 16;

  /** Epoch seconds of the live buckets {@code [head, tail)}, strictly ascending. */
  private long[] seconds = new long[INITIAL_CAPACITY];
  /**
   * For each live bucket, the approvals in it and in every bucket before it, including the dropped ones: so the
   * count of buckets {@code [i, tail)} is {@code through[tail - 1] - before(i)}.
   */
  private long[] through = new long[INITIAL_CAPACITY];
  private int head;
  private int tail;
  /** The approvals of the dropped buckets: {@code through} of the bucket just before {@code head}. */
  private long dropped;

  /** The epoch second that holds {@code epochNs}: {@code floor(epochNs / 1e9)}. */
  static long secondOf(long epochNs) {
    return Math.floorDiv(epochNs, NS_PER_SECOND);
  }

  /**
   * The first epoch second whose last nanosecond is after {@code afterNs}: {@code (s + 1) * 1e9 - 1 > afterNs}, i.e.
   * {@code s >= floor((afterNs + 1) / 1e9)}, written so that {@code afterNs = Long.MAX_VALUE} does not overflow.
   */
  static long firstSecondEndingAfter(long afterNs) {
    return Math.floorDiv(afterNs, NS_PER_SECOND)
        + (Math.floorMod(afterNs, NS_PER_SECOND) == NS_PER_SECOND - 1 ? 1 : 0);
  }

  /** Counts {@code count} (positive) approvals in {@code epochSecond}. */
  void add(long epochSecond, long count) {
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive, got " + count);
    }
    if (head == tail || epochSecond > seconds[tail - 1]) {
      ensureRoomAtTail();
      seconds[tail] = epochSecond;
      through[tail] = Math.addExact(totalThrough(), count);
      tail++;
      return;
    }
    int at = Arrays.binarySearch(seconds, head, tail, epochSecond);
    if (at < 0) {
      // An older second without a bucket: open one (rare; shifts the later buckets).
      int offset = -at - 1 - head;
      ensureRoomAtTail(); // may move the live range to the start of the arrays
      at = head + offset;
      System.arraycopy(seconds, at, seconds, at + 1, tail - at);
      System.arraycopy(through, at, through, at + 1, tail - at);
      tail++;
      seconds[at] = epochSecond;
      through[at] = before(at);
    }
    for (int i = at; i < tail; i++) {
      through[i] = Math.addExact(through[i], count);
    }
  }

  /**
   * Approvals in the seconds whose last nanosecond is after {@code afterNs}: every approval after {@code afterNs},
   * plus those earlier in the same second as {@code afterNs + 1} (at most one second more than exact times would
   * count). Saturates at {@link Integer#MAX_VALUE}.
   */
  int countSince(long afterNs) {
    if (head == tail) {
      return 0;
    }
    int from = lowerBound(firstSecondEndingAfter(afterNs));
    return (int) Math.min(Integer.MAX_VALUE, totalThrough() - before(from));
  }

  /** Forgets the buckets of seconds before {@code epochSecond}; amortized O(1) per bucket dropped. */
  void dropBefore(long epochSecond) {
    while (head < tail && seconds[head] < epochSecond) {
      dropped = through[head];
      head++;
    }
    if (head == tail) {
      head = 0;
      tail = 0;
      dropped = 0;
    }
  }

  /** How many seconds hold approvals. */
  int buckets() {
    return tail - head;
  }

  /** The buckets in the snapshot's encoding. */
  OrderSeconds export() {
    OrderSeconds.Builder builder = OrderSeconds.builder();
    for (int i = head; i < tail; i++) {
      builder.add(seconds[i], through[i] - before(i));
    }
    return builder.build();
  }

  private long totalThrough() {
    return head == tail ? dropped : through[tail - 1];
  }

  /** The running total just before bucket {@code i} (of the live range, or {@code tail}). */
  private long before(int i) {
    return i == head ? dropped : through[i - 1];
  }

  /** The index of the first live bucket with a second at or after {@code epochSecond}, or {@code tail}. */
  private int lowerBound(long epochSecond) {
    int lo = head;
    int hi = tail;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (seconds[mid] < epochSecond) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Makes {@code seconds[tail]} writable: moves the live range to the start when the front half is free (each such
   * move follows at least as many drops as it copies), otherwise doubles the arrays.
   */
  private void ensureRoomAtTail() {
    if (tail < seconds.length) {
      return;
    }
    int size = tail - head;
    if (head >= seconds.length / 2) {
      System.arraycopy(seconds, head, seconds, 0, size);
      System.arraycopy(through, head, through, 0, size);
    } else {
      seconds = Arrays.copyOfRange(seconds, head, head + seconds.length * 2);
      through = Arrays.copyOfRange(through, head, head + through.length * 2);
    }
    head = 0;
    tail = size;
  }
}
