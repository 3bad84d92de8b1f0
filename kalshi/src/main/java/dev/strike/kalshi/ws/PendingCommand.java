package dev.strike.kalshi.ws;

import dev.strike.common.id.MarketTicker;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.MonoSink;

/**
 * A command between submission and answer. The caller's commands complete a {@link MonoSink} with their typed
 * outcome; the client's own ({@link Resubscribe}, {@link SnapshotRequest}) report to the feed instead. Touched by the
 * session only, except {@link #cancel()}, which the caller's thread may call.
 */
abstract sealed class PendingCommand {
  private volatile boolean cancelled;
  /** The id it was sent with on its connection; 0 before it is sent. */
  long id;

  /** The caller gave up (cancelled or timed out): do not send it if it was not sent yet. */
  final void cancel() {
    cancelled = true;
  }

  final boolean cancelled() {
    return cancelled;
  }

  /** The command's name, for messages. */
  abstract String name();

  /** The venue refused it. */
  abstract void reject(CommandRejected rejected);

  /** It cannot be answered (connection lost, client closed). */
  abstract void fail(Throwable error);

  /** The caller's {@code subscribe}. */
  static final class CallerSubscribe extends PendingCommand {
    final SubscribeRequest request;
    final MonoSink<SubscribeOutcome> sink;
    final List<ChannelSid> acknowledged = new ArrayList<>();

    CallerSubscribe(SubscribeRequest request, MonoSink<SubscribeOutcome> sink) {
      this.request = request;
      this.sink = sink;
    }

    @Override
    String name() {
      return "subscribe";
    }

    @Override
    void reject(CommandRejected rejected) {
      sink.success(rejected);
    }

    @Override
    void fail(Throwable error) {
      sink.error(error);
    }
  }

  /** The caller's {@code unsubscribe}, by channel; the sids are looked up when it is sent. */
  static final class CallerUnsubscribe extends PendingCommand {
    final Set<Channel> channels;
    final MonoSink<UnsubscribeOutcome> sink;
    final List<ChannelSid> sent = new ArrayList<>();
    final List<ChannelSid> ended = new ArrayList<>();

    CallerUnsubscribe(Set<Channel> channels, MonoSink<UnsubscribeOutcome> sink) {
      this.channels = Set.copyOf(channels);
      this.sink = sink;
    }

    @Override
    String name() {
      return "unsubscribe";
    }

    @Override
    void reject(CommandRejected rejected) {
      sink.success(rejected);
    }

    @Override
    void fail(Throwable error) {
      sink.error(error);
    }
  }

  /** The caller's {@code update_subscription}, by channel. */
  static final class CallerUpdate extends PendingCommand {
    final Channel channel;
    final UpdateAction action;
    final List<MarketTicker> markets;
    final MonoSink<UpdateOutcome> sink;
    long sid;

    CallerUpdate(Channel channel, UpdateAction action, List<MarketTicker> markets, MonoSink<UpdateOutcome> sink) {
      this.channel = channel;
      this.action = action;
      this.markets = List.copyOf(markets);
      this.sink = sink;
    }

    @Override
    String name() {
      return "update_subscription " + action.wireName();
    }

    @Override
    void reject(CommandRejected rejected) {
      sink.success(rejected);
    }

    @Override
    void fail(Throwable error) {
      sink.error(error);
    }
  }

  /** The caller's {@code list_subscriptions}. */
  static final class CallerList extends PendingCommand {
    final MonoSink<ListOutcome> sink;

    CallerList(MonoSink<ListOutcome> sink) {
      this.sink = sink;
    }

    @Override
    String name() {
      return "list_subscriptions";
    }

    @Override
    void reject(CommandRejected rejected) {
      sink.success(rejected);
    }

    @Override
    void fail(Throwable error) {
      sink.error(error);
    }
  }

  /** The client subscribing a kept channel again on a new connection. */
  static final class Resubscribe extends PendingCommand {
    final SubscribeRequest request;

    Resubscribe(SubscribeRequest request) {
      this.request = request;
    }

    Channel channel() {
      return request.channels().iterator().next();
    }

    @Override
    String name() {
      return "subscribe (again after reconnecting)";
    }

    @Override
    void reject(CommandRejected rejected) {
      // reported by the session as a feed event
    }

    @Override
    void fail(Throwable error) {
      // the next connection subscribes again
    }
  }

  /** The client asking for fresh snapshots after a gap ({@code update_subscription get_snapshot}). */
  static final class SnapshotRequest extends PendingCommand {
    final long sid;
    final List<MarketTicker> markets;

    SnapshotRequest(long sid, List<MarketTicker> markets) {
      this.sid = sid;
      this.markets = List.copyOf(markets);
    }

    @Override
    String name() {
      return "update_subscription get_snapshot";
    }

    @Override
    void reject(CommandRejected rejected) {
      // reported by the session as a feed event
    }

    @Override
    void fail(Throwable error) {
      // the books are refreshed by the next connection's snapshots
    }
  }
}
