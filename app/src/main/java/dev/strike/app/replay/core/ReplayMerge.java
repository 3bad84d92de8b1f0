package dev.strike.app.replay.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Merges the partitions of recorded topics into one stream in {@link ReplayRecord#ORDER}, streaming: records are
 * {@link #offer offered} per partition as they are read, and {@link #poll} hands out the next record only once it is
 * decided, that is when every partition not yet {@link #finish finished} has a record buffered. Each partition's
 * records keep their offset order (the per-key order Kafka promises is never broken); across partitions the merge
 * takes the smallest head, so a partition whose own times go backwards is replayed in offset order and the rest
 * around it. The same input always gives the same output.
 *
 * <p>Pure and single-threaded: the shell reads Kafka and asks {@link #starved()} which partitions it must read next.
 */
public final class ReplayMerge {
  private final Map<SourcePartition, ArrayDeque<ReplayRecord>> buffers = new TreeMap<>();
  private final Map<SourcePartition, Long> lastOffsets = new TreeMap<>();
  private final java.util.Set<SourcePartition> open = new java.util.TreeSet<>();
  private long buffered;

  /** A merge of {@code sources}, all open (more records may come) until finished. */
  public ReplayMerge(Collection<SourcePartition> sources) {
    for (SourcePartition source : sources) {
      if (buffers.put(source, new ArrayDeque<>()) != null) {
        throw new IllegalArgumentException(source + " is listed twice");
      }
      open.add(source);
    }
  }

  /**
   * Adds the next record of its partition.
   *
   * @throws IllegalArgumentException if the partition is unknown or finished, or the offset does not grow
   */
  public void offer(ReplayRecord record) {
    ArrayDeque<ReplayRecord> buffer = buffers.get(record.source());
    if (buffer == null) {
      throw new IllegalArgumentException("unknown source partition " + record.source());
    }
    if (!open.contains(record.source())) {
      throw new IllegalArgumentException(record.source() + " is finished");
    }
    Long last = lastOffsets.get(record.source());
    if (last != null && record.offset() <= last) {
      throw new IllegalArgumentException(record.source() + ": offset " + record.offset() + " after " + last);
    }
    lastOffsets.put(record.source(), record.offset());
    buffer.addLast(record);
    buffered++;
  }

  /** Marks {@code source} as read to its end: no more records will be offered for it. */
  public void finish(SourcePartition source) {
    if (!buffers.containsKey(source)) {
      throw new IllegalArgumentException("unknown source partition " + source);
    }
    open.remove(source);
  }

  /**
   * The next record in replay order, or null if none can be decided yet (an open partition has nothing buffered:
   * see {@link #starved()}) or every partition is finished and drained (see {@link #isDone()}).
   */
  public @Nullable ReplayRecord poll() {
    ArrayDeque<ReplayRecord> best = null;
    for (Map.Entry<SourcePartition, ArrayDeque<ReplayRecord>> entry : buffers.entrySet()) {
      ArrayDeque<ReplayRecord> buffer = entry.getValue();
      ReplayRecord head = buffer.peekFirst();
      if (head == null) {
        if (open.contains(entry.getKey())) {
          return null;
        }
        continue;
      }
      if (best == null || ReplayRecord.ORDER.compare(head, best.peekFirst()) < 0) {
        best = buffer;
      }
    }
    if (best == null) {
      return null;
    }
    buffered--;
    return best.removeFirst();
  }

  /** The open partitions with nothing buffered: the merge waits for them. */
  public List<SourcePartition> starved() {
    List<SourcePartition> starved = new ArrayList<>();
    for (SourcePartition source : open) {
      if (buffers.get(source).isEmpty()) {
        starved.add(source);
      }
    }
    return starved;
  }

  /** How many records of {@code source} are buffered. */
  public int buffered(SourcePartition source) {
    ArrayDeque<ReplayRecord> buffer = buffers.get(source);
    return buffer == null ? 0 : buffer.size();
  }

  /** How many records are buffered in all. */
  public long buffered() {
    return buffered;
  }

  /** Whether every partition is finished and every record handed out. */
  public boolean isDone() {
    return open.isEmpty() && buffered == 0;
  }
}
