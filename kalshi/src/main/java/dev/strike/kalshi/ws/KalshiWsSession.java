package dev.strike.kalshi.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.kafka.ErrorClassifier.TransientFailure;
import dev.strike.kalshi.wire.ws.SubscribeParams;
import dev.strike.kalshi.wire.ws.SubscriptionEntryMsg;
import dev.strike.kalshi.wire.ws.UnsubscribeParams;
import dev.strike.kalshi.wire.ws.UpdateOkMsg;
import dev.strike.kalshi.wire.ws.UpdateSubscriptionParams;
import dev.strike.kalshi.wire.ws.WsCommand;
import dev.strike.kalshi.ws.core.BookSequencer;
import dev.strike.kalshi.ws.core.ChannelSequencer;
import dev.strike.kalshi.ws.core.DropReason;
import dev.strike.kalshi.ws.core.SequencerOutput;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Sinks;

/**
 * The state of one {@link KalshiWsClient}: the kept subscriptions, the current connection's sids, the commands in
 * flight, the sequencers. {@link #on(SessionInput)} turns each input into the feed events it causes and writes the
 * commands it needs to the current connection.
 *
 * <p>Threading: {@code on} is called by one serialized Reactor pipeline (a {@code merge} of the connection's frames
 * and the caller's wake-ups), so each call sees the previous one's writes and no lock is needed; the caller's threads
 * only add to the {@code submitted} queue. {@link #counters()} may be read from any thread.
 */
final class KalshiWsSession {
  private static final Logger log = LoggerFactory.getLogger(KalshiWsSession.class);
  private static final ObjectMapper MAPPER = StrikeJson.mapper();
  private static final int MAX_UNKNOWN_TYPES = 256;

  private final Queue<PendingCommand> submitted;
  private final SubscriptionPlan plan = new SubscriptionPlan();
  private final Set<String> unknownTypesSeen = new HashSet<>();
  private final ArrayDeque<PendingCommand> backlog = new ArrayDeque<>();
  private final BookOutput bookOutput = new BookOutput();

  // the current connection
  private int connection;
  private Sinks.@Nullable Many<Outgoing> out;
  private long lastCommandId;
  private boolean ready;
  private int resubscribesOutstanding;
  private final List<ChannelSid> resubscribed = new ArrayList<>();
  private final Map<Long, PendingCommand> inFlight = new HashMap<>();
  private final Map<Channel, Long> sidByChannel = new EnumMap<>(Channel.class);
  private final Map<Long, Channel> channelBySid = new HashMap<>();
  private final BookSequencer books = new BookSequencer();
  private final ChannelSequencer sequences = new ChannelSequencer();
  private boolean closed;

  private final AtomicLong frames = new AtomicLong();
  private final AtomicLong malformed = new AtomicLong();
  private final AtomicLong unknownTypeMessages = new AtomicLong();
  private final AtomicLong bookGaps = new AtomicLong();
  private final AtomicLong droppedDeltas = new AtomicLong();
  private final AtomicLong snapshotRequests = new AtomicLong();
  private final AtomicLong sequenceGaps = new AtomicLong();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong connectFailures = new AtomicLong();
  private final AtomicLong commandsSent = new AtomicLong();

  KalshiWsSession(Queue<PendingCommand> submitted) {
    this.submitted = submitted;
  }

  FeedCounters counters() {
    return new FeedCounters(frames.get(), malformed.get(), unknownTypeMessages.get(), bookGaps.get(),
        droppedDeltas.get(), snapshotRequests.get(), sequenceGaps.get(), connections.get(), connectFailures.get(),
        commandsSent.get());
  }

