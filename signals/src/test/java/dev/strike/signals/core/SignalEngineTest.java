package dev.strike.signals.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.Venue;
import dev.strike.common.id.Asset;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.SourceId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.signals.core.spot.SpotIndexParams;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SignalEngineTest {
  private static final long T0 = Markets.OPEN_NS + 60_000_000_000L;
  private final MarketInfo info = Markets.upDown("KXBTC15M-26AUG171330-30", "63485.16");
  private final Recorder recorder = new Recorder(StrategyId.of("recorder"));
  private final SignalEngine engine = new SignalEngine(List.of(recorder), Set.of(),
      new UnderlyingResolver(List.of(Asset.of("BTC")), Map.of()), SpotIndexParams.defaults());

  /** Records what it sees and the market's book at that moment; signals a buy of YES at the ask on every book event. */
  private static final class Recorder implements Strategy {
    final StrategyId id;
    final List<String> seen = new ArrayList<>();
    boolean fail;

    Recorder(StrategyId id) {
      this.id = id;
    }

    @Override
    public StrategyId id() {
      return id;
    }

    @Override
    public List<Signal> onEvent(StrategyContext ctx, StrikeEvent event) {
      if (fail) {
        throw new IllegalStateException("boom");
      }
      seen.add(event.getClass().getSimpleName());
      if (event instanceof dev.strike.common.event.BookEvent book) {
        MarketState market = ctx.market(book.ticker());
        long ask = market.bestAskMicros(Side.YES);
        if (ask > 0) {
          return SignalFactory.listOf(ctx.signals().signal(id, market, SignalKind.ENTRY, Side.YES, Action.BUY, 0.9,
              ask, ask, false, 1, 1_000, "test", new TreeMap<>()));
        }
      }
      return List.of();
    }
  }

  @Test
  void shouldIgnoreBookEventsOfUnknownMarkets() {
    assertThat(engine.onEvent(Markets.book(info, "0.45", "0.53", T0))).isEmpty();
    assertThat(engine.unknownMarketEvents()).isEqualTo(1);
    assertThat(recorder.seen).isEmpty();
  }

  @Test
  void shouldUseTheBookThatCameBeforeTheMarketInfoWhenTheMetadataArrives() {
    engine.onEvent(Markets.book(info, "0.45", "0.53", T0));
    engine.onEvent(new BookDelta(info.ticker(), 1, 2, Side.NO, Price.parse("0.54"), 5_000, null, T0 + 1, T0 + 2));

    engine.onEvent(info);

    // the held snapshot and the delta after it were applied in order: the best NO bid is 0.54, so the YES ask 0.46
    MarketState market = engine.market(info.ticker());
    assertThat(market.bookUsable()).isTrue();
    assertThat(market.bestAskMicros(Side.YES)).isEqualTo(460_000);
    assertThat(market.bestBidMicros(Side.YES)).isEqualTo(450_000);
    assertThat(engine.unknownMarketEvents()).isEqualTo(2);
  }

  @Test
  void shouldNotUseAHeldBookWhenAGapCameBeforeTheMarketInfo() {
    engine.onEvent(Markets.book(info, "0.45", "0.53", T0));
    engine.onEvent(new BookGap(info.ticker(), 1, 3, 7, "seq gap", T0 + 1, T0 + 2));

    engine.onEvent(info);

    assertThat(engine.market(info.ticker()).bookUsable()).isFalse();
  }

  @Test
  void shouldKeepTheBookFromSnapshotAndDeltas() {
    engine.onEvent(info);
    engine.onEvent(Markets.book(info, "0.45", "0.53", T0));
    List<Signal> signals = engine.onEvent(new BookDelta(info.ticker(), 1, 2, Side.NO, Price.parse("0.54"), 5_000,
        null, T0 + 1, T0 + 2));
    // the best NO bid rose to 0.54, so the YES ask is 0.46
    assertThat(engine.market(info.ticker()).bestAskMicros(Side.YES)).isEqualTo(460_000);
    assertThat(signals).singleElement().satisfies(s -> assertThat(s.limitPrice()).isEqualTo(Price.parse("0.46")));
    assertThat(recorder.seen).containsExactly("MarketInfo", "BookSnapshot", "BookDelta");
  }

  @Test
  void shouldStopUsingTheBookAfterAGapUntilTheNextSnapshot() {
    engine.onEvent(info);
    engine.onEvent(Markets.book(info, "0.45", "0.53", T0));
    engine.onEvent(new BookGap(info.ticker(), 1, 3, 5, "gap", T0 + 1, T0 + 2));
    assertThat(engine.market(info.ticker()).bookUsable()).isFalse();
    assertThat(engine.onEvent(new BookDelta(info.ticker(), 1, 6, Side.NO, Price.parse("0.54"), 5_000, null, T0 + 2,
        T0 + 3))).isEmpty();
    engine.onEvent(Markets.book(info, "0.44", "0.52", T0 + 3));
    assertThat(engine.market(info.ticker()).bookUsable()).isTrue();
    assertThat(engine.market(info.ticker()).bestAskMicros(Side.YES)).isEqualTo(480_000);
  }

  @Test
  void shouldWaitForASnapshotWhenADeltaWouldLeaveANegativeSize() {
    engine.onEvent(info);
    engine.onEvent(Markets.book(info, "0.45", "0.53", T0));
    engine.onEvent(new BookDelta(info.ticker(), 1, 2, Side.YES, Price.parse("0.45"), -20_000, null, T0 + 1, T0 + 2));
    assertThat(engine.bookResyncs()).isEqualTo(1);
    assertThat(engine.market(info.ticker()).bookUsable()).isFalse();
  }

  @Test
  void shouldFoldOurFillsIntoTheNetYesPosition() {
    engine.onEvent(info);
    engine.onEvent(fill(Side.YES, Action.BUY, 1_000, "t1"));
    engine.onEvent(fill(Side.NO, Action.BUY, 300, "t2"));
    engine.onEvent(fill(Side.YES, Action.SELL, 200, "t3"));
    assertThat(engine.netYesHundredths(info.ticker())).isEqualTo(1_000 - 300 - 200);
  }

  @Test
  void shouldSwitchStrategiesThroughControlCommands() {
    engine.onEvent(info);
    engine.onEvent(new ControlCommand.SetStrategyEnabled(CommandId.of("c1"), "operator", recorder.id(), false, T0,
        T0));
    assertThat(engine.isEnabled(recorder.id())).isFalse();
    assertThat(engine.onEvent(Markets.book(info, "0.45", "0.53", T0 + 1))).isEmpty();
    engine.onEvent(new ControlCommand.SetStrategyEnabled(CommandId.of("c2"), "operator", recorder.id(), true,
        T0 + 2, T0 + 2));
    assertThat(engine.onEvent(Markets.book(info, "0.45", "0.53", T0 + 3))).hasSize(1);
  }

  @Test
  void shouldDisableAStrategyThatThrowsAndReportIt() {
    engine.onEvent(info);
    recorder.fail = true;
    assertThat(engine.onEvent(Markets.book(info, "0.45", "0.53", T0))).isEmpty();
    assertThat(engine.isEnabled(recorder.id())).isFalse();
    assertThat(engine.drainFaults()).singleElement().asString().contains("recorder").contains("boom");
    assertThat(engine.drainFaults()).isEmpty();
  }

  @Test
  void shouldForgetAMarketOnceItHasAnOutcome() {
    engine.onEvent(info);
    assertThat(engine.marketsOn(Asset.of("BTC"))).hasSize(1);
    engine.onEvent(new MarketInfo(info.ticker(), info.eventTicker(), info.seriesTicker(), info.title(),
        info.yesSubTitle(), MarketStatus.DETERMINED, info.strikeType(), info.floorStrike(), null, info.openTimeNs(),
        info.closeTimeNs(), info.expectedExpirationNs(), info.priceGrid(), info.feeType(), info.feeMultiplier(),
        MarketResult.YES, Price.ONE, new BigDecimal("63500"), 0, Markets.CLOSE_NS + 1, Markets.CLOSE_NS + 1));
    assertThat(engine.market(info.ticker())).isNull();
    assertThat(engine.marketsOn(Asset.of("BTC"))).isEmpty();
    assertThat(engine.marketsOfEvent(info.eventTicker())).isEmpty();
  }

  @Test
  void shouldTrackSpotPerAssetAndTakeTimeFromEvents() {
    engine.onEvent(new SpotTick(Asset.of("BTC"), SourceId.of("coinbase"), new BigDecimal("63500.5"), BigDecimal.ONE,
        T0, T0 + 5));
    assertThat(engine.spot(Asset.of("BTC")).index()).isEqualTo(63500.5);
    assertThat(engine.nowNs()).isEqualTo(T0);
    assertThat(engine.spot(Asset.of("ETH"))).isNull();
  }

  @Test
  void shouldNotTakeMarketTimeFromControlCommands() {
    engine.onEvent(new ControlCommand.SetStrategyEnabled(CommandId.of("c1"), "operator", recorder.id(), true,
        T0 + 3_600_000_000_000L, T0 + 3_600_000_000_000L));
    engine.onEvent(info);
    assertThat(engine.nowNs()).isEqualTo(info.tsEvent());
  }

  private Fill fill(Side side, Action action, long hundredths, String trade) {
    IntentId intent = IntentId.derive(SignalId.of("s"), trade);
    return new Fill(TradeId.of(trade), ClientOrderId.forIntent(intent), null, intent, StrategyId.of("x"),
        info.ticker(), Venue.PAPER, side, action, Price.parse("0.50"), Qty.ofHundredths(hundredths), Money.ZERO,
        Liquidity.TAKER, T0, T0);
  }
}
