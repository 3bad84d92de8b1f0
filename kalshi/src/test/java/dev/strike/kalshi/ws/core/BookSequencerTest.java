package dev.strike.kalshi.ws.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BookSequencerTest {
  private static final MarketTicker A = MarketTicker.of("KX-A");
  private static final MarketTicker B = MarketTicker.of("KX-B");
  private static final long SID = 7;
  private static final long TS = 1_786_987_267_412_000_000L;

  private BookSequencer sequencer;
  private RecordingOutput out;

  @BeforeEach
  void setUp() {
    sequencer = new BookSequencer();
    out = new RecordingOutput();
  }

  private static BookSnapshot snapshot(MarketTicker market, long seq) {
    return new BookSnapshot(market, SID, seq, List.of(new BookLevel(Price.ofCents(43), Qty.ofContracts(120))),
        List.of(new BookLevel(Price.ofCents(50), Qty.ofContracts(40))), TS, TS);
  }

  private static BookDelta delta(MarketTicker market, long seq) {
    return new BookDelta(market, SID, seq, Side.YES, Price.ofCents(46), 2_500, null, TS, TS);
  }

  /** A and B live on SID, seq 1 and 2; the next seq is 3. */
  private void twoLiveMarkets() {
    sequencer.onSnapshot(snapshot(A, 1), out);
    sequencer.onSnapshot(snapshot(B, 2), out);
    out.clear();
  }

  @Test
  void shouldPublishSnapshotsAndDeltasWhenSeqIsContiguous() {
    BookSnapshot snapshot = snapshot(A, 1);
    BookDelta first = delta(A, 2);
    BookDelta second = delta(A, 3);
    sequencer.onSnapshot(snapshot, out);
    sequencer.onDelta(first, out);
    sequencer.onDelta(second, out);
    assertThat(out.published).containsExactly(snapshot, first, second);
    assertThat(out.requests).isEmpty();
    assertThat(out.dropped).isEmpty();
    assertThat(sequencer.expectedSeq(SID)).isEqualTo(4);
  }

  @Test
  void shouldGapEveryLiveMarketAndRequestTheirSnapshotsWhenSeqSkips() {
    twoLiveMarkets();
    BookDelta afterGap = delta(A, 5);
    sequencer.onDelta(afterGap, out);
    assertThat(out.gaps()).extracting(BookGap::ticker, BookGap::expectedSeq, BookGap::receivedSeq)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(A, 3L, 5L), org.assertj.core.groups.Tuple.tuple(B, 3L,
            5L));
    assertThat(out.gaps().get(0).reason()).isEqualTo("seq gap on sid 7: expected 3, received 5");
    assertThat(out.requests).containsExactly(new RecordingOutput.Request(SID, List.of(A, B)));
    assertThat(out.dropped).containsExactly(new RecordingOutput.Drop(afterGap, DropReason.OUT_OF_SEQUENCE));
    assertThat(sequencer.state(SID, A)).isEqualTo(MarketBookState.AWAITING_SNAPSHOT);
  }

  @Test
  void shouldQuarantineDeltasUntilTheMarketsNextSnapshotWhenAGapWasSeen() {
    twoLiveMarkets();
    sequencer.onDelta(delta(A, 4), out);
    out.clear();
    BookDelta quarantined = delta(A, 5);
    sequencer.onDelta(quarantined, out);
    assertThat(out.published).isEmpty();
    assertThat(out.requests).isEmpty(); // already asked
    assertThat(out.dropped).containsExactly(new RecordingOutput.Drop(quarantined, DropReason.AWAITING_SNAPSHOT));
  }

  @Test
  void shouldResumeAMarketOnlyFromItsNewSnapshotWhenItWasStale() {
    twoLiveMarkets();
    sequencer.onDelta(delta(A, 4), out);
    out.clear();
    BookSnapshot fresh = snapshot(A, 5);
    BookDelta afterSnapshot = delta(A, 6);
    BookDelta otherMarket = delta(B, 7);
    sequencer.onSnapshot(fresh, out);
    sequencer.onDelta(afterSnapshot, out);
    sequencer.onDelta(otherMarket, out);
    assertThat(out.published).containsExactly(fresh, afterSnapshot);
    assertThat(out.dropped).extracting(RecordingOutput.Drop::delta).containsExactly(otherMarket);
    assertThat(sequencer.state(SID, A)).isEqualTo(MarketBookState.LIVE);
    assertThat(sequencer.state(SID, B)).isEqualTo(MarketBookState.AWAITING_SNAPSHOT);
  }

  @Test
  void shouldGapAndRequestTheMarketWhenADeltaComesBeforeAnySnapshot() {
    sequencer.onSnapshot(snapshot(A, 1), out);
    out.clear();
    BookDelta early = delta(B, 2);
    sequencer.onDelta(early, out);
    assertThat(out.gaps()).singleElement().satisfies(gap -> {
      assertThat(gap.ticker()).isEqualTo(B);
      assertThat(gap.receivedSeq()).isEqualTo(2);
      assertThat(gap.reason()).isEqualTo("delta before any snapshot of the market");
    });
    assertThat(out.requests).containsExactly(new RecordingOutput.Request(SID, List.of(B)));
    assertThat(out.dropped).containsExactly(new RecordingOutput.Drop(early, DropReason.AWAITING_SNAPSHOT));
    assertThat(sequencer.state(SID, A)).isEqualTo(MarketBookState.LIVE);
  }

  @Test
  void shouldAskAgainForWaitingMarketsWhenAnotherGapMayHaveSwallowedTheirSnapshot() {
    twoLiveMarkets();
    sequencer.onDelta(delta(A, 4), out); // gap: A and B requested
    out.clear();
    sequencer.onDelta(delta(B, 9), out); // another gap: the requested snapshots may have been 5..8
    assertThat(out.gaps()).isEmpty(); // both already stale
    assertThat(out.requests).containsExactly(new RecordingOutput.Request(SID, List.of(A, B)));
  }

  @Test
  void shouldRefreshTheSnapshotsOwnMarketAndStaleTheOthersWhenASnapshotRevealsAGap() {
    twoLiveMarkets();
    BookSnapshot late = snapshot(A, 6);
    sequencer.onSnapshot(late, out);
    assertThat(out.published).hasSize(2);
    assertThat(out.gaps()).extracting(BookGap::ticker).containsExactly(B);
    assertThat(out.published.get(1)).isEqualTo(late);
    assertThat(out.requests).containsExactly(new RecordingOutput.Request(SID, List.of(B)));
    assertThat(sequencer.expectedSeq(SID)).isEqualTo(7);
  }

  @Test
  void shouldDropTheDeltaAndStaleLiveBooksWhenSeqGoesBackwards() {
    twoLiveMarkets();
    sequencer.onDelta(delta(A, 3), out);
    out.clear();
    BookDelta replayed = delta(A, 3);
    sequencer.onDelta(replayed, out);
    assertThat(out.dropped).containsExactly(new RecordingOutput.Drop(replayed, DropReason.OUT_OF_SEQUENCE));
    assertThat(out.gaps()).extracting(BookGap::ticker).containsExactly(A, B);
    assertThat(out.gaps().get(0).reason()).startsWith("seq went backwards on sid 7");
    assertThat(out.requests).containsExactly(new RecordingOutput.Request(SID, List.of(A, B)));
  }

  @Test
  void shouldTakeACommandSeqAsAnEchoWhenItRepeatsTheLastSeq() {
    twoLiveMarkets();
    sequencer.onCommandSeq(SID, 2, TS, out);
    BookDelta next = delta(A, 3);
    sequencer.onDelta(next, out);
    assertThat(out.published).containsExactly(next);
  }

  @Test
  void shouldTakeACommandSeqAsANumberOfItsOwnWhenItIsTheNextSeq() {
    twoLiveMarkets();
    sequencer.onCommandSeq(SID, 3, TS, out);
    BookDelta next = delta(A, 4);
    sequencer.onDelta(next, out);
    assertThat(out.published).containsExactly(next);
  }

  @Test
  void shouldGapLiveBooksWhenACommandSeqSkipsAhead() {
    twoLiveMarkets();
    sequencer.onCommandSeq(SID, 6, TS, out);
    assertThat(out.gaps()).extracting(BookGap::ticker).containsExactly(A, B);
    assertThat(sequencer.expectedSeq(SID)).isEqualTo(7);
  }

  @Test
  void shouldGapEveryLiveBookAndForgetSidsWhenTheConnectionIsLost() {
    twoLiveMarkets();
    sequencer.onDelta(delta(A, 4), out); // A and B now waiting
    sequencer.onSnapshot(snapshot(B, 5), out); // B live again
    out.clear();
    sequencer.onConnectionLost("connection lost: reset", TS, out);
    assertThat(out.gaps()).singleElement().satisfies(gap -> {
      assertThat(gap.ticker()).isEqualTo(B);
      assertThat(gap.expectedSeq()).isZero();
      assertThat(gap.reason()).isEqualTo("connection lost: reset");
    });
    assertThat(sequencer.expectedSeq(SID)).isEqualTo(-1);
    assertThat(sequencer.state(SID, B)).isNull();
  }

  @Test
  void shouldGapLiveBooksAndIgnoreLaterMessagesWhenTheSubscriptionEnds() {
    twoLiveMarkets();
    sequencer.onUnsubscribed(SID, "unsubscribed", TS, out);
    assertThat(out.gaps()).extracting(BookGap::ticker).containsExactly(A, B);
    out.clear();
    BookDelta late = delta(A, 3);
    sequencer.onDelta(late, out);
    sequencer.onSnapshot(snapshot(A, 4), out);
    assertThat(out.published).isEmpty();
    assertThat(out.requests).isEmpty();
    assertThat(out.dropped).containsExactly(new RecordingOutput.Drop(late, DropReason.SUBSCRIPTION_CLOSED));
  }

  @Test
  void shouldGapARemovedMarketAndDropItsDeltasWithoutAskingForIt() {
    twoLiveMarkets();
    sequencer.onMarketsRemoved(SID, List.of(B), "market removed from the subscription", TS, out);
    assertThat(out.gaps()).extracting(BookGap::ticker).containsExactly(B);
    out.clear();
    BookDelta inFlight = delta(B, 3);
    sequencer.onDelta(inFlight, out);
    assertThat(out.requests).isEmpty();
    assertThat(out.dropped).containsExactly(new RecordingOutput.Drop(inFlight, DropReason.MARKET_REMOVED));
    sequencer.onMarketsAdded(SID, List.of(B));
    BookSnapshot back = snapshot(B, 4);
    sequencer.onSnapshot(back, out);
    assertThat(out.published).containsExactly(back);
  }

  @Test
  void shouldStaleOnlyTheNamedMarketWhenAnOrderbookMessageIsUnreadable() {
    twoLiveMarkets();
    sequencer.onUnreadable(SID, 3, A, "price: \"1.5\" is above $1", TS, TS, out);
    assertThat(out.gaps()).singleElement().satisfies(gap -> {
      assertThat(gap.ticker()).isEqualTo(A);
      assertThat(gap.reason()).contains("unreadable orderbook message");
    });
    assertThat(out.requests).containsExactly(new RecordingOutput.Request(SID, List.of(A)));
    BookDelta next = delta(B, 4);
    sequencer.onDelta(next, out);
    assertThat(out.published).endsWith(next); // seq 3 was counted
  }

  @Test
  void shouldStaleEveryMarketOfTheSidWhenTheUnreadableMessageNamesNone() {
    twoLiveMarkets();
    sequencer.onUnreadable(SID, 3, null, "broken", TS, TS, out);
    assertThat(out.gaps()).extracting(BookGap::ticker).containsExactly(A, B);
    assertThat(out.requests).containsExactly(new RecordingOutput.Request(SID, List.of(A, B)));
  }

  @Test
  void shouldNotAskAgainAtOnceWhenTheRequestedSnapshotIsUnreadable() {
    twoLiveMarkets();
    sequencer.onDelta(delta(A, 4), out); // A, B requested
    out.clear();
    sequencer.onUnreadable(SID, 5, A, "broken snapshot", TS, TS, out);
    assertThat(out.requests).isEmpty(); // no request storm while the venue keeps sending what we cannot read
    sequencer.onDelta(delta(A, 6), out);
    assertThat(out.requests).containsExactly(new RecordingOutput.Request(SID, List.of(A))); // its next delta asks
  }

  @Test
  void shouldAskAgainOnTheNextDeltaWhenASnapshotRequestFailed() {
    twoLiveMarkets();
    sequencer.onDelta(delta(A, 4), out);
    sequencer.onSnapshotRequestFailed(SID, List.of(A, B), null);
    out.clear();
    sequencer.onDelta(delta(A, 5), out);
    assertThat(out.requests).containsExactly(new RecordingOutput.Request(SID, List.of(A)));
  }

  @Test
  void shouldTakeOffAMarketTheVenueNoLongerKnowsWhenItsSnapshotRequestFails() {
    twoLiveMarkets();
    sequencer.onDelta(delta(A, 4), out);
    sequencer.onSnapshotRequestFailed(SID, List.of(A, B), A);
    assertThat(sequencer.state(SID, A)).isEqualTo(MarketBookState.REMOVED);
    assertThat(sequencer.state(SID, B)).isEqualTo(MarketBookState.AWAITING_SNAPSHOT);
  }

  @Test
  void shouldKeepSidsApartWhenTwoSubscriptionsCount() {
    sequencer.onSnapshot(snapshot(A, 1), out);
    BookSnapshot other = new BookSnapshot(B, SID + 1, 1, List.of(), List.of(), TS, TS);
    sequencer.onSnapshot(other, out);
    assertThat(out.gaps()).isEmpty();
    assertThat(sequencer.expectedSeq(SID)).isEqualTo(2);
    assertThat(sequencer.expectedSeq(SID + 1)).isEqualTo(2);
  }
}
