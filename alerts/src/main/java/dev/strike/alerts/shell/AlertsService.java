package dev.strike.alerts.shell;

import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;

/**
 * The {@code alerts} service. Trades, settlements and alerts to operators' channels. Today it consumes, validates and counts its inputs; the channels arrive with issue #8.
 */
public final class AlertsService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "alerts";

  private AlertsService() {}

  /** A new instance of the service. */
  public static StrikeService create() {
    return new ConsumingService(NAME, context -> {
      Topics topics = context.topics();
      InputTally tally = new InputTally(NAME, context.meters());
      return TopicRouter.builder()
          .on(topics.trades(), tally)
          .on(topics.settlements(), tally)
          .on(topics.alerts(), tally)
          .build();
    });
  }
}
