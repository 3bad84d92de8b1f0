package dev.strike.common.topic;

import dev.strike.common.event.Alert;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.RiskDecision;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one registry of Strike's topics (ARCHITECTURE §3). Every topic name in the code comes from here. A run-wide
 * prefix gives a namespace: with prefix {@code bt-7} the book topic is {@code bt-7.md.book}; with the empty prefix
 * it is {@code md.book}. Immutable and thread-safe.
 */
public final class Topics {
  /** Base names of all topics, in data-flow order. */
  public static final List<String> BASE_NAMES = List.of("md.markets", "md.book", "md.trades", "md.spot", "signals",
      "risk.decisions", "orders.events", "trades", "settlements", "portfolio", "control", "alerts", "dlq");

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Duration MONTH = Duration.ofDays(30);

  private final String prefix;
  private final Map<String, Topic<?>> byBaseName = new LinkedHashMap<>();

  private final Topic<MarketInfo> mdMarkets;
  private final Topic<BookEvent> mdBook;
  private final Topic<MarketTrade> mdTrades;
  private final Topic<SpotTick> mdSpot;
  private final Topic<Signal> signals;
  private final Topic<RiskDecision> riskDecisions;
  private final Topic<OrderEvent> ordersEvents;
  private final Topic<Fill> trades;
  private final Topic<MarketSettled> settlements;
  private final Topic<PortfolioSnapshot> portfolio;
  private final Topic<ControlCommand> control;
  private final Topic<Alert> alerts;
  private final Topic<DeadLetter> dlq;

  /** The default partitioning: six for market-keyed topics, fewer where ordering must be global. */
  public static Topics withPrefix(String prefix) {
    return new Topics(prefix, Map.of());
  }

  /**
   * Topics under {@code prefix} with partition counts overridden by base name.
   *
   * @throws IllegalArgumentException for a bad prefix, an unknown base name or a count below one
   */
  public Topics(String prefix, Map<String, Integer> partitionOverrides) {
    this.prefix = checkPrefix(prefix);
    for (String name : partitionOverrides.keySet()) {
      if (!BASE_NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown topic '" + name + "' (known: " + BASE_NAMES + ")");
      }
    }
    Map<String, Integer> parts = partitionOverrides;
    mdMarkets = add("md.markets", MarketInfo.class, "market ticker", m -> m.ticker().value(),
        spec(parts, "md.markets", 6, CleanupPolicy.COMPACT, TopicSpec.FOREVER));
    mdBook = add("md.book", BookEvent.class, "market ticker", b -> b.ticker().value(),
        spec(parts, "md.book", 6, CleanupPolicy.DELETE, WEEK));
    mdTrades = add("md.trades", MarketTrade.class, "market ticker", t -> t.ticker().value(),
        spec(parts, "md.trades", 6, CleanupPolicy.DELETE, WEEK));
    mdSpot = add("md.spot", SpotTick.class, "asset", s -> s.asset().symbol(),
        spec(parts, "md.spot", 3, CleanupPolicy.DELETE, WEEK));
    signals = add("signals", Signal.class, "market ticker", s -> s.ticker().value(),
        spec(parts, "signals", 6, CleanupPolicy.DELETE, MONTH));
    riskDecisions = add("risk.decisions", RiskDecision.class, "market ticker", d -> d.ticker().value(),
        spec(parts, "risk.decisions", 6, CleanupPolicy.DELETE, MONTH));
    ordersEvents = add("orders.events", OrderEvent.class, "market ticker", o -> o.ticker().value(),
        spec(parts, "orders.events", 6, CleanupPolicy.DELETE, TopicSpec.FOREVER));
    trades = add("trades", Fill.class, "market ticker", f -> f.ticker().value(),
        spec(parts, "trades", 6, CleanupPolicy.DELETE, TopicSpec.FOREVER));
    settlements = add("settlements", MarketSettled.class, "market ticker", s -> s.ticker().value(),
        spec(parts, "settlements", 6, CleanupPolicy.DELETE, TopicSpec.FOREVER));
    portfolio = add("portfolio", PortfolioSnapshot.class, "account", p -> p.account().value(),
        spec(parts, "portfolio", 1, CleanupPolicy.COMPACT, TopicSpec.FOREVER));
    control = add("control", ControlCommand.class, "scope", ControlCommand::scope,
        spec(parts, "control", 1, CleanupPolicy.COMPACT_DELETE, Duration.ofDays(90)));
    alerts = add("alerts", Alert.class, "kind", Alert::kind,
        spec(parts, "alerts", 1, CleanupPolicy.DELETE, MONTH));
    dlq = add("dlq", DeadLetter.class, "source topic", DeadLetter::source,
        spec(parts, "dlq", 1, CleanupPolicy.DELETE, MONTH));
  }

