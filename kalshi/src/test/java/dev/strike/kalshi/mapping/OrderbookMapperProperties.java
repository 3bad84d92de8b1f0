package dev.strike.kalshi.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.BookLevel;
import dev.strike.common.id.MarketTicker;
import dev.strike.kalshi.wire.Orderbook;
import dev.strike.kalshi.wire.PriceLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

class OrderbookMapperProperties {
  private static final MarketTicker TICKER = MarketTicker.of("KXTEST-1");

  @Provide
  Arbitrary<Integer> priceMicros() {
    return Arbitraries.integers().between(1, 999_999);
  }

  private static String dollars(int micros) {
    return BigDecimal.valueOf(micros, 6).toPlainString();
  }

  @Property
  void shouldGiveTheSameSnapshotWhateverTheArrayOrder(
      @ForAll @Size(max = 30) @UniqueElements List<@net.jqwik.api.From("priceMicros") Integer> prices,
      @ForAll long seed) {
    List<PriceLevel> levels = new ArrayList<>();
    for (int i = 0; i < prices.size(); i++) {
      levels.add(new PriceLevel(dollars(prices.get(i)), (i + 1) + ".25"));
    }
    List<PriceLevel> shuffled = new ArrayList<>(levels);
    Collections.shuffle(shuffled, new Random(seed));

    var sorted = OrderbookMapper.toBookSnapshot(TICKER, new Orderbook(levels, List.of()), 1);
    var fromShuffled = OrderbookMapper.toBookSnapshot(TICKER, new Orderbook(shuffled, List.of()), 1);

    assertThat(fromShuffled).isEqualTo(sorted);
    assertThat(sorted.yesBids()).extracting(l -> l.price().micros())
        .isSorted().doesNotHaveDuplicates().hasSize(Set.copyOf(prices).size());
  }

  @Property
  void shouldParseEveryLevelExactlyAsBigDecimalDoes(@ForAll("priceMicros") int micros,
      @ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = 10_000_000_000L) long hundredths) {
    String price = dollars(micros);
    String count = BigDecimal.valueOf(hundredths, 2).toPlainString();

    BookLevel level = OrderbookMapper.toLevels("book", List.of(new PriceLevel(price, count)), "yes").get(0);

    assertThat(BigDecimal.valueOf(level.price().micros(), 6)).isEqualByComparingTo(price);
    assertThat(BigDecimal.valueOf(level.qty().hundredths(), 2)).isEqualByComparingTo(count);
  }
}
