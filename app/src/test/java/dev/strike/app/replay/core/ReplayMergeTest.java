package dev.strike.app.replay.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReplayMergeTest {
  private static final SourcePartition MARKETS_0 = new SourcePartition(ReplayTopic.MARKETS, 0);
  private static final SourcePartition BOOK_0 = new SourcePartition(ReplayTopic.BOOK, 0);
  private static final SourcePartition BOOK_1 = new SourcePartition(ReplayTopic.BOOK, 1);
  private static final SourcePartition TRADES_0 = new SourcePartition(ReplayTopic.TRADES, 0);
  private static final SourcePartition SPOT_0 = new SourcePartition(ReplayTopic.SPOT, 0);
  private static final List<SourcePartition> ALL = List.of(MARKETS_0, BOOK_0, BOOK_1, TRADES_0, SPOT_0);

  private static ReplayRecord rec(SourcePartition source, long offset, long ts) {
    return new ReplayRecord(source, offset, ts, null, null);
  }

  private static List<String> drain(ReplayMerge merge) {
    List<String> out = new ArrayList<>();
    ReplayRecord next;
    while ((next = merge.poll()) != null) {
      out.add(next.source() + "@" + next.offset());
    }
    return out;
  }

  private static ReplayMerge finished(List<ReplayRecord> records) {
    ReplayMerge merge = new ReplayMerge(ALL);
    records.forEach(merge::offer);
    ALL.forEach(merge::finish);
    return merge;
  }

  @Test
  void shouldOrderByEventTimeAcrossTopicsAndPartitions() {
    ReplayMerge merge = finished(List.of(rec(BOOK_0, 0, 30), rec(BOOK_0, 1, 50), rec(BOOK_1, 7, 10),
        rec(SPOT_0, 3, 20), rec(MARKETS_0, 4, 40)));

    assertThat(drain(merge)).containsExactly("md.book-1@7", "md.spot-0@3", "md.book-0@0", "md.markets-0@4",
        "md.book-0@1");
    assertThat(merge.isDone()).isTrue();
  }

  @Test
  void shouldPutMarketsBeforeBooksBeforeTradesBeforeSpotAtEqualTimes() {
    ReplayMerge merge = finished(List.of(rec(SPOT_0, 0, 5), rec(TRADES_0, 0, 5), rec(BOOK_0, 0, 5),
        rec(MARKETS_0, 9, 5)));

    assertThat(drain(merge)).containsExactly("md.markets-0@9", "md.book-0@0", "md.trades-0@0", "md.spot-0@0");
  }

  @Test
  void shouldBreakRemainingTiesByPartitionThenOffset() {
    ReplayMerge merge = finished(List.of(rec(BOOK_1, 0, 5), rec(BOOK_0, 3, 5), rec(BOOK_0, 4, 5)));

    assertThat(drain(merge)).containsExactly("md.book-0@3", "md.book-0@4", "md.book-1@0");
  }

  @Test
  void shouldKeepOffsetOrderWithinAPartitionWhoseTimesGoBackwards() {
    ReplayMerge merge = finished(List.of(rec(BOOK_0, 0, 10), rec(BOOK_0, 1, 2), rec(SPOT_0, 0, 5)));

    assertThat(drain(merge)).containsExactly("md.spot-0@0", "md.book-0@0", "md.book-0@1");
  }

  @Test
  void shouldWaitWhileAnOpenPartitionHasNothingBuffered() {
    ReplayMerge merge = new ReplayMerge(List.of(BOOK_0, MARKETS_0));
    merge.offer(rec(BOOK_0, 0, 10));

    assertThat(merge.poll()).isNull();
    assertThat(merge.starved()).containsExactly(MARKETS_0);

    merge.offer(rec(MARKETS_0, 0, 10));
    assertThat(merge.poll().source()).isEqualTo(MARKETS_0);
    assertThat(merge.poll()).isNull(); // markets may still hold something at time 10
    merge.finish(MARKETS_0);
    assertThat(merge.poll().source()).isEqualTo(BOOK_0);
    assertThat(merge.isDone()).isFalse();
    merge.finish(BOOK_0);
    assertThat(merge.isDone()).isTrue();
  }

  @Test
  void shouldGiveTheSameOrderWhateverTheReadInterleaving() {
    Random random = new Random(42);
    List<ReplayRecord> records = new ArrayList<>();
    for (SourcePartition source : ALL) {
      long ts = 0;
      for (int offset = 0; offset < 200; offset++) {
        ts += random.nextInt(5);
        records.add(rec(source, offset, ts));
      }
    }
    List<String> expected = drain(finished(records));
    for (int round = 0; round < 20; round++) {
      // offer in a random interleaving of the partitions, each partition in offset order, draining as we go
      List<ReplayRecord> shuffled = new ArrayList<>(records);
      Collections.shuffle(shuffled, random);
      shuffled.sort(java.util.Comparator.comparing(ReplayRecord::source).thenComparingLong(ReplayRecord::offset));
      List<List<ReplayRecord>> queues = new ArrayList<>();
      for (SourcePartition source : ALL) {
        queues.add(new ArrayList<>(shuffled.stream().filter(r -> r.source().equals(source)).toList()));
      }
      ReplayMerge merge = new ReplayMerge(ALL);
      List<String> got = new ArrayList<>();
      while (!merge.isDone()) {
        int q = random.nextInt(queues.size());
        List<ReplayRecord> queue = queues.get(q);
        int take = Math.min(queue.size(), 1 + random.nextInt(30));
        for (int i = 0; i < take; i++) {
          merge.offer(queue.remove(0));
        }
        if (queue.isEmpty()) {
          merge.finish(ALL.get(q));
        }
        got.addAll(drain(merge));
      }
      assertThat(got).isEqualTo(expected);
    }
    assertThat(expected).hasSize(ALL.size() * 200);
  }

  @Test
  void shouldRejectAnOffsetThatDoesNotGrow() {
    ReplayMerge merge = new ReplayMerge(List.of(BOOK_0));
    merge.offer(rec(BOOK_0, 5, 1));

    assertThatThrownBy(() -> merge.offer(rec(BOOK_0, 5, 2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset 5 after 5");
  }

  @Test
  void shouldRejectARecordOfAFinishedPartition() {
    ReplayMerge merge = new ReplayMerge(List.of(BOOK_0));
    merge.finish(BOOK_0);

    assertThatThrownBy(() -> merge.offer(rec(BOOK_0, 0, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finished");
  }
}
