package dev.strike.ingest.shell;

import dev.strike.common.service.StrikeService;
import dev.strike.ingest.spot.SpotSettings;

/**
 * Where {@code ingest-spot} used to live; kept only until every branch has moved to
 * {@link dev.strike.ingest.spot.shell.IngestSpotService}. To be deleted.
 */
public final class IngestSpotService {
  /** The service's name. */
  public static final String NAME = dev.strike.ingest.spot.shell.IngestSpotService.NAME;

  private IngestSpotService() {}

  /** The service with its default settings. */
  public static StrikeService create() {
    return dev.strike.ingest.spot.shell.IngestSpotService.create(SpotSettings.defaults());
  }
}