  /** Handles one input; returns the feed events it caused, in order. */
  List<KalshiWsEvent> on(SessionInput input) {
    List<KalshiWsEvent> events = new ArrayList<>(2);
    if (input instanceof SessionInput.Frame frame) {
      onFrame(frame, events);
    } else if (input instanceof SessionInput.PingReceived ping) {
      write(new Outgoing.Pong(ping.payload()));
    } else if (input instanceof SessionInput.Wake) {
      drainSubmitted();
    } else if (input instanceof SessionInput.Opened opened) {
      onOpened(opened, events);
    } else if (input instanceof SessionInput.Lost lost) {
      onLost(lost.connection(), lost.reason(), lost.reconnectIn(), lost.tsInit(), events);
    } else if (input instanceof SessionInput.AttemptFailed failed) {
      connectFailures.incrementAndGet();
      events.add(new ConnectFailed(failed.attempt(), failed.reason(), failed.retryIn(), failed.tsInit()));
    } else if (input instanceof SessionInput.CloseRequested close) {
      closed = true;
      if (out != null) {
        onLost(connection, "client closed", Duration.ZERO, close.tsInit(), events);
      }
      failWaiting(new IllegalStateException("kalshi-ws client is closed"));
    }
    return events;
  }

  /** The pipeline ended (closed or its subscriber cancelled): nothing waiting can be answered any more. */
  void onTerminated() {
    out = null;
    ready = false;
    for (PendingCommand pending : inFlight.values()) {
      pending.fail(new TransientFailure("kalshi-ws feed stopped before the answer to " + pending.name()));
    }
    inFlight.clear();
    failWaiting(closed ? new IllegalStateException("kalshi-ws client is closed")
        : new TransientFailure("kalshi-ws feed stopped (no subscriber) before the command was sent"));
  }

  // ---------------------------------------------------------------- connection

  private void onOpened(SessionInput.Opened opened, List<KalshiWsEvent> events) {
    connection = opened.connection();
    out = opened.out();
    lastCommandId = 0;
    ready = false;
    inFlight.clear();
    sidByChannel.clear();
    channelBySid.clear();
    sequences.reset();
    resubscribed.clear();
    connections.incrementAndGet();
    events.add(new Connected(connection, opened.tsInit()));
    List<SubscribeRequest> kept = plan.requests();
    resubscribesOutstanding = kept.size();
    for (SubscribeRequest request : kept) {
      send(new PendingCommand.Resubscribe(request));
    }
    maybeReady(opened.tsInit(), events);
  }

  private void onLost(int lostConnection, String reason, Duration reconnectIn, long tsInit,
      List<KalshiWsEvent> events) {
    events.add(new Disconnected(lostConnection, reason, reconnectIn, tsInit));
    bookOutput.target = events;
    books.onConnectionLost("connection lost: " + reason, tsInit, bookOutput);
    sequences.reset();
    for (PendingCommand pending : inFlight.values()) {
      pending.fail(new TransientFailure("kalshi-ws connection " + lostConnection + " lost before the answer to "
          + pending.name() + " (id " + pending.id + "): " + reason));
    }
    inFlight.clear();
    sidByChannel.clear();
    channelBySid.clear();
    out = null;
    ready = false;
    resubscribesOutstanding = 0;
  }

  private void maybeReady(long tsInit, List<KalshiWsEvent> events) {
    if (ready || out == null || resubscribesOutstanding > 0) {
      return;
    }
    ready = true;
    if (!resubscribed.isEmpty()) {
      events.add(new Resubscribed(connection, resubscribed, tsInit));
    }
    drainSubmitted();
  }

  // ---------------------------------------------------------------- commands

  private void drainSubmitted() {
    PendingCommand pending;
    while ((pending = submitted.poll()) != null) {
      backlog.add(pending);
    }
    if (closed) {
      failWaiting(new IllegalStateException("kalshi-ws client is closed"));
      return;
    }
    while (ready && out != null && !backlog.isEmpty()) {
      PendingCommand next = backlog.poll();
      if (!next.cancelled()) {
        send(next);
      }
    }
  }

  private void failWaiting(Throwable error) {
    PendingCommand pending;
    while ((pending = submitted.poll()) != null) {
      backlog.add(pending);
    }
    while ((pending = backlog.poll()) != null) {
      pending.fail(error);
    }
  }

