package dev.strike.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class SerialSectionTest {
  private static final int THREADS = 4;
  private static final int STEPS_PER_THREAD = 2_000;

  @Test
  void shouldRunOneStepAtATimeAndPublishInStepOrderWhenThreadsRace() throws Exception {
    SerialSection section = new SerialSection();
    AtomicBoolean inside = new AtomicBoolean();
    AtomicInteger overlaps = new AtomicInteger();
    int[] sequence = {0}; // plain field: only the section's lock makes its updates visible
    List<Integer> handedToProducer = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Mono<Void>> all = Collections.synchronizedList(new ArrayList<>());
    try {
      for (int t = 0; t < THREADS; t++) {
        pool.submit(() -> {
          start.await();
          for (int i = 0; i < STEPS_PER_THREAD; i++) {
            Mono<Void> step = section.run(() -> {
              if (!inside.compareAndSet(false, true)) {
                overlaps.incrementAndGet();
              }
              int mine = ++sequence[0];
              Thread.onSpinWait();
              inside.set(false);
              return mine;
            }, mine -> Mono.fromRunnable(() -> handedToProducer.add(mine))); // as producer.send on subscription
            step.block(Duration.ofSeconds(10));
            all.add(step);
          }
          return null;
        });
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }

    assertThat(overlaps).hasValue(0);
    assertThat(all).hasSize(THREADS * STEPS_PER_THREAD);
    assertThat(handedToProducer).hasSize(THREADS * STEPS_PER_THREAD).isSorted();
    assertThat(section.call(() -> sequence[0])).isEqualTo(THREADS * STEPS_PER_THREAD);
  }

  @Test
  void shouldCompleteOnlyWhenThePublicationCompletesWhenOutputsAwaitAcknowledgement() {
    SerialSection section = new SerialSection();
    Sinks.Empty<Void> acknowledged = Sinks.empty();

    StepVerifier.create(section.run(() -> "decision", out -> acknowledged.asMono()))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(100))
        .then(acknowledged::tryEmitEmpty)
        .verifyComplete();
  }

  @Test
  void shouldFailWithTheStepsErrorAndPublishNothingWhenTheStepThrows() {
    SerialSection section = new SerialSection();
    AtomicBoolean published = new AtomicBoolean();

    StepVerifier.create(section.run(() -> {
      throw new IllegalStateException("engine broke");
    }, out -> Mono.fromRunnable(() -> published.set(true))))
        .expectErrorMessage("engine broke")
        .verify(Duration.ofSeconds(5));
    assertThat(published).isFalse();
  }

  @Test
  void shouldFailWithThePublicationsErrorWhenASendFails() {
    SerialSection section = new SerialSection();

    StepVerifier.create(section.run(() -> 1, out -> Mono.error(new IllegalStateException("broker refused"))))
        .expectErrorMessage("broker refused")
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void shouldRunNothingWhenTheMonoIsNotSubscribed() throws Exception {
    SerialSection section = new SerialSection();
    AtomicInteger steps = new AtomicInteger();

    section.run(steps::incrementAndGet, out -> Mono.empty());

    assertThat(section.call(steps::get)).isZero();
  }
}
