package dev.strike.signals.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.signals.SignalsSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The whole suite, every strategy on, twice over the same stream: the same signals, in the same order. */
class SuiteDeterminismTest {
  private static final long SECOND = 1_000_000_000L;
  private static final Asset BTC = Asset.of("BTC");

  /** Ten minutes of a BTC random walk from three exchanges, with book changes on a small ladder in between. */
  private static List<StrikeEvent> stream(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<StrikeEvent> events = new ArrayList<>();
    long start = Markets.CLOSE_NS - 900 * SECOND;
    List<MarketInfo> markets = new ArrayList<>();
    markets.add(Markets.upDown("KXBTC15M-26AUG171330-30", "64000"));
    for (int k = 0; k < 5; k++) {
      String strike = (63_500 + 250 * k - 1) + ".99";
      markets.add(Markets.market("KXBTCD-26AUG1713-T" + strike, StrikeType.GREATER, new BigDecimal(strike), null,
          PriceGrid.LINEAR_CENT));
    }
    events.addAll(markets);
    double spot = 64_000;
    long seq = 1;
    for (long t = start; t < Markets.CLOSE_NS; t += SECOND / 4) {
      spot *= 1 + (random.nextDouble() - 0.5) * 2e-3; // a volatile walk, so that every kind of strategy has a go
      SourceId source = SourceId.of(List.of("coinbase", "kraken", "bitstamp").get(random.nextInt(3)));
      events.add(new SpotTick(BTC, source, BigDecimal.valueOf(spot).setScale(2, RoundingMode.HALF_EVEN),
          BigDecimal.ONE, t, t));
      MarketInfo market = markets.get(random.nextInt(markets.size()));
      if (t == start) {
        for (MarketInfo m : markets) {
          events.add(Markets.book(m, "0.45", "0.50", t));
        }
      }
      Side side = random.nextBoolean() ? Side.YES : Side.NO;
      long price = 10_000L * (30 + random.nextInt(40));
      events.add(new BookDelta(market.ticker(), 1, ++seq, side, Price.ofMicros(price), 100 + random.nextInt(900),
          null, t + 1, t + 1));
    }
    return events;
  }

  private static List<Signal> run(List<StrikeEvent> events) {
    SignalsSettings d = SignalsSettings.defaults();
    SignalEngine engine = new SignalsSettings(SignalsSettings.STRATEGIES, 1, d.spotIndex(), d.underlyings(),
        d.strategies()).newEngine(List.of(BTC));
    List<Signal> signals = new ArrayList<>();
    for (StrikeEvent event : events) {
      signals.addAll(engine.onEvent(event));
    }
    assertThat(engine.drainFaults()).isEmpty();
    return signals;
  }

  @Test
  void shouldGiveTheSameSignalsForTheSameEvents() {
    List<StrikeEvent> events = stream(42);
    List<Signal> first = run(events);
    List<Signal> second = run(events);
    assertThat(first).isNotEmpty();
    assertThat(second).isEqualTo(first);
    assertThat(first).allSatisfy(s -> {
      assertThat(s.limitPrice().micros()).isBetween(1L, 999_999L);
      assertThat(Double.isFinite(s.modelProbability())).isTrue();
    });
  }
}
