package dev.strike.ingest.spot;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import dev.strike.common.id.Asset;
import dev.strike.ingest.spot.core.Exchange;
import dev.strike.ingest.spot.core.ReconnectPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The {@code spot} configuration section: which spot feeds {@code ingest-spot} runs, for which assets, and how it
 * judges and keeps their connections. Immutable; constructors reject nulls and copy lists, value rules are checked
 * by {@link #validate} (the loader calls each section's {@code validate}, so problems come out by full key, e.g.
 * {@code spot.feeds.kraken.url}).
 *
 * @param assets the underlyings to read, each against USD; at least one, no repeats; default BTC, ETH, SOL
 * @param feeds the exchanges, each enabled or not, with its WebSocket URL
 * @param staleAfter a source's asset is stale when its latest trade (by the exchange's time) is older than this;
 *     positive; default 10 s
 * @param idleTimeout a connection with no frame at all for this long is closed and reopened; longer than
 *     {@code pingInterval}; default 30 s
 * @param pingInterval how often a keep-alive is sent where the exchange needs one (Kraken ping, Bitstamp
 *     heartbeat; Coinbase sends heartbeats by itself); positive; default 10 s
 * @param connectTimeout the longest a connection may take to open (TCP, TLS and the WebSocket handshake);
 *     positive; default 10 s
 * @param reconnect the backoff between connection attempts
 */
