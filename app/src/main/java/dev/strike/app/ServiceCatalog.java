package dev.strike.app;

import dev.strike.alerts.shell.AlertsService;
import dev.strike.common.service.StrikeService;
import dev.strike.execution.shell.ExecutionService;
import dev.strike.ingest.shell.IngestMarketService;
import dev.strike.ingest.shell.IngestSpotService;
import dev.strike.risk.shell.RiskService;
import dev.strike.signals.shell.SignalsService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Every service this build can run, by name, in data-flow order (the order they start; they stop in reverse). */
public final class ServiceCatalog {
  private ServiceCatalog() {}

  private static final Map<String, Supplier<StrikeService>> SERVICES = new LinkedHashMap<>();

  static {
    SERVICES.put(IngestMarketService.NAME, IngestMarketService::create);
    SERVICES.put(IngestSpotService.NAME, IngestSpotService::create);
    SERVICES.put(SignalsService.NAME, SignalsService::create);
    SERVICES.put(RiskService.NAME, RiskService::create);
    SERVICES.put(ExecutionService.NAME, ExecutionService::create);
    SERVICES.put(AlertsService.NAME, AlertsService::create);
  }

  /** The names, in data-flow order. */
  public static final List<String> NAMES = List.copyOf(SERVICES.keySet());

  /** A new instance of the service {@code name}. */
  public static StrikeService create(String name) {
    Supplier<StrikeService> factory = SERVICES.get(name);
    if (factory == null) {
      throw new IllegalArgumentException("unknown service '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    }
    return factory.get();
  }

  /** {@code names} in data-flow order. */
  public static List<String> inFlowOrder(List<String> names) {
    return NAMES.stream().filter(names::contains).toList();
  }
}
