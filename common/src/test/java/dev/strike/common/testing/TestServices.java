package dev.strike.common.testing;

import dev.strike.common.kafka.DeadLetters;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.ops.HealthRegistry;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;

/** The context a service test runs a real service in: the shared embedded broker, the wall clock, fresh health. */
public final class TestServices {
  private TestServices() {}

  /** A context on {@link SharedKafka} for {@code topics}, sending with {@code sender}, metering into {@code meters}. */
  public static ServiceContext context(Topics topics, KafkaSender sender, MeterRegistry meters) {
    return new ServiceContext(topics, SharedKafka.bootstrapServers(), Map.of(), sender,
        new DeadLetters(sender, topics.dlq(), SystemClock.INSTANCE, meters), meters, new HealthRegistry(),
        SystemClock.INSTANCE);
  }
}
