package dev.strike.alerts.shell;

import dev.strike.alerts.core.Outgoing;
import reactor.core.publisher.Mono;

/**
 * One destination of notifications. {@link #send} makes one attempt; {@link Delivery} retries, de-duplicates and
 * counts. A failure is a {@link DeliveryException} whose message never contains a secret.
 */
public interface Channel {
  /** The channel kind, for metrics and logs: {@code telegram}, {@code discord}, {@code slack}, {@code webhook}, {@code email}. */
  String kind();

  /** Identifies the destination for de-duplication ({@code telegram:<chatId>}, {@code discord}, …); no secrets. */
  String key();

  /** One attempt to deliver {@code message}; completes when the destination accepted it. */
  Mono<Void> send(Outgoing message);
}
