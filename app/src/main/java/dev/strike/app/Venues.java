package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.Venue;
import dev.strike.common.id.AccountId;
import dev.strike.common.service.ServiceContext;
import dev.strike.execution.ExecutionSettings;
import dev.strike.execution.core.paper.LatencyModel;
import dev.strike.execution.core.paper.PaperExchange;
import dev.strike.execution.core.paper.PaperSettings;
import dev.strike.execution.kalshi.KalshiVenue;
import dev.strike.execution.kalshi.KalshiVenueConfig;
import dev.strike.execution.venue.ExecutionVenue;
import dev.strike.execution.venue.PaperVenue;
import dev.strike.kalshi.auth.KalshiCredentials;
import dev.strike.kalshi.KalshiSettings;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.rest.KalshiRestClient;
import dev.strike.kalshi.rest.KalshiRestConfig;
import dev.strike.kalshi.ws.KalshiWsClient;
import dev.strike.kalshi.ws.KalshiWsConfig;
import java.time.Duration;
import reactor.core.scheduler.Schedulers;

/** Builds the execution venue the configured {@code mode} asks for. */
public final class Venues {
  private Venues() {}

  /** The paper venue's settings: the latency model of the {@code execution} section, the risk account. */
  public static PaperSettings paperSettings(StrikeConfig config) {
    ExecutionSettings execution = config.execution();
    LatencyModel latency = execution.latencySamples().isEmpty()
        ? new LatencyModel.Fixed(execution.latency().toNanos())
        : new LatencyModel.Empirical(execution.latencySamples().stream().mapToLong(Duration::toNanos).toArray(),
            execution.latencySeed());
    return new PaperSettings(latency, Venue.PAPER, AccountId.of(config.risk().account()));
  }

  /** Paper by default; Kalshi demo or live (the configuration was validated: a key is there). */
  public static ExecutionVenue create(StrikeConfig config, ServiceContext context) {
    if (config.mode() == Venue.PAPER) {
      return new PaperVenue(new PaperExchange(paperSettings(config)));
    }
    KalshiSettings kalshi = config.kalshi();
    KalshiCredentials credentials = kalshi.credentials().orElseThrow(() -> new IllegalStateException(
        "mode " + config.mode() + " needs kalshi.keyId and kalshi.keyFile"));
    KalshiSigner signer = new KalshiSigner(credentials, context.clock());
    KalshiRestClient rest = KalshiRestClient.builder(KalshiRestConfig.defaults(kalshi.restRoot()))
        .clock(context.clock()).signer(signer).build();
    KalshiWsClient ws = new KalshiWsClient(KalshiWsConfig.defaults(kalshi.webSocket()), signer, context.clock());
    return new KalshiVenue(config.mode(), rest, ws, context.clock(), Schedulers.newSingle("kalshi-venue", true),
        KalshiVenueConfig.defaults());
  }
}
