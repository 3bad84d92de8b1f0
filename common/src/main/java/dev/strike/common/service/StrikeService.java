package dev.strike.common.service;

import reactor.core.publisher.Mono;

/**
 * One Strike service (ingest-market, ingest-spot, signals, risk, execution, alerts). The same service runs inside
 * the all-in-one process or alone in its own process; it talks to the others only through Kafka topics.
 */
public interface StrikeService extends AutoCloseable {
  /** The service's name, e.g. {@code signals}; also its consumer group and its health component. */
  String name();

  /**
   * Starts the service. The Mono completes when the service was closed and fails when it stopped on a fatal error
   * (a broken invariant, exhausted retries), which stops the process: restart is the same path as start.
   */
  Mono<Void> run(ServiceContext context);

  /**
   * Stops gracefully: stop consuming, finish what is in progress, flush outputs, commit. Blocks until done or the
   * service's close timeout passed. Idempotent.
   */
  @Override
  void close();
}