  private void send(PendingCommand pending) {
    long id = lastCommandId + 1;
    WsCommand command = command(pending, id);
    if (command == null) {
      return; // refused locally (nothing to unsubscribe, channel not subscribed)
    }
    lastCommandId = id;
    pending.id = id;
    inFlight.put(id, pending);
    try {
      write(new Outgoing.Text(MAPPER.writeValueAsString(command)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + command, e); // our own records: a bug
    }
    commandsSent.incrementAndGet();
  }

  private void write(Outgoing outgoing) {
    Sinks.Many<Outgoing> sink = out;
    if (sink != null) {
      // a failure means the connection is going away; its loss is handled when it is reported
      sink.tryEmitNext(outgoing);
    }
  }

  private @Nullable WsCommand command(PendingCommand pending, long id) {
    if (pending instanceof PendingCommand.CallerSubscribe subscribe) {
      return subscribeCommand(id, subscribe.request);
    }
    if (pending instanceof PendingCommand.Resubscribe resubscribe) {
      return subscribeCommand(id, resubscribe.request);
    }
    if (pending instanceof PendingCommand.CallerUnsubscribe unsubscribe) {
      List<Long> sids = new ArrayList<>();
      for (Channel channel : unsubscribe.channels) {
        Long sid = sidByChannel.get(channel);
        if (sid != null) {
          sids.add(sid);
          unsubscribe.sent.add(new ChannelSid(channel, sid));
        } else if (plan.contains(channel)) {
          plan.unsubscribed(channel); // kept but not live: nothing to tell the server
        }
      }
      if (sids.isEmpty()) {
        unsubscribe.reject(new CommandRejected(0, WsErrorCode.UNKNOWN_SUBSCRIPTION_ID,
            WsErrorCode.UNKNOWN_SUBSCRIPTION_ID.code(), "not subscribed to " + unsubscribe.channels, null));
        return null;
      }
      return new WsCommand(id, "unsubscribe", new UnsubscribeParams(sids));
    }
    if (pending instanceof PendingCommand.CallerUpdate update) {
      Long sid = sidByChannel.get(update.channel);
      if (sid == null) {
        update.reject(new CommandRejected(0, WsErrorCode.UNKNOWN_SUBSCRIPTION_ID,
            WsErrorCode.UNKNOWN_SUBSCRIPTION_ID.code(), "not subscribed to " + update.channel.wireName(), null));
        return null;
      }
      update.sid = sid;
      return new WsCommand(id, "update_subscription", new UpdateSubscriptionParams(List.of(sid),
          update.action.wireName(), tickers(update.markets), null));
    }
    if (pending instanceof PendingCommand.CallerList) {
      return new WsCommand(id, "list_subscriptions", null);
    }
    if (pending instanceof PendingCommand.SnapshotRequest request) {
      return new WsCommand(id, "update_subscription", new UpdateSubscriptionParams(List.of(request.sid),
          UpdateAction.GET_SNAPSHOT.wireName(), tickers(request.markets), null));
    }
    throw new IllegalStateException("unknown command " + pending);
  }

  /**
   * The subscribe command: {@code use_yes_price: false} whenever the order book is in it (NO levels in NO prices,
   * as the domain model holds them; Kalshi plans to flip the default, so it is always explicit), markets omitted for
   * "all markets" and for the lifecycle channel (which takes no filter).
   */
  private static WsCommand subscribeCommand(long id, SubscribeRequest request) {
    List<String> channels = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      if (request.channels().contains(channel)) {
        channels.add(channel.wireName());
      }
    }
    boolean onlyLifecycle = request.channels().equals(Set.of(Channel.MARKET_LIFECYCLE_V2));
    List<String> markets = request.markets().isEmpty() || onlyLifecycle ? null : tickers(request.markets());
    Boolean initialSnapshot = request.sendInitialSnapshot() && request.channels().contains(Channel.TICKER)
        ? Boolean.TRUE : null;
    Boolean useYesPrice = request.channels().contains(Channel.ORDERBOOK_DELTA) ? Boolean.FALSE : null;
    return new WsCommand(id, "subscribe", new SubscribeParams(channels, markets, initialSnapshot, useYesPrice));
  }

