package dev.strike.alerts.shell;

import dev.strike.alerts.core.Backoff;
import dev.strike.alerts.core.DigestGate;
import dev.strike.alerts.core.EventType;
import dev.strike.alerts.core.Notification;
import dev.strike.alerts.core.Outgoing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Hands notifications to the channels: each channel's event filter, then de-duplication by id (delivered before, per
 * the {@link DeliveryLog}, or in flight now), then its {@link DigestGate}, then the send with bounded retries and
 * exponential backoff with jitter. A message that still fails is counted and logged (channel and status only) and
 * dropped, so one dead channel never blocks the others or the consumer for long.
 *
 * <p>Metrics: {@code strike.alerts.sent{channel}}, {@code strike.alerts.failed{channel}},
 * {@code strike.alerts.deduplicated}, {@code strike.alerts.digests}, {@code strike.alerts.retries{channel}}.
 * Thread-safe: the gates and the in-flight set are guarded by this object's lock; sends run outside it.
 */
final class Delivery {
  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  /** A channel with its filter and burst gate. */
  record Route(Channel channel, Set<EventType> types, DigestGate gate, Counter sent, Counter failed,
      Counter retries) {}

  private final List<Route> routes;
  private final DeliveryLog delivered;
  private final Backoff backoff;
  private final int maxAttempts;
  private final Scheduler timer;
  private final Counter deduplicated;
  private final Counter digests;
  private final Set<String> inFlight = new HashSet<>();

  Delivery(List<Route> routes, DeliveryLog delivered, Backoff backoff, int maxAttempts, Scheduler timer,
      MeterRegistry meters) {
    this.routes = List.copyOf(routes);
    this.delivered = delivered;
    this.backoff = backoff;
    this.maxAttempts = maxAttempts;
    this.timer = timer;
    this.deduplicated = Counter.builder("strike.alerts.deduplicated")
        .description("notifications not sent again because their id was already delivered").register(meters);
    this.digests = Counter.builder("strike.alerts.digests").description("digest messages sent for bursts")
        .register(meters);
  }

  /** A route for {@code channel} with the given filter and burst gate, its meters registered in {@code meters}. */
  static Route route(Channel channel, Set<EventType> types, int digestThreshold, Duration digestWindow,
      MeterRegistry meters) {
    return new Route(channel, Set.copyOf(types), new DigestGate(digestThreshold, digestWindow.toNanos()),
        Counter.builder("strike.alerts.sent").tag("channel", channel.kind())
            .description("messages delivered").register(meters),
        Counter.builder("strike.alerts.failed").tag("channel", channel.kind())
            .description("messages given up after the last attempt").register(meters),
        Counter.builder("strike.alerts.retries").tag("channel", channel.kind())
            .description("delivery attempts repeated").register(meters));
  }

  List<Route> routes() {
    return routes;
  }

  /** Sends {@code notifications} at {@code nowNs}; completes when every message sent now is delivered or given up. */
  Mono<Void> dispatch(List<Notification> notifications, long nowNs) {
    if (notifications.isEmpty() || routes.isEmpty()) {
      return Mono.empty();
    }
    List<Mono<Void>> sends = new ArrayList<>();
    synchronized (this) {
      for (Route route : routes) {
        for (Notification n : notifications) {
          if (!route.types().contains(n.type())) {
            continue;
          }
          String entry = route.channel().key() + " " + n.id();
          if (delivered.contains(route.channel().key(), n.id()) || !inFlight.add(entry)) {
            deduplicated.increment();
            continue;
          }
          for (Outgoing message : route.gate().offer(n, nowNs)) {
            sends.add(deliver(route, message));
          }
        }
      }
    }
    return Mono.when(sends);
  }

  /** Sends the digests whose windows ended by {@code nowNs}. */
  Mono<Void> flush(long nowNs) {
    List<Mono<Void>> sends = new ArrayList<>();
    synchronized (this) {
      for (Route route : routes) {
        for (Outgoing message : route.gate().flush(nowNs)) {
          sends.add(deliver(route, message));
        }
      }
    }
    return Mono.when(sends);
  }

  private Mono<Void> deliver(Route route, Outgoing message) {
    Channel channel = route.channel();
    return attempt(route, message, 1)
        .doOnSuccess(v -> {
          for (Notification n : message.notifications()) {
            delivered.delivered(channel.key(), n.id());
          }
          route.sent().increment();
          if (message instanceof Outgoing.Digest) {
            digests.increment();
          }
        })
        .onErrorResume(e -> {
          route.failed().increment();
          log.warn("alerts: gave up on {} for {} after {} attempts: {}", message.id(), channel.key(), maxAttempts,
              e.getMessage());
          return Mono.empty();
        })
        .doFinally(signal -> {
          synchronized (this) {
            for (Notification n : message.notifications()) {
              inFlight.remove(channel.key() + " " + n.id());
            }
          }
        });
  }

  private Mono<Void> attempt(Route route, Outgoing message, int attempt) {
    return Mono.defer(() -> route.channel().send(message)).onErrorResume(e -> {
      boolean retryable = !(e instanceof DeliveryException d) || d.retryable();
      if (!retryable || attempt >= maxAttempts) {
        return Mono.error(e);
      }
      long retryAfter = e instanceof DeliveryException d ? d.retryAfterNs() : 0;
      long delayNs = backoff.delayNs(attempt, ThreadLocalRandom.current().nextDouble(), retryAfter);
      route.retries().increment();
      log.debug("alerts: {} attempt {} failed ({}); retrying in {} ms", route.channel().key(), attempt,
          e.getMessage(), delayNs / 1_000_000);
      return Mono.delay(Duration.ofNanos(delayNs), timer).then(attempt(route, message, attempt + 1));
    });
  }
}
