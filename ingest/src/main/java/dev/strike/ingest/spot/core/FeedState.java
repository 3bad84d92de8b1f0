package dev.strike.ingest.spot.core;

import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The connection and staleness state of one spot feed, as an immutable value: every {@code onXxx} returns the next
 * state and leaves this one unchanged, so one writer (the feed's pipeline) can publish each state to any number of
 * readers (metrics, health) without locks. Times are epoch nanoseconds from the caller's clock or the exchange;
 * nothing here reads a clock.
 *
 * <p>Staleness is measured from the exchange's time of the latest print ({@code tsEvent}), not from when it arrived:
 * an old print replayed on subscribe (Coinbase's {@code last_match}, Kraken's snapshot) does not make a quiet market
 * look fresh.
 *
 * @param source the feed, e.g. {@code coinbase}
 * @param phase where the connection stands
 * @param startedNs when the feed started
 * @param connectedNs when the current or last connection opened; {@link #NONE} if never
 * @param lastMessageNs when the last frame of any kind arrived; {@link #NONE} if none
 * @param connections connections opened so far
 * @param consecutiveFailures connections that failed or ended before they proved useful, since the last one that
 *     did (a subscription ack or a trade proves a connection useful)
 * @param lastProblem the latest connection problem or exchange error, "" if none
 * @param assets per asset, in configuration order (unmodifiable)
 */
public record FeedState(SourceId source, FeedPhase phase, long startedNs, long connectedNs, long lastMessageNs,
    int connections, int consecutiveFailures, String lastProblem, Map<Asset, AssetState> assets) {

  /** Marks a time that has not happened yet. */
  public static final long NONE = -1L;

  /** Checks presence and takes an ordered, unmodifiable copy of the asset map. */
  public FeedState {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(lastProblem, "lastProblem");
    assets = Collections.unmodifiableMap(new LinkedHashMap<>(assets));
    if (assets.isEmpty()) {
      throw new IllegalArgumentException("a feed needs at least one asset");
    }
  }

  /** A feed for {@code assets} that started at {@code nowNs} and has not connected yet. */
  public static FeedState start(SourceId source, List<Asset> assets, long nowNs) {
    Map<Asset, AssetState> initial = new LinkedHashMap<>();
    for (Asset asset : assets) {
      initial.put(asset, AssetState.initial());
    }
    return new FeedState(source, FeedPhase.NOT_CONNECTED, nowNs, NONE, NONE, 0, 0, "", initial);
  }

  /** A connection opened; every subscription is pending again. */
  public FeedState onConnected(long nowNs) {
    return new FeedState(source, FeedPhase.CONNECTED, startedNs, nowNs, lastMessageNs, connections + 1,
        consecutiveFailures, lastProblem, allSubscriptions(Subscription.PENDING));
  }

  /** A frame of any kind arrived. */
  public FeedState onFrame(long receivedNs) {
    return new FeedState(source, phase, startedNs, connectedNs, receivedNs, connections, consecutiveFailures,
        lastProblem, assets);
  }

  /** The exchange confirmed subscriptions; the connection is useful, so the failure count resets. */
  public FeedState onSubscribed(List<Asset> confirmed) {
    Map<Asset, AssetState> next = new LinkedHashMap<>(assets);
    for (Asset asset : confirmed) {
      next.computeIfPresent(asset, (a, s) -> s.withSubscription(Subscription.ACTIVE, ""));
    }
    return new FeedState(source, phase, startedNs, connectedNs, lastMessageNs, connections, 0, lastProblem, next);
  }

  /** The exchange refused a subscription, for {@code asset} or (null) for one it did not name. */
  public FeedState onRejected(@Nullable Asset asset, String reason) {
    if (asset == null || !assets.containsKey(asset)) {
      return onProblem("subscription refused: " + reason);
    }
    Map<Asset, AssetState> next = new LinkedHashMap<>(assets);
    next.computeIfPresent(asset, (a, s) -> s.withSubscription(Subscription.REJECTED, reason));
    return new FeedState(source, phase, startedNs, connectedNs, lastMessageNs, connections, consecutiveFailures,
        "subscription for " + asset + " refused: " + reason, next);
  }

  /** An exchange error or other problem worth showing, without a change of phase. */
  public FeedState onProblem(String problem) {
    return new FeedState(source, phase, startedNs, connectedNs, lastMessageNs, connections, consecutiveFailures,
        problem, assets);
  }

  /**
   * Trade prints arrived. Prints whose trade id was already published for their asset are dropped (a reconnect's
   * snapshot repeats trades); when every print has an id, they are taken in id order. Each remaining print becomes
   * a tick stamped {@code tsInit = receivedNs}. A trade proves the connection useful, so the failure count resets.
   *
   * @param receivedNs when the frame arrived, by the injected clock
   */
  public FeedStep onTrades(List<TradePrint> prints, long receivedNs) {
    List<TradePrint> ordered = new ArrayList<>(prints);
    if (ordered.stream().allMatch(p -> p.tradeId().isPresent())) {
      ordered.sort(Comparator.comparingLong(p -> p.tradeId().getAsLong()));
    }
    Map<Asset, AssetState> next = new LinkedHashMap<>(assets);
    List<SpotTick> ticks = new ArrayList<>(ordered.size());
    int duplicates = 0;
    for (TradePrint print : ordered) {
      AssetState asset = next.get(print.asset());
      if (asset == null) {
        throw new IllegalArgumentException("print for " + print.asset() + ", which this feed does not carry");
      }
      if (asset.alreadyPublished(print.tradeId())) {
        duplicates++;
        continue;
      }
      next.put(print.asset(), asset.withTick(print, receivedNs));
      ticks.add(new SpotTick(print.asset(), source, print.price(), print.size(), print.tsEventNs(), receivedNs));
    }
    int failures = ticks.isEmpty() ? consecutiveFailures : 0;
    FeedState state = new FeedState(source, phase, startedNs, connectedNs, lastMessageNs, connections, failures,
        lastProblem, next);
    return new FeedStep(state, ticks, duplicates);
  }

  /**
   * The connection ended or could not be opened.
   *
   * @param failure whether it counts toward giving up (false when the exchange asked us to reconnect)
   */
  public FeedState onDisconnected(String problem, boolean failure) {
    FeedPhase next = connections == 0 ? FeedPhase.NOT_CONNECTED : FeedPhase.RECONNECTING;
    return new FeedState(source, next, startedNs, connectedNs, lastMessageNs, connections,
        failure ? consecutiveFailures + 1 : consecutiveFailures, problem, allSubscriptions(Subscription.PENDING));
  }

  /** The feed stopped trying. */
  public FeedState onGaveUp() {
    return new FeedState(source, FeedPhase.GAVE_UP, startedNs, connectedNs, lastMessageNs, connections,
        consecutiveFailures, lastProblem, assets);
  }

  /** The feed was stopped on request. */
  public FeedState onStopped() {
    return new FeedState(source, FeedPhase.STOPPED, startedNs, connectedNs, lastMessageNs, connections,
        consecutiveFailures, lastProblem, assets);
  }

  /**
   * The feed's health at {@code nowNs}: an asset is stale when its latest print is more than {@code staleAfterNs}
   * old (or, with no print yet, when the feed started that long ago). Down when never connected, given up or
   * stopped; degraded when reconnecting, or connected with a stale or refused asset; up otherwise.
   */
  public FeedAssessment assess(long nowNs, long staleAfterNs) {
    List<AssetView> views = new ArrayList<>(assets.size());
    List<String> stale = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Map.Entry<Asset, AssetState> entry : assets.entrySet()) {
      AssetState state = entry.getValue();
      long age = Math.max(0L, nowNs - (state.hasTick() ? state.lastTickEventNs() : startedNs));
      boolean isStale = age > staleAfterNs;
      views.add(new AssetView(entry.getKey(), state.subscription(), state.rejection(), state.hasTick(), age,
          isStale, state.lastPrice()));
      if (state.subscription() == Subscription.REJECTED) {
        refused.add(entry.getKey().symbol());
      } else if (isStale) {
        stale.add(entry.getKey() + (state.hasTick() ? " " + seconds(age) : " no trade yet"));
      }
    }
    long messageAge = Math.max(0L, nowNs - (lastMessageNs == NONE ? startedNs : lastMessageNs));
    String problem = lastProblem.isEmpty() ? "" : ": " + lastProblem;
    FeedCondition condition;
    String summary;
    switch (phase) {
      case NOT_CONNECTED -> {
        condition = FeedCondition.DOWN;
        summary = "not connected yet" + problem;
      }
      case GAVE_UP -> {
        condition = FeedCondition.DOWN;
        summary = "gave up after " + consecutiveFailures + " consecutive failures" + problem;
      }
      case STOPPED -> {
        condition = FeedCondition.DOWN;
        summary = "stopped";
      }
      case RECONNECTING -> {
        condition = FeedCondition.DEGRADED;
        summary = "reconnecting" + problem;
      }
      case CONNECTED -> {
        List<String> issues = new ArrayList<>();
        if (!stale.isEmpty()) {
          issues.add("stale: " + String.join(", ", stale));
        }
        if (!refused.isEmpty()) {
          issues.add("subscription refused: " + String.join(", ", refused));
        }
        condition = issues.isEmpty() ? FeedCondition.UP : FeedCondition.DEGRADED;
        summary = issues.isEmpty() ? "live" : String.join("; ", issues);
      }
      default -> throw new IllegalStateException("phase " + phase);
    }
    return new FeedAssessment(source, condition, summary, phase, messageAge, connections, consecutiveFailures,
        lastProblem, views);
  }

  private Map<Asset, AssetState> allSubscriptions(Subscription subscription) {
    Map<Asset, AssetState> next = new LinkedHashMap<>();
    assets.forEach((asset, state) -> next.put(asset, state.withSubscription(subscription, "")));
    return next;
  }

  private static String seconds(long ns) {
    return String.format(Locale.ROOT, "%.1f s", ns / 1e9);
  }
}