  private static List<String> tickers(List<MarketTicker> markets) {
    List<String> tickers = new ArrayList<>(markets.size());
    for (MarketTicker market : markets) {
      tickers.add(market.value());
    }
    return tickers;
  }

  // ---------------------------------------------------------------- frames

  private void onFrame(SessionInput.Frame frame, List<KalshiWsEvent> events) {
    frames.incrementAndGet();
    List<InboundMessage> messages = new ArrayList<>(1);
    WsFrameDecoder.decodeFrame(frame.bytes(), frame.tsInit(), messages);
    bookOutput.target = events;
    for (InboundMessage message : messages) {
      handle(message, frame.tsInit(), events);
    }
  }

  private void handle(InboundMessage message, long tsInit, List<KalshiWsEvent> events) {
    if (message instanceof InboundMessage.Delta delta) {
      books.onDelta(delta.delta(), bookOutput);
    } else if (message instanceof InboundMessage.Snapshot snapshot) {
      books.onSnapshot(snapshot.snapshot(), bookOutput);
    } else if (message instanceof InboundMessage.ChannelData data) {
      if (data.sid() >= 0 && data.seq() >= 0) {
        ChannelSequencer.SeqBreak gap = sequences.onMessage(data.sid(), data.seq());
        if (gap != null) {
          sequenceGap(data.channel(), gap, tsInit, events);
        }
      }
      events.add(data.event());
    } else if (message instanceof InboundMessage.UnreadableBook unreadable) {
      malformed.incrementAndGet();
      events.add(unreadable.frame());
      books.onUnreadable(unreadable.sid(), unreadable.seq(), unreadable.market(),
          unreadable.frame().error().getMessage(), tsInit, tsInit, bookOutput);
    } else if (message instanceof InboundMessage.Malformed bad) {
      malformed.incrementAndGet();
      events.add(bad.frame());
    } else if (message instanceof InboundMessage.Unknown unknown) {
      unknownTypeMessages.incrementAndGet();
      if (unknownTypesSeen.size() < MAX_UNKNOWN_TYPES && unknownTypesSeen.add(unknown.type())) {
        events.add(new UnknownMessageType(unknown.type(), unknown.raw(), tsInit));
      }
    } else if (message instanceof InboundMessage.Subscribed subscribed) {
      onSubscribed(subscribed, tsInit, events);
    } else if (message instanceof InboundMessage.Unsubscribed unsubscribed) {
      onUnsubscribed(unsubscribed, tsInit);
    } else if (message instanceof InboundMessage.Ok ok) {
      onOk(ok, tsInit, events);
    } else if (message instanceof InboundMessage.Error error) {
      onError(error, tsInit, events);
    }
  }

  private void sequenceGap(Channel channel, ChannelSequencer.SeqBreak gap, long tsInit, List<KalshiWsEvent> events) {
    sequenceGaps.incrementAndGet();
    events.add(new SequenceGap(channel, gap.sid(), gap.expected(), gap.received(), tsInit));
  }

  private void onSubscribed(InboundMessage.Subscribed subscribed, long tsInit, List<KalshiWsEvent> events) {
    PendingCommand pending = inFlight.get(subscribed.id());
    Channel channel = Channel.fromWire(subscribed.channel());
    if (channel == null && pending instanceof PendingCommand.Resubscribe resubscribe) {
      channel = resubscribe.channel(); // the ack may not name the channel (kalshi-api.md §11.6)
    } else if (channel == null && pending instanceof PendingCommand.CallerSubscribe subscribe
        && subscribe.request.channels().size() == 1) {
      channel = subscribe.request.channels().iterator().next();
    }
    if (channel == null) {
      log.warn("kalshi-ws: subscribed to unknown channel {} (sid {}, command {})", subscribed.channel(),
          subscribed.sid(), subscribed.id());
      return;
    }
    long sid = subscribed.sid();
    sidByChannel.put(channel, sid);
    channelBySid.put(sid, channel);
    ChannelSid acknowledged = new ChannelSid(channel, sid);
    if (pending instanceof PendingCommand.CallerSubscribe subscribe) {
      plan.subscribed(channel, subscribe.request.markets(), subscribe.request.sendInitialSnapshot());
      subscribe.acknowledged.add(acknowledged);
      if (subscribe.acknowledged.size() >= subscribe.request.channels().size()) {
        inFlight.remove(subscribed.id());
        subscribe.sink.success(new SubscribeAccepted(subscribe.id, subscribe.acknowledged));
      }
    } else if (pending instanceof PendingCommand.Resubscribe) {
      inFlight.remove(subscribed.id());
      resubscribed.add(acknowledged);
      resubscribesOutstanding--;
      maybeReady(tsInit, events);
    }
  }

