package dev.strike.app.bench.shell;

import dev.strike.app.ServiceCatalog;
import dev.strike.app.Venues;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.service.StrikeService;
import dev.strike.common.time.Clock;
import dev.strike.execution.shell.ExecutionService;
import java.util.function.BiFunction;

/**
 * The services of a benchmark run: as {@link ServiceCatalog} builds them, except that the execution service tells
 * {@code orders} when each approved order is handed to the venue (tick {@code tsInit} → that moment, on the same
 * epoch clock the injector stamped the tick with).
 */
final class BenchServices {
  private BenchServices() {}

  static BiFunction<String, StrikeConfig, StrikeService> factory(LatencyRecorder orders, Clock clock) {
    return (name, config) -> {
      if (!ExecutionService.NAME.equals(name)) {
        return ServiceCatalog.create(name, config);
      }
      return ExecutionService.create(context -> Venues.create(config, context), false,
          approved -> orders.record(approved.tsInit(), clock.nowNs()));
    };
  }
}
