package dev.strike.ingest.spot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.config.ConfigException;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigProblem;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.id.Asset;
import dev.strike.ingest.spot.core.Exchange;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpotSettingsTest {
  /** The section under the key the application gives it. */
  record Root(SpotSettings spot) {
    static Root defaults() {
      return new Root(SpotSettings.defaults());
    }
  }

  private static SpotSettings load(Map<String, String> overrides) {
    return ConfigLoader.load(Root.class, null, ConfigSources.none().withOverrides(overrides)).spot();
  }

  private static List<String> problems(Map<String, String> overrides) {
    try {
      load(overrides);
      return List.of();
    } catch (ConfigException e) {
      return e.problems().stream().map(p -> p.toString().replace(" (from the command line)", "")).toList();
    }
  }

  @Test
  void shouldReadBtcEthSolFromThreeExchangesAtProductionUrlsByDefault() {
    SpotSettings settings = load(Map.of());

    assertThat(settings).isEqualTo(SpotSettings.defaults());
    assertThat(settings.assets()).containsExactly(Asset.of("BTC"), Asset.of("ETH"), Asset.of("SOL"));
    assertThat(settings.enabledFeeds()).containsExactly(
        Map.entry(Exchange.COINBASE, URI.create("wss://ws-feed.exchange.coinbase.com")),
        Map.entry(Exchange.KRAKEN, URI.create("wss://ws.kraken.com/v2")),
        Map.entry(Exchange.BITSTAMP, URI.create("wss://ws.bitstamp.net")));
    assertThat(settings.staleAfter()).isEqualTo(Duration.ofSeconds(10));
    assertThat(settings.reconnect()).isEqualTo(new SpotSettings.Reconnect(Duration.ofMillis(500),
        Duration.ofSeconds(30), 0));
  }

  @Test
  void shouldKeepTheOtherFeedKeysWhenOnlyAUrlIsOverridden() {
    SpotSettings settings = load(Map.of("spot.feeds.kraken.url", "ws://127.0.0.1:4567/v2",
        "spot.feeds.bitstamp.enabled", "false"));

    assertThat(settings.enabledFeeds()).containsExactly(
        Map.entry(Exchange.COINBASE, URI.create("wss://ws-feed.exchange.coinbase.com")),
        Map.entry(Exchange.KRAKEN, URI.create("ws://127.0.0.1:4567/v2")));
  }

  @Test
  void shouldTakeAssetsAndDurationsFromTheEnvironment() {
    SpotSettings settings = ConfigLoader.load(Root.class, null, ConfigSources.none().withEnvironment(Map.of(
        "STRIKE_SPOT_ASSETS", "BTC,ETH", "STRIKE_SPOT_STALE_AFTER", "5s",
        "STRIKE_SPOT_RECONNECT_MAX_ATTEMPTS", "3"))).spot();

    assertThat(settings.assets()).containsExactly(Asset.of("BTC"), Asset.of("ETH"));
    assertThat(settings.staleAfter()).isEqualTo(Duration.ofSeconds(5));
    assertThat(settings.reconnect().maxAttempts()).isEqualTo(3);
  }

  @Test
  void shouldReportEveryBrokenRuleByItsFullKey() {
    assertThat(problems(Map.of("spot.assets", "BTC,ETH,BTC", "spot.staleAfter", "0",
        "spot.feeds.coinbase.url", "https://ws-feed.exchange.coinbase.com", "spot.feeds.kraken.url", "wss://",
        "spot.reconnect.minBackoff", "2s", "spot.reconnect.maxBackoff", "1s", "spot.reconnect.maxAttempts", "-1")))
        .containsExactlyInAnyOrder(
            "spot.feeds.coinbase.url: must be a ws:// or wss:// URL with a host (e.g. wss://ws.kraken.com/v2), got"
                + " 'https://ws-feed.exchange.coinbase.com'",
            "spot.feeds.kraken.url: must be a ws:// or wss:// URL with a host (e.g. wss://ws.kraken.com/v2), got"
                + " 'wss://'",
            "spot.reconnect.maxBackoff: must be at least minBackoff (2s), got 1s",
            "spot.reconnect.maxAttempts: must be at least 0, got -1",
            "spot.assets[2]: 'BTC' is listed twice",
            "spot.staleAfter: must be positive, got 0s");
  }

  @Test
  void shouldRefuseAnIdleTimeoutThatCannotOutlastTheKeepAlive() {
    assertThat(problems(Map.of("spot.idleTimeout", "10s", "spot.pingInterval", "10s"))).containsExactly(
        "spot.idleTimeout: must be longer than pingInterval (10s), or a quiet connection would be dropped before"
            + " its keep-alive is answered; got 10s");
  }

  @Test
  void shouldRefuseAnEmptyAssetListAndALowerCaseSymbol() {
    assertThat(problems(Map.of("spot.assets", "")))
        .containsExactly("spot.assets: must name at least one asset, e.g. [BTC, ETH, SOL]");
    assertThat(problems(Map.of("spot.assets", "btc"))).singleElement().asString().startsWith("spot.assets[0]:");
    assertThat(validate(new SpotSettings(List.of(), SpotSettings.Feeds.defaults(), Duration.ofSeconds(1),
        Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10), SpotSettings.Reconnect.defaults())))
        .containsExactly("assets: must name at least one asset, e.g. [BTC, ETH, SOL]");
  }

  @Test
  void shouldLoadTheDocumentedExampleSectionAsTheDefaults() throws URISyntaxException {
    Path example = Path.of(getClass().getResource("/spot-section.example.yaml").toURI());

    assertThat(ConfigLoader.load(Root.class, null, ConfigSources.none().withFile(example)).spot())
        .isEqualTo(SpotSettings.defaults());
  }

  @Test
  void shouldDocumentEveryKeyInTheExampleSection() throws Exception {
    Path example = Path.of(getClass().getResource("/spot-section.example.yaml").toURI());
    String text = java.nio.file.Files.readString(example);

    for (String key : ConfigLoader.keys(Root.class)) {
      String leaf = key.substring(key.lastIndexOf('.') + 1);
      assertThat(text).as(key).contains(leaf + ":");
    }
    assertThat(ConfigLoader.keys(Root.class)).hasSize(14);
  }

  private static List<String> validate(SpotSettings settings) {
    try {
      ConfigLoader.validate(SpotSettings.class, settings);
      return List.of();
    } catch (ConfigException e) {
      return e.problems().stream().map(ConfigProblem::toString).toList();
    }
  }

  @Test
  void shouldThrowAConfigExceptionWhenValidatingBrokenSettingsInCode() {
    SpotSettings broken = new SpotSettings(List.of(Asset.of("BTC")), SpotSettings.Feeds.defaults(),
        Duration.ofSeconds(-1), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(10),
        SpotSettings.Reconnect.defaults());

    assertThatThrownBy(() -> ConfigLoader.validate(SpotSettings.class, broken)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("staleAfter: must be positive, got -1s");
  }
}
