package dev.strike.ingest.shell;

import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;

/**
 * The {@code ingest-market} service. Kalshi discovery, books, trades and lifecycle onto {@code md.markets}, {@code md.book}, {@code md.trades}. Today it consumes and validates {@code control} only; the Kalshi feeds arrive with issue #3.
 */
public final class IngestMarketService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "ingest-market";

  private IngestMarketService() {}

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
