package dev.strike.ingest.spot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FeedStateTest {
  private static final Asset BTC = Asset.of("BTC");
  private static final Asset ETH = Asset.of("ETH");
  private static final SourceId KRAKEN = SourceId.of("kraken");
  private static final long S = 1_000_000_000L;
  private static final long T0 = 1_700_000_000L * S;
  private static final long STALE_AFTER = 10 * S;

  private static TradePrint print(Asset asset, long id, String price, long tsEvent) {
    return new TradePrint(asset, new BigDecimal(price), new BigDecimal("0.5"), tsEvent, OptionalLong.of(id));
  }

  private static FeedState live() {
    return FeedState.start(KRAKEN, List.of(BTC, ETH), T0).onConnected(T0 + S).onSubscribed(List.of(BTC, ETH));
  }

  @Test
  void shouldBeDownUntilTheFirstConnection() {
    FeedAssessment assessment = FeedState.start(KRAKEN, List.of(BTC), T0).assess(T0 + S, STALE_AFTER);

    assertThat(assessment.condition()).isEqualTo(FeedCondition.DOWN);
    assertThat(assessment.summary()).isEqualTo("not connected yet");
  }

  @Test
  void shouldStayDownAndSayWhyWhenTheFirstAttemptsFail() {
    FeedState state = FeedState.start(KRAKEN, List.of(BTC), T0).onDisconnected("Connection refused", true);

    assertThat(state.phase()).isEqualTo(FeedPhase.NOT_CONNECTED);
    assertThat(state.consecutiveFailures()).isEqualTo(1);
    assertThat(state.assess(T0, STALE_AFTER).summary()).isEqualTo("not connected yet: Connection refused");
  }

  @Test
  void shouldTurnEachPrintIntoATickStampedWithTheReceiveTime() {
    FeedStep step = live().onTrades(List.of(print(BTC, 1, "65000.10", T0 + 2 * S)), T0 + 3 * S);

    assertThat(step.ticks()).containsExactly(new SpotTick(BTC, KRAKEN, new BigDecimal("65000.10"),
        new BigDecimal("0.5"), T0 + 2 * S, T0 + 3 * S));
  }

  @Test
  void shouldBeUpWhenConnectedAndEveryAssetTradedRecently() {
    FeedState state = live().onTrades(List.of(print(BTC, 1, "1", T0 + 2 * S), print(ETH, 1, "1", T0 + 2 * S)),
        T0 + 2 * S).state();

    FeedAssessment assessment = state.assess(T0 + 5 * S, STALE_AFTER);

    assertThat(assessment.condition()).isEqualTo(FeedCondition.UP);
    assertThat(assessment.summary()).isEqualTo("live");
    assertThat(assessment.assets()).extracting(AssetView::tickAgeNs).containsExactly(3 * S, 3 * S);
  }

  @Test
  void shouldFlagAnAssetStaleWhenItsLastTradeIsOlderThanTheCutoff() {
    FeedState state = live().onTrades(List.of(print(BTC, 1, "1", T0 + 2 * S), print(ETH, 1, "1", T0 + 20 * S)),
        T0 + 20 * S).state();

    FeedAssessment assessment = state.assess(T0 + 22 * S + 500_000_000L, STALE_AFTER);

    assertThat(assessment.condition()).isEqualTo(FeedCondition.DEGRADED);
    assertThat(assessment.summary()).isEqualTo("stale: BTC 20.5 s");
    assertThat(assessment.assets().get(0).stale()).isTrue();
    assertThat(assessment.assets().get(1).stale()).isFalse();
  }

  @Test
  void shouldMeasureStalenessFromTheExchangeTimeNotTheArrivalTime() {
    FeedState state = live().onTrades(List.of(print(BTC, 1, "1", T0 - 60 * S)), T0 + 2 * S).state();

    AssetView btc = state.assess(T0 + 2 * S, STALE_AFTER).assets().get(0);

    assertThat(btc.stale()).isTrue();
    assertThat(btc.tickAgeNs()).isEqualTo(62 * S);
  }

  @Test
  void shouldCountTheGraceFromTheStartWhenAnAssetNeverTraded() {
    FeedState state = live();

    assertThat(state.assess(T0 + 10 * S, STALE_AFTER).condition()).isEqualTo(FeedCondition.UP);
    assertThat(state.assess(T0 + 11 * S, STALE_AFTER).summary()).isEqualTo("stale: BTC no trade yet, ETH no trade yet");
  }

  @Test
  void shouldNotReportANegativeAgeWhenTheExchangeClockIsAhead() {
    FeedState state = live().onTrades(List.of(print(BTC, 1, "1", T0 + 5 * S)), T0 + 4 * S).state();

    assertThat(state.assess(T0 + 4 * S, STALE_AFTER).assets().get(0).tickAgeNs()).isZero();
  }

  @Test
  void shouldDropPrintsWhoseTradeIdWasAlreadyPublished() {
    FeedState state = live().onTrades(List.of(print(BTC, 10, "1", T0), print(BTC, 11, "2", T0 + S)), T0 + S).state();

    FeedStep replay = state.onTrades(List.of(print(BTC, 11, "2", T0 + S), print(BTC, 12, "3", T0 + 2 * S)),
        T0 + 3 * S);

    assertThat(replay.duplicates()).isEqualTo(1);
    assertThat(replay.ticks()).extracting(SpotTick::price).containsExactly(new BigDecimal("3"));
    assertThat(replay.state().assets().get(BTC).lastTradeId()).hasValue(12);
  }

  @Test
  void shouldTakeASnapshotInTradeIdOrderWhenItArrivesNewestFirst() {
    FeedStep step = live().onTrades(List.of(print(ETH, 9002, "2", T0 + S), print(ETH, 9001, "1", T0)), T0 + 2 * S);

    assertThat(step.ticks()).extracting(SpotTick::price).containsExactly(new BigDecimal("1"), new BigDecimal("2"));
    assertThat(step.state().assets().get(ETH).lastPrice()).isEqualTo(new BigDecimal("2"));
  }

  @Test
  void shouldKeepTheLatestPriceAndFreshnessWhenAnOlderPrintFillsAGap() {
    FeedState state = live().onTrades(List.of(print(BTC, 5, "100", T0 + 5 * S)), T0 + 5 * S).state();
    FeedState gapFilled = state.onTrades(List.of(new TradePrint(BTC, new BigDecimal("99"), BigDecimal.ONE,
        T0 + 4 * S, OptionalLong.empty())), T0 + 6 * S).state();

    assertThat(gapFilled.assets().get(BTC).lastPrice()).isEqualTo(new BigDecimal("100"));
    assertThat(gapFilled.assets().get(BTC).lastTickEventNs()).isEqualTo(T0 + 5 * S);
  }

  @Test
  void shouldBeDegradedWhileReconnectingAndPendingAgainAfterwards() {
    FeedState state = live().onDisconnected("the exchange closed the connection (1001 going away)", true);

    FeedAssessment assessment = state.assess(T0 + 2 * S, STALE_AFTER);

    assertThat(state.phase()).isEqualTo(FeedPhase.RECONNECTING);
    assertThat(assessment.condition()).isEqualTo(FeedCondition.DEGRADED);
    assertThat(assessment.summary()).isEqualTo("reconnecting: the exchange closed the connection (1001 going away)");
    assertThat(state.assets().values()).allMatch(a -> a.subscription() == Subscription.PENDING);
  }

  @Test
  void shouldResetTheFailureCountWhenAConnectionProvesUseful() {
    FeedState failing = live().onDisconnected("reset", true).onDisconnected("refused", true);

    assertThat(failing.consecutiveFailures()).isEqualTo(2);
    assertThat(failing.onConnected(T0).consecutiveFailures()).isEqualTo(2);
    assertThat(failing.onConnected(T0).onSubscribed(List.of(BTC)).consecutiveFailures()).isZero();
    assertThat(failing.onConnected(T0).onTrades(List.of(print(BTC, 1, "1", T0)), T0).state().consecutiveFailures())
        .isZero();
  }

  @Test
  void shouldNotCountAReconnectTheExchangeAskedForAsAFailure() {
    assertThat(live().onDisconnected("bts:request_reconnect", false).consecutiveFailures()).isZero();
  }

  @Test
  void shouldBeDegradedWhenASubscriptionIsRefused() {
    FeedState state = live().onTrades(List.of(print(BTC, 1, "1", T0 + S)), T0 + S).state()
        .onRejected(ETH, "Currency pair not supported ETH/USD");

    FeedAssessment assessment = state.assess(T0 + 2 * S, STALE_AFTER);

    assertThat(assessment.condition()).isEqualTo(FeedCondition.DEGRADED);
    assertThat(assessment.summary()).isEqualTo("subscription refused: ETH");
    assertThat(assessment.lastProblem()).isEqualTo("subscription for ETH refused: Currency pair not supported ETH/USD");
  }

  @Test
  void shouldBeDownAfterGivingUpOrStopping() {
    FeedState failed = FeedState.start(KRAKEN, List.of(BTC), T0).onDisconnected("refused", true).onGaveUp();

    assertThat(failed.assess(T0, STALE_AFTER).condition()).isEqualTo(FeedCondition.DOWN);
    assertThat(failed.assess(T0, STALE_AFTER).summary()).isEqualTo("gave up after 1 consecutive failures: refused");
    assertThat(live().onStopped().assess(T0, STALE_AFTER).summary()).isEqualTo("stopped");
  }

  @Test
  void shouldMeasureTheMessageAgeFromTheLastFrameOfAnyKind() {
    FeedState state = live().onFrame(T0 + 4 * S);

    assertThat(state.assess(T0 + 7 * S, STALE_AFTER).messageAgeNs()).isEqualTo(3 * S);
    assertThat(live().assess(T0 + 7 * S, STALE_AFTER).messageAgeNs()).isEqualTo(7 * S);
  }
}
