package dev.strike.common.kafka;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Runs the steps of a single-threaded engine one at a time, on whichever thread asks, and hands each step's outputs
 * to the producer before the next step may start.
 *
 * <p>Why not a thread of the engine's own: a hop to another thread is a wake-up (a futex call and a context switch)
 * per input, which on the 2-vCPU machines this project runs on costs ~20 µs of CPU each side and, with the broker in
 * the same box, is a large part of what an input costs (ADR 0014). The receiver already calls a partition's
 * processor on its poll thread when a poll returns one partition; a lock instead of a hop keeps the engine's state
 * confined (one step at a time, each step sees the previous one's writes) without the wake-up.
 *
 * <p>Order: {@code publish} is subscribed inside the section, so a step's sends (which call
 * {@code KafkaProducer.send} when subscribed, see {@link KafkaSender}) reach the producer before any later step's
 * do, and the idempotent producer keeps that order per partition. {@code publish} must therefore hand every send to
 * the producer when subscribed (as {@code Mono.when} of {@link KafkaSender#send} Monos, or a {@code flatMapSequential}
 * of them, does) and must not block.
 *
 * <p>Thread-safe. A step must not block: it may run on a receiver's poll thread.
 */
public final class SerialSection {
  private final Object lock = new Object();

  /**
   * Runs {@code step} inside the section when the returned Mono is subscribed, then subscribes
   * {@code publish.apply(result)} before leaving it. The Mono completes when what {@code publish} returned completes
   * (the outputs' acknowledgements), and fails with the step's or the publication's error.
   */
  public <T> Mono<Void> run(Callable<T> step, Function<? super T, Mono<Void>> publish) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(publish, "publish");
    return Mono.defer(() -> {
      CompletableFuture<Void> acknowledged;
      synchronized (lock) {
        T result;
        try {
          result = step.call();
        } catch (Exception e) {
          return Mono.error(e);
        }
        acknowledged = Objects.requireNonNull(publish.apply(result), "publish returned no Mono").toFuture();
      }
      return Mono.fromFuture(acknowledged);
    });
  }

  /** Runs {@code action} inside the section, on the calling thread, now. */
  public <T> T call(Callable<T> action) throws Exception {
    synchronized (lock) {
      return action.call();
    }
  }
}
