package dev.strike.execution.shell;

import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;

/**
 * The {@code execution} service. Approved orders in; {@code orders.events}, {@code trades} and {@code settlements} out. Today it consumes, validates and counts its inputs; the venues arrive with issue #6.
 */
public final class ExecutionService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "execution";

  private ExecutionService() {}

  /** A new instance of the service. */
  public static StrikeService create() {
    return new ConsumingService(NAME, context -> {
      Topics topics = context.topics();
      InputTally tally = new InputTally(NAME, context.meters());
      return TopicRouter.builder()
          .on(topics.riskDecisions(), tally)
          .on(topics.mdBook(), tally)
          .on(topics.mdTrades(), tally)
          .on(topics.mdMarkets(), tally)
          .on(topics.control(), tally)
          .build();
    });
  }
}