  private static String checkPrefix(String prefix) {
    if (prefix == null) {
      throw new IllegalArgumentException("topic prefix must not be null (use \"\" for none)");
    }
    if (!isValidPrefix(prefix)) {
      throw new IllegalArgumentException("topic prefix must be letters, digits, '-' or '_' (at most 100), got '"
          + prefix + "'");
    }
    return prefix;
  }

  /**
   * Whether {@code prefix} can namespace topics: empty (no namespace), or at most 100 letters, digits, {@code -} and
   * {@code _}, starting with a letter or digit. Null is not valid.
   */
  public static boolean isValidPrefix(String prefix) {
    return prefix != null && (prefix.isEmpty() || PREFIX.matcher(prefix).matches());
  }

  private static TopicSpec spec(Map<String, Integer> overrides, String baseName, int partitions,
      CleanupPolicy cleanup, Duration retention) {
    return new TopicSpec(overrides.getOrDefault(baseName, partitions), cleanup, retention);
  }

  private <V extends StrikeEvent> Topic<V> add(String baseName, Class<V> type, String keyDescription,
      Function<? super V, String> keyOf, TopicSpec spec) {
    Topic<V> topic = new Topic<>(baseName, fullName(baseName), type, keyDescription, keyOf, spec);
    byBaseName.put(baseName, topic);
    return topic;
  }

  /** The namespace prefix ("" for none). */
  public String prefix() {
    return prefix;
  }

  /** The full name of a base name under this prefix. */
  public String fullName(String baseName) {
    return prefix.isEmpty() ? baseName : prefix + "." + baseName;
  }

  /** Every topic, in data-flow order. */
  public List<Topic<?>> all() {
    return Collections.unmodifiableList(new ArrayList<>(byBaseName.values()));
  }

  /** The topic with this base name, if there is one. */
  public Optional<Topic<?>> byBaseName(String baseName) {
    return Optional.ofNullable(byBaseName.get(baseName));
  }

  /** The topic with this full name (under this prefix), if there is one. */
  public Optional<Topic<?>> byName(String fullName) {
    return byBaseName.values().stream().filter(t -> t.name().equals(fullName)).findFirst();
  }

  /** Kalshi markets: metadata, status and results (compacted). */
  public Topic<MarketInfo> mdMarkets() {
    return mdMarkets;
  }

  /** Kalshi order books: snapshots, deltas and gap markers. */
  public Topic<BookEvent> mdBook() {
    return mdBook;
  }

  /** Kalshi public trades. */
  public Topic<MarketTrade> mdTrades() {
    return mdTrades;
  }

  /** Spot prices from exchanges. */
  public Topic<SpotTick> mdSpot() {
    return mdSpot;
  }

  /** Strategy signals. */
  public Topic<Signal> signals() {
    return signals;
  }

  /** Risk gate decisions. */
  public Topic<RiskDecision> riskDecisions() {
    return riskDecisions;
  }

  /** Our order lifecycle. */
  public Topic<OrderEvent> ordersEvents() {
    return ordersEvents;
  }

  /** Our fills. */
  public Topic<Fill> trades() {
    return trades;
  }

  /** Settlements of markets we held. */
  public Topic<MarketSettled> settlements() {
    return settlements;
  }

  /** Portfolio snapshots (compacted). */
  public Topic<PortfolioSnapshot> portfolio() {
    return portfolio;
  }

  /** Operator commands (compacted per scope). */
  public Topic<ControlCommand> control() {
    return control;
  }

  /** Alerts for operators. */
  public Topic<Alert> alerts() {
    return alerts;
  }

  /** Dead letters: what could not be decoded or processed. */
  public Topic<DeadLetter> dlq() {
    return dlq;
  }
}
