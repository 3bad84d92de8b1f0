package dev.strike.app;

import dev.strike.alerts.shell.AlertsService;
import dev.strike.app.api.shell.ApiService;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.service.StrikeService;
import dev.strike.execution.shell.ExecutionService;
import dev.strike.ingest.market.shell.IngestMarketService;
import dev.strike.ingest.spot.shell.IngestSpotService;
import dev.strike.risk.shell.RiskService;
import dev.strike.signals.shell.SignalsService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Every service this build can run, by name, in data-flow order (the order they start; they stop in reverse). */
public final class ServiceCatalog {
  private ServiceCatalog() {}

  private static final Map<String, Function<StrikeConfig, StrikeService>> SERVICES = new LinkedHashMap<>();

  static {
    SERVICES.put(IngestMarketService.NAME, config -> IngestMarketService.create(config.markets(), config.kalshi()));
    SERVICES.put(IngestSpotService.NAME, config -> IngestSpotService.create(config.spot()));
    SERVICES.put(SignalsService.NAME, config -> SignalsService.create(config.signals(), config.spot().assets()));
    SERVICES.put(RiskService.NAME, config -> RiskService.create(config.risk()));
    SERVICES.put(ExecutionService.NAME, config -> ExecutionService.create(context -> Venues.create(config, context),
        config.execution().cancelOnShutdown()));
    SERVICES.put(AlertsService.NAME, config -> AlertsService.create(config.alerts()));
    SERVICES.put(ApiService.NAME, ApiService::create);
  }

  /** The names, in data-flow order. */
  public static final List<String> NAMES = List.copyOf(SERVICES.keySet());

  /** A new instance of the service {@code name}, configured by {@code config}. */
  public static StrikeService create(String name, StrikeConfig config) {
    Function<StrikeConfig, StrikeService> factory = SERVICES.get(name);
    if (factory == null) {
      throw new IllegalArgumentException("unknown service '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    }
    return factory.apply(config);
  }

  /** {@code names} in data-flow order. */
  public static List<String> inFlowOrder(List<String> names) {
    return NAMES.stream().filter(names::contains).toList();
  }
}
