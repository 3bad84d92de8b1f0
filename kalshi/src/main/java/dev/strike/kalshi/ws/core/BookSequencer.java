package dev.strike.kalshi.ws.core;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.id.MarketTicker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Decides which order-book messages of one WebSocket connection may reach consumers (kalshi-api.md §8.4).
 *
 * <p>Kalshi numbers the messages of each subscription ({@code sid}) with one counter, {@code seq}, that grows by
 * exactly one per message across all the subscription's markets; snapshots and deltas share it. This class tracks
 * it per sid and keeps, per market, whether its book is {@link MarketBookState#LIVE}. The rules:
 *
 * <ul>
 *   <li>In order ({@code seq} is the next one, or the first seen on the sid): a snapshot makes its market live and
 *       is published; a delta of a live market is published; a delta of a market without a snapshot is a defect:
 *       the market gets a {@link BookGap} and a snapshot request, the delta is dropped.
 *   <li>A gap ({@code seq} above the next one): any market of the sid may have missed messages, so every live
 *       market gets a {@code BookGap} (with the expected and received seq) and becomes
 *       {@link MarketBookState#AWAITING_SNAPSHOT}; snapshots are requested for every market of the sid that waits
 *       for one (including those already waiting: their requested snapshot may be the message that was lost). A
 *       snapshot that arrives with a gap still refreshes its own market.
 *   <li>A step backwards ({@code seq} below the next one; never seen on Kalshi, a broken counter): a delta is dropped
 *       and every live market is marked stale and re-requested; a snapshot is the latest state of its market on an
 *       ordered stream, so it is published and re-anchors the counter, the other live markets become stale.
 *   <li>A market that waits for a snapshot drops its deltas ({@link DropReason#AWAITING_SNAPSHOT}) and resumes only
 *       from the next snapshot of that market; since the counter grows, no delta older than that snapshot can follow
 *       it in order.
 * </ul>
 *
 * Outputs go to a {@link SequencerOutput} during each call. Deterministic: the same calls give the same outputs,
 * markets in ticker order. Not thread-safe: one connection's messages are handled on one thread at a time (the
 * shell serializes them). A new connection starts with {@link #onConnectionLost} or a new instance: sids are per
 * connection.
 */
public final class BookSequencer {
  private final Map<Long, SidState> sids = new HashMap<>();
  private final Set<Long> closedSids = new HashSet<>();

  private static final class SidState {
    final long id;
    /** The seq the next message must carry; -1 until the first message of the sid. */
    long nextSeq = -1;
    final Map<MarketTicker, MarketState> markets = new HashMap<>();

    SidState(long id) {
      this.id = id;
    }
  }

  private static final class MarketState {
    MarketBookState state;
    /** A get_snapshot for this market was sent and has neither been answered by a snapshot nor failed. */
    boolean requestOutstanding;

    MarketState(MarketBookState state) {
      this.state = state;
    }
  }

  private enum Order { IN_ORDER, GAP, BACKWARDS }

  /** An {@code orderbook_snapshot}: the whole book of one market at {@code snapshot.seq()}. */
  public void onSnapshot(BookSnapshot snapshot, SequencerOutput out) {
    long sidId = snapshot.sid();
    if (closedSids.contains(sidId)) {
      return; // the subscription was ended; a late snapshot of it means nothing any more
    }
    SidState sid = sid(sidId);
    long seq = snapshot.seq();
    MarketTicker ticker = snapshot.ticker();
    Order order = order(sid, seq);
    if (order != Order.IN_ORDER) {
      TreeSet<MarketTicker> request = new TreeSet<>();
      String reason = outOfOrderReason(order, sidId, sid.nextSeq, seq);
      for (MarketTicker other : sortedMarkets(sid)) {
        if (!other.equals(ticker)) {
          stale(sid, other, sid.nextSeq, seq, reason, order == Order.GAP, snapshot.tsEvent(), snapshot.tsInit(), out,
              request);
        }
      }
      sendRequests(sidId, sid, request, out);
    }
    sid.nextSeq = seq + 1;
    MarketState market = sid.markets.get(ticker);
    if (market == null) {
      sid.markets.put(ticker, new MarketState(MarketBookState.LIVE));
    } else {
      market.state = MarketBookState.LIVE;
      market.requestOutstanding = false;
    }
    out.publish(snapshot);
  }

  /** An {@code orderbook_delta}: a change of one level of one market at {@code delta.seq()}. */
  public void onDelta(BookDelta delta, SequencerOutput out) {
    long sidId = delta.sid();
    if (closedSids.contains(sidId)) {
      out.dropped(delta, DropReason.SUBSCRIPTION_CLOSED);
      return;
    }
    SidState sid = sid(sidId);
    long seq = delta.seq();
    MarketTicker ticker = delta.ticker();
    Order order = order(sid, seq);
    if (order == Order.IN_ORDER) {
      sid.nextSeq = seq + 1;
      MarketState market = sid.markets.get(ticker);
      if (market != null && market.state == MarketBookState.LIVE) {
        out.publish(delta);
        return;
      }
      if (market != null && market.state == MarketBookState.REMOVED) {
        out.dropped(delta, DropReason.MARKET_REMOVED);
        return;
      }
      TreeSet<MarketTicker> request = new TreeSet<>();
      stale(sid, ticker, 0, seq, "delta before any snapshot of the market", false, delta.tsEvent(), delta.tsInit(),
          out, request);
      sendRequests(sidId, sid, request, out);
      out.dropped(delta, DropReason.AWAITING_SNAPSHOT);
      return;
    }
    TreeSet<MarketTicker> request = new TreeSet<>();
    String reason = outOfOrderReason(order, sidId, sid.nextSeq, seq);
    for (MarketTicker market : sortedMarkets(sid)) {
      stale(sid, market, sid.nextSeq, seq, reason, order == Order.GAP, delta.tsEvent(), delta.tsInit(), out, request);
    }
    if (!sid.markets.containsKey(ticker)) {
      stale(sid, ticker, sid.nextSeq, seq, reason, true, delta.tsEvent(), delta.tsInit(), out, request);
    }
    sendRequests(sidId, sid, request, out);
    sid.nextSeq = seq + 1;
    out.dropped(delta, DropReason.OUT_OF_SEQUENCE);
  }

  /**
   * An order-book message whose envelope was read but whose content was not (it is dead-lettered by the shell). Its
   * seq still counts; the market it was about, or every market of the sid when that is unknown, must be refreshed.
   *
   * @param seq the message's seq, or -1 when it had none
   * @param market the market, when it could be read
   * @param why the decode error, for the gap's reason
   */
  public void onUnreadable(long sidId, long seq, @Nullable MarketTicker market, String why, long tsEvent,
      long tsInit, SequencerOutput out) {
    if (closedSids.contains(sidId)) {
      return;
    }
    SidState sid = sid(sidId);
    TreeSet<MarketTicker> request = new TreeSet<>();
    Order order = seq < 0 ? Order.IN_ORDER : order(sid, seq);
    if (order != Order.IN_ORDER) {
      String reason = outOfOrderReason(order, sidId, sid.nextSeq, seq);
      for (MarketTicker other : sortedMarkets(sid)) {
        stale(sid, other, sid.nextSeq, seq, reason, order == Order.GAP, tsEvent, tsInit, out, request);
      }
    }
    String reason = "unreadable orderbook message: " + why;
    if (market != null) {
      unreadable(sid, market, Math.max(seq, 0), reason, tsEvent, tsInit, out, request);
    } else {
      for (MarketTicker other : sortedMarkets(sid)) {
        unreadable(sid, other, Math.max(seq, 0), reason, tsEvent, tsInit, out, request);
      }
    }
    if (seq >= 0) {
      sid.nextSeq = seq + 1;
    }
    sendRequests(sidId, sid, request, out);
  }

  /**
   * A market that an unreadable message may have been about. A live or unknown market becomes stale and is
   * requested. A market already waiting is not asked again now, because the unreadable message may have been the
   * answer to its request, and asking at once would loop as fast as the venue answers when it keeps sending
   * something this client cannot read; its request is marked answered, so its next delta asks again.
   */
  private static void unreadable(SidState sid, MarketTicker ticker, long received, String reason, long tsEvent,
      long tsInit, SequencerOutput out, Set<MarketTicker> request) {
    MarketState market = sid.markets.get(ticker);
    if (market != null && market.state == MarketBookState.AWAITING_SNAPSHOT) {
      market.requestOutstanding = false;
      return;
    }
    stale(sid, ticker, 0, received, reason, false, tsEvent, tsInit, out, request);
  }

  /**
   * A command response that carries the sid's {@code seq} ({@code ok} to {@code update_subscription}). Kalshi does
   * not say whether such a response takes a number of the counter (kalshi-api.md §11.7), so both readings are
   * accepted: the last seq seen (an echo) or the next one (it took a number). A seq beyond that is a gap.
   */
  public void onCommandSeq(long sidId, long seq, long tsInit, SequencerOutput out) {
    SidState sid = sids.get(sidId);
    if (sid == null || sid.nextSeq < 0 || closedSids.contains(sidId)) {
      return;
    }
    long next = sid.nextSeq;
    if (seq == next) {
      sid.nextSeq = next + 1;
    } else if (seq > next) {
      TreeSet<MarketTicker> request = new TreeSet<>();
      String reason = outOfOrderReason(Order.GAP, sidId, next, seq);
      for (MarketTicker market : sortedMarkets(sid)) {
        stale(sid, market, next, seq, reason, true, tsInit, tsInit, out, request);
      }
      sid.nextSeq = seq + 1;
      sendRequests(sidId, sid, request, out);
    }
    // seq < next: an echo of the last seq (or older); nothing to learn
  }

  /** Markets were taken off subscription {@code sidId} ({@code delete_markets} acknowledged): live ones get a gap. */
  public void onMarketsRemoved(long sidId, Collection<MarketTicker> markets, String reason, long tsInit,
      SequencerOutput out) {
    if (closedSids.contains(sidId)) {
      return;
    }
    SidState sid = sid(sidId);
    for (MarketTicker ticker : new TreeSet<>(markets)) {
      MarketState market = sid.markets.get(ticker);
      if (market == null) {
        sid.markets.put(ticker, new MarketState(MarketBookState.REMOVED));
        continue;
      }
      if (market.state == MarketBookState.LIVE) {
        out.publish(new BookGap(ticker, sidId, 0, 0, reason, tsInit, tsInit));
      }
      market.state = MarketBookState.REMOVED;
      market.requestOutstanding = false;
    }
  }

  /** Markets were put (back) on subscription {@code sidId}: they start over, waiting for their snapshot. */
  public void onMarketsAdded(long sidId, Collection<MarketTicker> markets) {
    SidState sid = sids.get(sidId);
    if (sid == null) {
      return;
    }
    for (MarketTicker ticker : markets) {
      MarketState market = sid.markets.get(ticker);
      if (market != null && market.state == MarketBookState.REMOVED) {
        sid.markets.remove(ticker);
      }
    }
  }

  /** Subscription {@code sidId} ended: its live markets get a gap and its later messages are ignored. */
  public void onUnsubscribed(long sidId, String reason, long tsInit, SequencerOutput out) {
    SidState sid = sids.remove(sidId);
    closedSids.add(sidId);
    if (sid != null) {
      gapLive(sidId, sid, reason, tsInit, out);
    }
  }

  /** The connection is gone: every live market gets a gap; sids of the next connection start afresh. */
  public void onConnectionLost(String reason, long tsInit, SequencerOutput out) {
    for (Map.Entry<Long, SidState> entry : new TreeMap<>(sids).entrySet()) {
      gapLive(entry.getKey(), entry.getValue(), reason, tsInit, out);
    }
    sids.clear();
    closedSids.clear();
  }

  /**
   * A {@code get_snapshot} request failed. The markets keep waiting and are asked for again on their next delta (or
   * the next gap); a market the venue does not know ({@code gone}) is taken off.
   */
  public void onSnapshotRequestFailed(long sidId, Collection<MarketTicker> markets, @Nullable MarketTicker gone) {
    SidState sid = sids.get(sidId);
    if (sid == null) {
      return;
    }
    for (MarketTicker ticker : markets) {
      MarketState market = sid.markets.get(ticker);
      if (market != null) {
        market.requestOutstanding = false;
        if (ticker.equals(gone)) {
          market.state = MarketBookState.REMOVED;
        }
      }
    }
  }

  /** The state of {@code market} on {@code sidId}, or null when no message of it was seen. */
  public @Nullable MarketBookState state(long sidId, MarketTicker market) {
    SidState sid = sids.get(sidId);
    MarketState state = sid == null ? null : sid.markets.get(market);
    return state == null ? null : state.state;
  }

  /** The seq the next message of {@code sidId} must carry, or -1 when none was seen. */
  public long expectedSeq(long sidId) {
    SidState sid = sids.get(sidId);
    return sid == null ? -1 : sid.nextSeq;
  }

  private SidState sid(long sidId) {
    SidState sid = sids.get(sidId);
    if (sid == null) {
      sid = new SidState(sidId);
      sids.put(sidId, sid);
    }
    return sid;
  }

  private static Order order(SidState sid, long seq) {
    if (sid.nextSeq < 0 || seq == sid.nextSeq) {
      return Order.IN_ORDER;
    }
    return seq > sid.nextSeq ? Order.GAP : Order.BACKWARDS;
  }

  private static String outOfOrderReason(Order order, long sidId, long expected, long received) {
    return (order == Order.GAP ? "seq gap on sid " : "seq went backwards on sid ") + sidId + ": expected "
        + expected + ", received " + received;
  }

  private static List<MarketTicker> sortedMarkets(SidState sid) {
    List<MarketTicker> markets = new ArrayList<>(sid.markets.keySet());
    markets.sort(null);
    return markets;
  }

  /**
   * Marks one market stale: a live (or unknown) market gets a gap and joins {@code request}; a waiting one joins it
   * when {@code rerequest} or when no request is outstanding; a removed one is left alone.
   */
  private static void stale(SidState sid, MarketTicker ticker, long expected, long received, String reason,
      boolean rerequest, long tsEvent, long tsInit, SequencerOutput out, Set<MarketTicker> request) {
    MarketState market = sid.markets.get(ticker);
    if (market == null) {
      sid.markets.put(ticker, new MarketState(MarketBookState.AWAITING_SNAPSHOT));
      out.publish(new BookGap(ticker, sid.id, expected, received, reason, tsEvent, tsInit));
      request.add(ticker);
      return;
    }
    switch (market.state) {
      case LIVE -> {
        market.state = MarketBookState.AWAITING_SNAPSHOT;
        out.publish(new BookGap(ticker, sid.id, expected, received, reason, tsEvent, tsInit));
        request.add(ticker);
      }
      case AWAITING_SNAPSHOT -> {
        if (rerequest || !market.requestOutstanding) {
          request.add(ticker);
        }
      }
      case REMOVED -> {
        // taken off on purpose: neither stale nor wanted
      }
    }
  }

  private void gapLive(long sidId, SidState sid, String reason, long tsInit, SequencerOutput out) {
    for (MarketTicker ticker : sortedMarkets(sid)) {
      if (sid.markets.get(ticker).state == MarketBookState.LIVE) {
        out.publish(new BookGap(ticker, sidId, 0, 0, reason, tsInit, tsInit));
      }
    }
  }

  private static void sendRequests(long sidId, SidState sid, TreeSet<MarketTicker> request, SequencerOutput out) {
    if (request.isEmpty()) {
      return;
    }
    for (MarketTicker ticker : request) {
      sid.markets.get(ticker).requestOutstanding = true;
    }
    out.requestSnapshots(sidId, List.copyOf(request));
  }
}