public record SpotSettings(List<Asset> assets, Feeds feeds, Duration staleAfter, Duration idleTimeout,
    Duration pingInterval, Duration connectTimeout, Reconnect reconnect) implements Validatable {

  /** Checks presence and copies the asset list. */
  public SpotSettings {
    assets = List.copyOf(assets);
    Objects.requireNonNull(feeds, "feeds");
    Objects.requireNonNull(staleAfter, "staleAfter");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    Objects.requireNonNull(pingInterval, "pingInterval");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(reconnect, "reconnect");
  }

  /** BTC, ETH and SOL from Coinbase, Kraken and Bitstamp at their production URLs. */
  public static SpotSettings defaults() {
    return new SpotSettings(List.of(Asset.of("BTC"), Asset.of("ETH"), Asset.of("SOL")), Feeds.defaults(),
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10),
        Reconnect.defaults());
  }

  /** The enabled feeds and their URLs, in {@link Exchange} order. */
  public Map<Exchange, URI> enabledFeeds() {
    Map<Exchange, URI> enabled = new EnumMap<>(Exchange.class);
    feeds.byExchange().forEach((exchange, feed) -> {
      if (feed.enabled()) {
        enabled.put(exchange, URI.create(feed.url()));
      }
    });
    return enabled;
  }

  @Override
  public void validate(ConfigProblems problems) {
    if (assets.isEmpty()) {
      problems.at("assets").fail("must name at least one asset, e.g. [BTC, ETH, SOL]");
    }
    Set<Asset> seen = new HashSet<>();
    for (int i = 0; i < assets.size(); i++) {
      if (!seen.add(assets.get(i))) {
        problems.at("assets").at(i).fail("'" + assets.get(i) + "' is listed twice");
      }
    }
    positive(problems, "staleAfter", staleAfter);
    positive(problems, "connectTimeout", connectTimeout);
    if (positive(problems, "pingInterval", pingInterval) && positive(problems, "idleTimeout", idleTimeout)
        && idleTimeout.compareTo(pingInterval) <= 0) {
      problems.at("idleTimeout").fail("must be longer than pingInterval (" + text(pingInterval)
          + "), or a quiet connection would be dropped before its keep-alive is answered; got " + text(idleTimeout));
    }
  }

  private static boolean positive(ConfigProblems problems, String key, Duration value) {
    return problems.check(!value.isNegative() && !value.isZero(), key, "must be positive, got " + text(value));
  }

  private static String text(Duration value) {
    return value.toString().substring(2).toLowerCase(Locale.ROOT);
  }

  /**
   * The feeds, one key per exchange.
   *
   * @param coinbase Coinbase Exchange ({@code matches} channel); default {@value #COINBASE_URL}
   * @param kraken Kraken WebSocket v2 ({@code trade} channel); default {@value #KRAKEN_URL}
   * @param bitstamp Bitstamp WebSocket v2 ({@code live_trades_<pair>}); default {@value #BITSTAMP_URL}
   */
  public record Feeds(Feed coinbase, Feed kraken, Feed bitstamp) {
    /** Coinbase Exchange's public feed. */
    public static final String COINBASE_URL = "wss://ws-feed.exchange.coinbase.com";
    /** Kraken's public WebSocket v2 endpoint. */
    public static final String KRAKEN_URL = "wss://ws.kraken.com/v2";
    /** Bitstamp's WebSocket v2 endpoint. */
    public static final String BITSTAMP_URL = "wss://ws.bitstamp.net";

    /** Checks presence. */
    public Feeds {
      Objects.requireNonNull(coinbase, "coinbase");
      Objects.requireNonNull(kraken, "kraken");
      Objects.requireNonNull(bitstamp, "bitstamp");
    }

    /** All three enabled at their production URLs. */
    public static Feeds defaults() {
      return new Feeds(new Feed(true, COINBASE_URL), new Feed(true, KRAKEN_URL), new Feed(true, BITSTAMP_URL));
    }

    /** Each feed by its exchange. */
    public Map<Exchange, Feed> byExchange() {
      Map<Exchange, Feed> all = new EnumMap<>(Exchange.class);
      all.put(Exchange.COINBASE, coinbase);
      all.put(Exchange.KRAKEN, kraken);
      all.put(Exchange.BITSTAMP, bitstamp);
      return all;
    }
  }

  /**
   * One exchange feed.
   *
   * @param enabled whether {@code ingest-spot} connects to it
   * @param url its WebSocket URL, {@code wss://} (or {@code ws://}, for local test servers) with a host
   */
  public record Feed(boolean enabled, String url) implements Validatable {
    /** Checks presence. */
    public Feed {
      Objects.requireNonNull(url, "url");
    }

    @Override
    public void validate(ConfigProblems problems) {
      String problem = urlProblem(url);
      if (problem != null) {
        problems.at("url").fail(problem);
      }
    }

    private static @Nullable String urlProblem(String url) {
      String expected = "must be a ws:// or wss:// URL with a host (e.g. wss://ws.kraken.com/v2), got '" + url + "'";
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        return expected;
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("ws") || scheme.equals("wss")) || uri.getHost() == null || uri.getHost().isBlank()) {
        return expected;
      }
      return null;
    }
  }

  /**
   * Reconnecting after a lost or failed connection: the delay starts at {@code minBackoff}, doubles with each
   * consecutive failure up to {@code maxBackoff}, with random jitter within that range; a connection that got a
   * subscription ack or a trade resets it.
   *
   * @param minBackoff the first delay; positive; default 500 ms
   * @param maxBackoff the cap; at least {@code minBackoff}; default 30 s
   * @param maxAttempts consecutive failures after which a feed gives up (and reports down); 0 = never; default 0
   */
  public record Reconnect(Duration minBackoff, Duration maxBackoff, int maxAttempts) implements Validatable {
    /** Checks presence. */
    public Reconnect {
      Objects.requireNonNull(minBackoff, "minBackoff");
      Objects.requireNonNull(maxBackoff, "maxBackoff");
    }

    /** 500 ms to 30 s, never give up. */
    public static Reconnect defaults() {
      return new Reconnect(Duration.ofMillis(500), Duration.ofSeconds(30), 0);
    }

    /** The policy these settings describe; call only on validated settings. */
    public ReconnectPolicy policy() {
      return new ReconnectPolicy(minBackoff, maxBackoff, maxAttempts);
    }

    @Override
    public void validate(ConfigProblems problems) {
      if (positive(problems, "minBackoff", minBackoff) && maxBackoff.compareTo(minBackoff) < 0) {
        problems.at("maxBackoff").fail("must be at least minBackoff (" + text(minBackoff) + "), got "
            + text(maxBackoff));
      }
      problems.atLeast("maxAttempts", maxAttempts, 0);
    }
  }
}
