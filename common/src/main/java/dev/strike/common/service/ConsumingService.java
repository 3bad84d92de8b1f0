package dev.strike.common.service;

import dev.strike.common.kafka.KafkaReceiver;
import dev.strike.common.kafka.ReceiverOptions;
import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.ops.Health;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A service whose work is driven by its input topics: it consumes them through a {@link KafkaReceiver} (in order per
 * partition, commits after outputs are acknowledged, bad records to {@code dlq}) and hands each decoded event to the
 * handlers of the {@link TopicRouter} it builds from its context. Reports {@code up} while consuming, {@code down}
 * once stopped or failed. Thread-safe.
 */
public final class ConsumingService implements StrikeService {
  private final String name;
  private final Function<ServiceContext, TopicRouter> routes;
  private final Function<ServiceContext, Map<String, Long>> startOffsets;
  private final AtomicReference<@Nullable KafkaReceiver> receiver = new AtomicReference<>();
  private volatile String state = "not started";

  /**
   * A service named {@code name} whose inputs and handlers {@code routes} declares.
   *
   * @param routes builds the router from the run's context (topics, sender, clock, …)
   */
  public ConsumingService(String name, Function<ServiceContext, TopicRouter> routes) {
    this(name, routes, context -> Map.of());
  }

  /**
   * A service whose inputs start at the offsets {@code startOffsets} gives (per {@code topic-partition}; others at
   * the group's committed offsets). It is asked right after {@code routes}, so a router that restores state from a
   * snapshot can say where that snapshot ends.
   */
  public ConsumingService(String name, Function<ServiceContext, TopicRouter> routes,
      Function<ServiceContext, Map<String, Long>> startOffsets) {
    this.name = Objects.requireNonNull(name, "name");
    this.routes = Objects.requireNonNull(routes, "routes");
    this.startOffsets = Objects.requireNonNull(startOffsets, "startOffsets");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Mono<Void> run(ServiceContext context) {
    return Mono.defer(() -> {
      TopicRouter router = routes.apply(context);
      ReceiverOptions options = context.receiverOptions(name, router.topics())
          .withStartOffsets(startOffsets.apply(context));
      KafkaReceiver r = new KafkaReceiver(router.serial() ? options.withLanesOnPollThread() : options,
          context.deadLetters(), context.meters(), context.flow());
      if (!receiver.compareAndSet(null, r)) {
        r.close();
        return Mono.error(new IllegalStateException("service " + name + " is already running"));
      }
      context.health().register("service:" + name, () -> "consuming".equals(state)
          ? Health.up(Map.of("state", state, "inputs", String.join(",", router.topics())))
          : Health.down(Map.of("state", state)));
      state = "consuming";
      return r.run(router)
          .doOnSuccess(v -> state = "stopped")
          .doOnError(e -> state = "failed: " + e);
    });
  }

  @Override
  public void close() {
    KafkaReceiver r = receiver.get();
    if (r != null) {
      r.close();
      state = "stopped";
    }
  }
}
