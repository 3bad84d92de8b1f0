package dev.strike.kalshi.ws.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The sequencer against a simulated Kalshi subscription: a server keeps the true books of three markets and numbers
 * its messages per sid; between it and the sequencer, random faults lose messages, replay old ones or make them
 * unreadable; snapshot requests are answered later, at random points. Whatever happens, consumers must never see a
 * stale book.
 */
class BookSequencerProperties {
  private static final long SID = 1;
  private static final List<MarketTicker> MARKETS =
      List.of(MarketTicker.of("KX-A"), MarketTicker.of("KX-B"), MarketTicker.of("KX-C"));

  sealed interface Step {}

  record Change(int market, boolean yes, int tick, int delta) implements Step {}

  record LoseNext() implements Step {}

  record ReplayLast() implements Step {}

  record CorruptNext(boolean tickerReadable) implements Step {}

  record AnswerRequests() implements Step {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> change = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.of(true, false),
        Arbitraries.integers().between(1, 6), Arbitraries.integers().between(-400, 400).filter(d -> d != 0))
        .as(Change::new);
    return Arbitraries.frequencyOf(
            Tuple.of(12, change),
            Tuple.of(2, Arbitraries.just(new LoseNext())),
            Tuple.of(1, Arbitraries.just(new ReplayLast())),
            Tuple.of(1, Arbitraries.of(new CorruptNext(true), new CorruptNext(false))),
            Tuple.of(3, Arbitraries.just(new AnswerRequests())))
        .list().ofMinSize(1).ofMaxSize(120);
  }

  @Property
  void shouldNeverPublishADeltaOfAStaleBookAndResumeOnlyFromASnapshot(@ForAll("steps") List<Step> steps) {
    Simulation sim = new Simulation();
    sim.subscribe();
    for (Step step : steps) {
      sim.run(step, true);
    }
    sim.settle();
  }

  @Property
  void shouldBehaveTheSameWhenRunTwice(@ForAll("steps") List<Step> steps) {
    assertThat(replay(steps)).isEqualTo(replay(steps));
  }

  private static List<Object> replay(List<Step> steps) {
    Simulation sim = new Simulation();
    sim.subscribe();
    for (Step step : steps) {
      sim.run(step, true);
    }
    List<Object> outputs = new ArrayList<>(sim.output.published);
    outputs.addAll(sim.output.requests);
    outputs.addAll(sim.output.dropped);
    return outputs;
  }

  /** One market's bids, price micros to size hundredths; equal when both sides are. */
  private static final class Book {
    final TreeMap<Long, Long> yes = new TreeMap<>();
    final TreeMap<Long, Long> no = new TreeMap<>();

    TreeMap<Long, Long> side(boolean yesSide) {
      return yesSide ? yes : no;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Book book && yes.equals(book.yes) && no.equals(book.no);
    }

    @Override
    public int hashCode() {
      return 31 * yes.hashCode() + no.hashCode();
    }

    @Override
    public String toString() {
      return "yes " + yes + " no " + no;
    }
  }

  /** The server, the faulty wire, the sequencer and a consumer applying what it publishes. */
  private static final class Simulation {
    final BookSequencer sequencer = new BookSequencer();
    final RecordingOutput output = new RecordingOutput();
    final Map<MarketTicker, Book> trueBooks = new HashMap<>();
    final Map<MarketTicker, Book> consumerBooks = new HashMap<>();
    final Set<MarketTicker> stale = new HashSet<>();
    final Map<BookDelta, Book> bookAfter = new IdentityHashMap<>();
    final Deque<List<MarketTicker>> pendingRequests = new ArrayDeque<>();
    long seq;
    Object lastDelivered;
    boolean loseNext;
    CorruptNext corruptNext;
    int published;
    int requests;

    Simulation() {
      for (MarketTicker market : MARKETS) {
        trueBooks.put(market, new Book());
      }
    }

    void subscribe() {
      for (MarketTicker market : MARKETS) {
        deliver(snapshot(market));
      }
    }

    void run(Step step, boolean faults) {
      if (step instanceof Change change) {
        MarketTicker market = MARKETS.get(change.market());
        TreeMap<Long, Long> side = trueBooks.get(market).side(change.yes());
        long micros = change.tick() * 10_000L;
        long size = side.getOrDefault(micros, 0L);
        long delta = size + change.delta() < 0 ? -size : change.delta();
        if (delta == 0) {
          return;
        }
        if (size + delta == 0) {
          side.remove(micros);
        } else {
          side.put(micros, size + delta);
        }
        BookDelta message = new BookDelta(market, SID, ++seq, change.yes() ? Side.YES : Side.NO,
            Price.ofMicros(micros), delta, null, 1, 1);
        bookAfter.put(message, copy(trueBooks.get(market)));
        deliver(message);
      } else if (step instanceof AnswerRequests) {
        List<MarketTicker> request = pendingRequests.poll();
        if (request != null) {
          request.forEach(market -> deliver(snapshot(market)));
        }
      } else if (faults && step instanceof LoseNext) {
        loseNext = true;
      } else if (faults && step instanceof CorruptNext corrupt) {
        corruptNext = corrupt;
      } else if (faults && step instanceof ReplayLast && lastDelivered != null) {
        feed(lastDelivered);
      }
    }

    /** Fault-free rounds: a change per market, then every request answered; afterwards all books must be live. */
    void settle() {
      loseNext = false;
      corruptNext = null;
      for (int round = 0; round < 3; round++) {
        for (int market = 0; market < MARKETS.size(); market++) {
          run(new Change(market, true, 3, 100), false);
        }
        while (!pendingRequests.isEmpty()) {
          run(new AnswerRequests(), false);
        }
      }
      for (MarketTicker market : MARKETS) {
        assertThat(sequencer.state(SID, market)).as("state of %s", market).isEqualTo(MarketBookState.LIVE);
        assertThat(consumerBooks.get(market)).as("consumer book of %s", market)
            .isEqualTo(copy(trueBooks.get(market)));
      }
    }

    BookSnapshot snapshot(MarketTicker market) {
      Book book = trueBooks.get(market);
      return new BookSnapshot(market, SID, ++seq, levels(book.yes), levels(book.no), 1, 1);
    }

    void deliver(Object message) {
      if (loseNext) {
        loseNext = false;
        return;
      }
      lastDelivered = message;
      if (corruptNext != null) {
        MarketTicker market = message instanceof BookDelta d ? d.ticker() : ((BookSnapshot) message).ticker();
        long messageSeq = message instanceof BookDelta d ? d.seq() : ((BookSnapshot) message).seq();
        sequencer.onUnreadable(SID, messageSeq, corruptNext.tickerReadable() ? market : null, "corrupt", 1, 1,
            output);
        corruptNext = null;
      } else {
        feed(message);
      }
      check();
    }

    void feed(Object message) {
      if (message instanceof BookDelta delta) {
        sequencer.onDelta(delta, output);
      } else {
        sequencer.onSnapshot((BookSnapshot) message, output);
      }
      check();
    }

    /** Applies what was published since the last check, as a consumer would, checking every step. */
    void check() {
      for (; published < output.published.size(); published++) {
        BookEvent event = output.published.get(published);
        if (event instanceof BookGap gap) {
          stale.add(gap.ticker());
        } else if (event instanceof BookSnapshot snapshot) {
          stale.remove(snapshot.ticker());
          consumerBooks.put(snapshot.ticker(), toMaps(snapshot));
        } else if (event instanceof BookDelta delta) {
          assertThat(stale).as("a delta of a stale book was published: %s", delta).doesNotContain(delta.ticker());
          Book book = consumerBooks.get(delta.ticker());
          assertThat(book).as("a delta before any snapshot was published: %s", delta).isNotNull();
          TreeMap<Long, Long> side = book.side(delta.side() == Side.YES);
          long size = side.getOrDefault(delta.price().micros(), 0L) + delta.deltaHundredths();
          assertThat(size).as("a delta drove a level negative: %s", delta).isGreaterThanOrEqualTo(0);
          if (size == 0) {
            side.remove(delta.price().micros());
          } else {
            side.put(delta.price().micros(), size);
          }
          assertThat(book).as("consumer book after %s", delta).isEqualTo(bookAfter.get(delta));
        }
      }
      for (; requests < output.requests.size(); requests++) {
        pendingRequests.add(output.requests.get(requests).markets());
      }
    }

    private static List<BookLevel> levels(TreeMap<Long, Long> side) {
      List<BookLevel> levels = new ArrayList<>();
      side.forEach((micros, size) -> levels.add(new BookLevel(Price.ofMicros(micros), Qty.ofHundredths(size))));
      return levels;
    }

    private static Book toMaps(BookSnapshot snapshot) {
      Book book = new Book();
      snapshot.yesBids().forEach(level -> book.yes.put(level.price().micros(), level.qty().hundredths()));
      snapshot.noBids().forEach(level -> book.no.put(level.price().micros(), level.qty().hundredths()));
      return book;
    }

    private static Book copy(Book book) {
      Book copy = new Book();
      copy.yes.putAll(book.yes);
      copy.no.putAll(book.no);
      return copy;
    }
  }
}