  private void onUnsubscribed(InboundMessage.Unsubscribed unsubscribed, long tsInit) {
    long sid = unsubscribed.sid();
    Channel channel = channelBySid.remove(sid);
    if (channel != null && Long.valueOf(sid).equals(sidByChannel.get(channel))) {
      sidByChannel.remove(channel);
    }
    books.onUnsubscribed(sid, "unsubscribed", tsInit, bookOutput);
    sequences.forget(sid);
    PendingCommand pending = inFlight.get(unsubscribed.id());
    if (pending instanceof PendingCommand.CallerUnsubscribe unsubscribe) {
      for (ChannelSid sent : unsubscribe.sent) {
        if (sent.sid() == sid) {
          plan.unsubscribed(sent.channel());
          unsubscribe.ended.add(sent);
        }
      }
      if (unsubscribe.ended.size() >= unsubscribe.sent.size()) {
        inFlight.remove(unsubscribed.id());
        unsubscribe.sink.success(new UnsubscribeAccepted(unsubscribe.id, unsubscribe.ended));
      }
    } else if (channel != null) {
      log.warn("kalshi-ws: the server ended the {} subscription (sid {}) on its own", channel.wireName(), sid);
    }
  }

  private void onOk(InboundMessage.Ok ok, long tsInit, List<KalshiWsEvent> events) {
    PendingCommand pending = inFlight.remove(ok.id());
    if (ok.sid() >= 0 && ok.seq() >= 0) {
      Channel channel = channelBySid.get(ok.sid());
      if (channel == Channel.ORDERBOOK_DELTA) {
        books.onCommandSeq(ok.sid(), ok.seq(), tsInit, bookOutput);
      } else if (channel != null && channel.sequenced()) {
        ChannelSequencer.SeqBreak gap = sequences.onCommandSeq(ok.sid(), ok.seq());
        if (gap != null) {
          sequenceGap(channel, gap, tsInit, events);
        }
      }
    }
    try {
      if (pending instanceof PendingCommand.CallerUpdate update) {
        onUpdated(update, ok, tsInit);
      } else if (pending instanceof PendingCommand.CallerList list) {
        List<ActiveSubscription> subscriptions = new ArrayList<>();
        if (ok.msg() != null && ok.msg().isArray()) {
          for (JsonNode entry : ok.msg()) {
            SubscriptionEntryMsg wire = MAPPER.treeToValue(entry, SubscriptionEntryMsg.class);
            if (wire.channel() != null && wire.sid() != null) {
              subscriptions.add(new ActiveSubscription(wire.channel(), wire.sid()));
            }
          }
        }
        list.sink.success(new SubscriptionList(list.id, subscriptions));
      }
    } catch (JsonProcessingException | IllegalArgumentException e) {
      pending.fail(new IllegalArgumentException("kalshi-ws: unreadable answer to " + pending.name() + ": "
          + e.getMessage(), e));
    }
  }

