package dev.strike.risk.shell;

import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;

/**
 * The {@code risk} service. Signals in, {@code risk.decisions} out, with the portfolio folded from our trades, orders and settlements. Today it consumes, validates and counts its inputs; the gate arrives with issue #5.
 */
public final class RiskService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "risk";

  private RiskService() {}

  /** A new instance of the service. */
  public static StrikeService create() {
    return new ConsumingService(NAME, context -> {
      Topics topics = context.topics();
      InputTally tally = new InputTally(NAME, context.meters());
      return TopicRouter.builder()
          .on(topics.signals(), tally)
          .on(topics.trades(), tally)
          .on(topics.ordersEvents(), tally)
          .on(topics.settlements(), tally)
          .on(topics.mdMarkets(), tally)
          .on(topics.control(), tally)
          .build();
    });
  }
}
