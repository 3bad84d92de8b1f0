package dev.strike.ingest.shell;

import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;

/**
 * The {@code ingest-spot} service. Exchange spot feeds onto {@code md.spot}. Today it consumes and validates {@code control} only; the exchange feeds arrive with issue #3.
 */
public final class IngestSpotService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "ingest-spot";

  private IngestSpotService() {}

  /** A new instance of the service. */
  public static StrikeService create() {
    return new ConsumingService(NAME, context -> {
      Topics topics = context.topics();
      InputTally tally = new InputTally(NAME, context.meters());
      return TopicRouter.builder()
          .on(topics.control(), tally)
          .build();
    });
  }
}