  private void onUpdated(PendingCommand.CallerUpdate update, InboundMessage.Ok ok, long tsInit)
      throws JsonProcessingException {
    List<MarketTicker> reported = new ArrayList<>();
    if (ok.msg() != null && ok.msg().isObject()) {
      UpdateOkMsg body = MAPPER.treeToValue(ok.msg(), UpdateOkMsg.class);
      if (body.marketTickers() != null) {
        for (String ticker : body.marketTickers()) {
          reported.add(MarketTicker.of(ticker));
        }
      }
    }
    switch (update.action) {
      case ADD_MARKETS -> {
        plan.marketsAdded(update.channel, update.markets);
        if (update.channel == Channel.ORDERBOOK_DELTA) {
          books.onMarketsAdded(update.sid, update.markets);
        }
      }
      case DELETE_MARKETS -> {
        plan.marketsDeleted(update.channel, update.markets);
        if (update.channel == Channel.ORDERBOOK_DELTA) {
          books.onMarketsRemoved(update.sid, update.markets, "market removed from the subscription", tsInit,
              bookOutput);
        }
      }
      case GET_SNAPSHOT -> {
        // the snapshots follow as ordinary orderbook_snapshot messages
      }
    }
    update.sink.success(new SubscriptionUpdated(update.id, update.channel, update.sid, update.action, reported));
  }

  private void onError(InboundMessage.Error error, long tsInit, List<KalshiWsEvent> events) {
    CommandRejected rejected = new CommandRejected(error.id(), WsErrorCode.of(error.code()), error.code(),
        error.message(), error.market());
    PendingCommand pending = error.id() > 0 ? inFlight.remove(error.id()) : null;
    if (pending instanceof PendingCommand.Resubscribe resubscribe) {
      onResubscribeRejected(resubscribe, rejected, tsInit, events);
    } else if (pending instanceof PendingCommand.SnapshotRequest request) {
      books.onSnapshotRequestFailed(request.sid, request.markets,
          rejected.code() == WsErrorCode.MARKET_NOT_FOUND ? rejected.market() : null);
      events.add(new ServerError(rejected, "requesting snapshots of " + request.markets + " on sid " + request.sid,
          tsInit));
    } else if (pending != null) {
      pending.reject(rejected);
    } else {
      events.add(new ServerError(rejected, error.id() > 0 ? "answer to unknown command " + error.id()
          : "server error", tsInit));
    }
  }

  /**
   * A kept subscription was refused on a new connection. A market the server no longer knows (code 16, e.g. it
   * closed meanwhile) is dropped from the plan and the rest subscribed again; any other refusal is reported and the
   * channel waits for the next connection.
   */
  private void onResubscribeRejected(PendingCommand.Resubscribe resubscribe, CommandRejected rejected, long tsInit,
      List<KalshiWsEvent> events) {
    Channel channel = resubscribe.channel();
    MarketTicker market = rejected.market();
    resubscribesOutstanding--;
    if (rejected.code() == WsErrorCode.MARKET_NOT_FOUND && market != null
        && resubscribe.request.markets().contains(market)) {
      plan.marketsDeleted(channel, List.of(market));
      events.add(new MarketDropped(channel, market, rejected.message().isBlank() ? "market not found"
          : rejected.message(), tsInit));
      SubscribeRequest rest = plan.request(channel);
      if (rest != null) {
        resubscribesOutstanding++;
        send(new PendingCommand.Resubscribe(rest));
      }
    } else {
      events.add(new ServerError(rejected, "subscribing " + channel.wireName() + " again after reconnecting",
          tsInit));
    }
    maybeReady(tsInit, events);
  }

  /** Hands the sequencer's decisions to the feed, the socket and the counters. */
  private final class BookOutput implements SequencerOutput {
    List<KalshiWsEvent> target = new ArrayList<>();

    @Override
    public void publish(BookEvent event) {
      if (event instanceof BookGap) {
        bookGaps.incrementAndGet();
      }
      target.add(new BookUpdate(event));
    }

    @Override
    public void requestSnapshots(long sid, List<MarketTicker> markets) {
      if (out == null) {
        return;
      }
      snapshotRequests.incrementAndGet();
      send(new PendingCommand.SnapshotRequest(sid, markets));
    }

    @Override
    public void dropped(BookDelta delta, DropReason reason) {
      droppedDeltas.incrementAndGet();
    }
  }
}
