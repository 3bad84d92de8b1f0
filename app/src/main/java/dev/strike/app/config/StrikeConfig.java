package dev.strike.app.config;

import dev.strike.alerts.AlertsSettings;
import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.EmbeddedKafkaSettings;
import dev.strike.common.config.HttpSettings;
import dev.strike.common.config.KafkaSettings;
import dev.strike.common.config.Validatable;
import dev.strike.common.event.Venue;
import dev.strike.ingest.market.MarketsSettings;
import dev.strike.ingest.spot.SpotSettings;
import dev.strike.kalshi.KalshiSettings;
import dev.strike.execution.ExecutionSettings;
import dev.strike.risk.RiskSettings;
import dev.strike.signals.SignalsSettings;
import java.util.Objects;

/**
 * The whole configuration of a Strike process ({@code strike.example.yaml} documents every key). Sections of later
 * modules join as fields here. Immutable; checked by the loader, every problem reported by key.
 *
 * @param mode where orders go: paper (default), demo or live
 * @param kafka Kafka access, topic namespace and the embedded broker
 * @param http the metrics and health endpoint
 * @param services the services this process runs
 * @param spot the exchange spot feeds of ingest-spot
 * @param kalshi how to reach Kalshi and with which API key
 * @param markets which Kalshi markets ingest-market follows
 * @param signals the strategies, the spot index and the lanes of the signals service
 * @param risk the account, the risk profile and limits, exits, the trading day and snapshots of the risk service
 * @param execution the paper venue's latency model and shutdown behaviour
 * @param console the status line and the log format
 * @param alerts the notification channels, their filters, digests and retries, and the Telegram bot
 * @param api the operator API and dashboard
 */
public record StrikeConfig(Venue mode, KafkaSettings kafka, HttpSettings http, ServicesSettings services,
    SpotSettings spot, KalshiSettings kalshi, MarketsSettings markets, SignalsSettings signals,
    RiskSettings risk, ExecutionSettings execution, ConsoleSettings console, AlertsSettings alerts, ApiSettings api)
    implements Validatable {

  /** Checks presence. */
  public StrikeConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(services, "services");
    Objects.requireNonNull(spot, "spot");
    Objects.requireNonNull(kalshi, "kalshi");
    Objects.requireNonNull(markets, "markets");
    Objects.requireNonNull(signals, "signals");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(execution, "execution");
    Objects.requireNonNull(console, "console");
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(api, "api");
  }

  /** Paper trading, the embedded broker, metrics on 127.0.0.1:9400, every service. */
  public static StrikeConfig defaults() {
    return new StrikeConfig(Venue.PAPER, KafkaSettings.defaults(), HttpSettings.defaults(),
        ServicesSettings.defaults(), SpotSettings.defaults(), KalshiSettings.defaults(), MarketsSettings.defaults(),
        SignalsSettings.defaults(), RiskSettings.defaults(),
        ExecutionSettings.defaults(), ConsoleSettings.defaults(), AlertsSettings.defaults(),
        ApiSettings.defaults());
  }

  @Override
  public void validate(ConfigProblems problems) {
    if (mode != Venue.PAPER && !kalshi.hasKey()) {
      problems.at("mode").fail("'" + mode.name().toLowerCase(java.util.Locale.ROOT) + "' trades on Kalshi and needs"
          + " kalshi.keyId and kalshi.keyFile");
    }
    if (mode == Venue.DEMO && kalshi.environment() == dev.strike.kalshi.KalshiEnvironment.PRODUCTION) {
      problems.at("mode").fail("'demo' needs kalshi.environment demo (or custom), not production");
    }
    if (mode == Venue.LIVE && kalshi.environment() != dev.strike.kalshi.KalshiEnvironment.PRODUCTION) {
      problems.at("mode").fail("'live' needs kalshi.environment production; use mode demo for "
          + kalshi.environment().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (mode != Venue.PAPER && signals.enabled().contains(SignalsSettings.BENCH)) {
      // the benchmark's strategy orders on every tick without any model: never with real money
      problems.at("signals").at("enabled").fail("'" + SignalsSettings.BENCH.value()
          + "' is the benchmark's strategy (strike bench) and only runs in mode paper");
    }
    if (kafka.usesEmbeddedBroker() && http.port() != 0) {
      EmbeddedKafkaSettings embedded = kafka.embedded();
      if (http.port() == embedded.port() || http.port() == embedded.controllerPort()) {
        problems.at("http").at("port").fail("is also the embedded Kafka broker's port (" + http.port()
            + "); choose another");
      }
    }
    validateApiPort(problems);
  }

  private void validateApiPort(ConfigProblems problems) {
    if (api.port() == 0) {
      return;
    }
    if (api.port() == http.port()) {
      problems.at("api").at("port").fail("is also http.port (" + api.port() + "), the metrics endpoint; choose "
          + "another");
    }
    if (kafka.usesEmbeddedBroker()
        && (api.port() == kafka.embedded().port() || api.port() == kafka.embedded().controllerPort())) {
      problems.at("api").at("port").fail("is also the embedded Kafka broker's port (" + api.port()
          + "); choose another");
    }
  }
}
