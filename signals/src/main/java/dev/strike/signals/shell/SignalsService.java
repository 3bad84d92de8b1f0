package dev.strike.signals.shell;

import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;

/**
 * The {@code signals} service. Market data in, {@code signals} out. Today it consumes, validates and counts its inputs; the strategies arrive with issue #4.
 */
public final class SignalsService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "signals";

  private SignalsService() {}

  /** A new instance of the service. */
  public static StrikeService create() {
    return new ConsumingService(NAME, context -> {
      Topics topics = context.topics();
      InputTally tally = new InputTally(NAME, context.meters());
      return TopicRouter.builder()
          .on(topics.mdMarkets(), tally)
          .on(topics.mdBook(), tally)
          .on(topics.mdTrades(), tally)
          .on(topics.mdSpot(), tally)
          .on(topics.control(), tally)
          .build();
    });
  }
}
