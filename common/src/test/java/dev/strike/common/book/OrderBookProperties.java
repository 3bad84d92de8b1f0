package dev.strike.common.book;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast book does exactly what the reference book does, for any sequence of deltas. */
class OrderBookProperties {

  record Delta(Side side, long priceMicros, long hundredths) {}

  @Provide
  Arbitrary<List<Delta>> deltas() {
    // few distinct prices, so that levels are hit again, emptied and driven negative
    Arbitrary<Long> prices = Arbitraries.integers().between(1, 30).map(step -> step * 10_000L);
    Arbitrary<Long> sizes = Arbitraries.longs().between(-2_000, 2_000).filter(v -> v != 0);
    return Combinators.combine(Arbitraries.of(Side.class), prices, sizes).as(Delta::new).list().ofMaxSize(300);
  }

  @Property(tries = 300)
  void shouldMatchTheReferenceBookAfterEveryDelta(@ForAll("deltas") List<Delta> deltas) {
    MarketTicker ticker = MarketTicker.of("KX-TEST");
    OrderBook fast = new ArrayOrderBook(ticker);
    OrderBook reference = new TreeOrderBook(ticker);
    for (Delta d : deltas) {
      assertThat(fast.applyDelta(d.side(), d.priceMicros(), d.hundredths()))
          .isEqualTo(reference.applyDelta(d.side(), d.priceMicros(), d.hundredths()));
      assertThat(fast.top()).isEqualTo(reference.top());
    }
    for (Side side : Side.values()) {
      assertThat(fast.bids(side)).isEqualTo(reference.bids(side));
      assertThat(fast.bids(side)).allSatisfy(level -> assertThat(level.qty().hundredths()).isPositive());
    }
  }
}
