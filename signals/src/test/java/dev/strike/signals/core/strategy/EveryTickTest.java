package dev.strike.signals.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.signals.SignalsSettings;
import dev.strike.signals.core.Markets;
import dev.strike.signals.core.SignalEngine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EveryTickTest {
  private static final Asset BTC = Asset.of("BTC");
  private static final MarketInfo MARKET = Markets.upDown("KXBTC15M-26AUG171330-30", "64000");

  private static SignalEngine engine(List<StrategyId> enabled) {
    SignalsSettings defaults = SignalsSettings.defaults();
    return new SignalsSettings(enabled, 1, defaults.spotIndex(), defaults.underlyings(), defaults.strategies())
        .newEngine(List.of(BTC));
  }

  private static List<Signal> feed(SignalEngine engine) {
    long t = Markets.OPEN_NS + 60_000_000_000L;
    engine.onEvent(MARKET);
    engine.onEvent(Markets.book(MARKET, "0.40", "0.40", t));
    List<Signal> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      t += 1_000_000;
      out.addAll(engine.onEvent(new SpotTick(BTC, SourceId.of("coinbase"), new BigDecimal(i % 2 == 0 ? "64000.00"
          : "64000.01"), BigDecimal.ONE, t, t)));
      t += 1_000_000;
      out.addAll(engine.onEvent(new BookDelta(MARKET.ticker(), 1, 2 + i, Side.YES, Price.parse("0.30"),
          i % 2 == 0 ? 100 : -100, null, t, t)));
    }
    return out;
  }

  @Test
  void shouldSignalOnEveryTickAndBookDeltaWhenEnabled() {
    List<Signal> signals = feed(engine(List.of(SignalsSettings.BENCH)));

    assertThat(signals).hasSize(8).allSatisfy(s -> {
      assertThat(s.strategy()).isEqualTo(EveryTick.ID);
      assertThat(s.side()).isEqualTo(Side.YES);
      assertThat(s.action()).isEqualTo(Action.BUY);
      assertThat(s.limitPrice()).isEqualTo(Price.parse("0.40")); // the bid: never crosses the 0.60 ask
      assertThat(s.edgeAfterFees().isPositive()).isTrue();
    });
    assertThat(signals.stream().map(Signal::signalId).distinct()).hasSize(8);
  }

  @Test
  void shouldStayQuietWhenTheDefaultsAreUsed() {
    SignalEngine engine = SignalsSettings.defaults().newEngine(List.of(BTC));

    assertThat(engine.isEnabled(SignalsSettings.BENCH)).isFalse();
    assertThat(feed(engine)).noneMatch(s -> s.strategy().equals(EveryTick.ID));
  }
}
