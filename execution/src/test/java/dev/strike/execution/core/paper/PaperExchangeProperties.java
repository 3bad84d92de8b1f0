package dev.strike.execution.core.paper;

import static dev.strike.execution.core.paper.PaperFixtures.MS;
import static dev.strike.execution.core.paper.PaperFixtures.T0;
import static dev.strike.execution.core.paper.PaperFixtures.TICKER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.id.StableHash;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants over random books and order flows: our orders never fill the same displayed contracts twice (the
 * total taken at a level never exceeds what the book displayed there: the snapshot plus every later increase), and
 * the exchange is deterministic (the same inputs give the same outputs, byte for byte).
 */
class PaperExchangeProperties {

  /** One step: an order (kind 0–2: IOC, FOK, GTC) or a book change (kind 3) at a level. */
  record Step(int kind, boolean yes, boolean buy, int cents, int contracts) {}

  /** A non-crossing book: YES bids below {@code split} cents, NO bids below {@code 100 − split}. */
  record Book(List<BookLevel> yes, List<BookLevel> no) {}

  @Provide
  Arbitrary<Book> books() {
    return Arbitraries.integers().between(5, 95).flatMap(split -> Combinators.combine(
        ladder(split - 1), ladder(99 - split)).as(Book::new));
  }

  private static Arbitrary<List<BookLevel>> ladder(int maxCents) {
    return Arbitraries.maps(Arbitraries.integers().between(1, maxCents), Arbitraries.integers().between(1, 30))
        .ofMaxSize(8)
        .map(levels -> levels.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> new BookLevel(Price.ofCents(e.getKey()), Qty.ofContracts(e.getValue())))
            .toList());
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.integers().between(1, 99), Arbitraries.integers().between(1, 40))
        .as(Step::new).list().ofMaxSize(40);
  }

  @Property(tries = 500)
  void shouldNeverTakeMoreThanALevelDisplayedWhenOrdersAndBookChangesInterleave(@ForAll("books") Book book,
      @ForAll("steps") List<Step> steps) {
    PaperExchange exchange = PaperFixtures.exchangeWith(book.yes(), book.no());
    Map<String, Long> displayed = new HashMap<>(); // the size the book shows now
    Map<String, Long> budget = new HashMap<>(); // the snapshot plus every increase since
    book.yes().forEach(l -> put(displayed, budget, Side.YES, l.price().micros(), l.qty().hundredths()));
    book.no().forEach(l -> put(displayed, budget, Side.NO, l.price().micros(), l.qty().hundredths()));
    Map<String, Long> taken = new HashMap<>();
    long ts = T0;
    for (Step step : steps) {
      ts += MS;
      Side side = step.yes() ? Side.YES : Side.NO;
      List<StrikeEvent> out;
      if (step.kind() == 3) {
        long price = Price.ofCents(step.cents()).micros();
        long now = displayed.getOrDefault(key(side, price), 0L);
        long change = (step.buy() || now == 0) ? step.contracts() * 100L : -Math.min(now, step.contracts() * 100L);
        displayed.merge(key(side, price), change, Long::sum);
        if (change > 0) {
          budget.merge(key(side, price), change, Long::sum);
        }
        out = exchange.onMarketData(new BookDelta(TICKER, 1, 2, side, Price.ofCents(step.cents()), change, null,
            ts, ts));
      } else {
        TimeInForce tif = TimeInForce.values()[(step.kind() + 1) % 3]; // IOC, FOK, GTC
        out = exchange.submit(PaperFixtures.intent(side, step.buy() ? Action.BUY : Action.SELL, step.cents(),
            step.contracts(), step.kind() == 2 ? TimeInForce.GTC : tif), ts);
      }
      for (Fill fill : PaperFixtures.only(Fill.class, out)) {
        assertThat(fill.liquidity()).isEqualTo(Liquidity.TAKER);
        boolean buy = fill.action() == Action.BUY;
        Side ladder = buy ? fill.side().opposite() : fill.side();
        long price = buy ? fill.price().complement().micros() : fill.price().micros();
        taken.merge(key(ladder, price), fill.qty().hundredths(), Long::sum);
      }
    }
    taken.forEach((level, qty) -> assertThat(qty).as("taken at %s", level).isLessThanOrEqualTo(budget.get(level)));
  }

  private static void put(Map<String, Long> displayed, Map<String, Long> budget, Side side, long price, long qty) {
    displayed.put(key(side, price), qty);
    budget.put(key(side, price), qty);
  }

  private static String key(Side side, long priceMicros) {
    return side + "@" + priceMicros;
  }

  @Property(tries = 50)
  void shouldGiveTheSameOutputsWhenTheSameSeededSessionRunsTwice(@ForAll long seed,
      @ForAll @IntRange(min = 50, max = 400) int length) {
    List<Object> session = session(new SplittableRandom(seed), length);

    List<StrikeEvent> first = replay(session);
    List<StrikeEvent> second = replay(session);

    assertThat(second).isEqualTo(first);
    assertThat(hash(second)).isEqualTo(hash(first));
  }

  private static String hash(List<StrikeEvent> events) {
    return StableHash.hex128(events.stream().map(Object::toString).toArray(String[]::new));
  }

  private static List<StrikeEvent> replay(List<Object> session) {
    PaperExchange exchange = new PaperExchange(PaperSettings.of(
        new LatencyModel.Empirical(new long[] {2 * MS, 5 * MS, 9 * MS, 40 * MS}, 7)));
    List<StrikeEvent> out = new ArrayList<>(exchange.onMarketData(PaperFixtures.activeMarket()));
    long ts = T0;
    for (Object input : session) {
      if (input instanceof OrderIntent intent) {
        out.addAll(exchange.submit(intent, ts));
      } else if (input instanceof CancelRequest cancel) {
        out.addAll(exchange.cancel(cancel.intent().clientOrderId(), CancelReason.REQUESTED, ts));
      } else {
        StrikeEvent event = (StrikeEvent) input;
        ts = event.tsEvent();
        out.addAll(exchange.onMarketData(event));
      }
    }
    out.addAll(exchange.advanceTo(ts + 1_000 * MS));
    return out;
  }

  record CancelRequest(OrderIntent intent) {}

  /** Book snapshots, deltas and trades around a moving mid, with orders and cancels mixed in. */
  private static List<Object> session(SplittableRandom random, int length) {
    List<Object> session = new ArrayList<>();
    List<OrderIntent> sent = new ArrayList<>();
    long ts = T0;
    session.add(PaperFixtures.snapshot(PaperFixtures.levels(38, 10, 39, 20, 40, 15),
        PaperFixtures.levels(56, 12, 57, 9, 58, 6), ts));
    for (int i = 0; i < length; i++) {
      ts += 1 + random.nextInt(3 * (int) MS);
      int dice = random.nextInt(10);
      Side side = random.nextBoolean() ? Side.YES : Side.NO;
      if (dice < 5) {
        long cents = side == Side.YES ? 35 + random.nextInt(6) : 53 + random.nextInt(6);
        session.add(new BookDelta(TICKER, 1, 2 + i, side, Price.ofCents(cents), 100L * (1 + random.nextInt(10)),
            null, ts, ts));
      } else if (dice < 7) {
        session.add(PaperFixtures.trade(side, 38 + random.nextInt(6), 1 + random.nextInt(15), ts));
      } else if (dice < 9) {
        TimeInForce tif = TimeInForce.values()[random.nextInt(3)];
        OrderIntent intent = PaperFixtures.intent(side, random.nextBoolean() ? Action.BUY : Action.SELL,
            30 + random.nextInt(40), 1 + random.nextInt(20), tif, false,
            tif == TimeInForce.GTC && random.nextBoolean() ? ts + random.nextInt(50) * MS : 0);
        sent.add(intent);
        session.add(intent);
      } else if (!sent.isEmpty()) {
        session.add(new CancelRequest(sent.get(random.nextInt(sent.size()))));
      }
    }
    return session;
  }
}
