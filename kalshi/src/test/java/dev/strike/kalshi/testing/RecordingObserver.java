package dev.strike.kalshi.testing;

import dev.strike.kalshi.rest.KalshiEndpoint;
import dev.strike.kalshi.rest.KalshiRestObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link KalshiRestObserver} that keeps what it saw, for assertions. Thread-safe. */
public final class RecordingObserver implements KalshiRestObserver {
  /** One retry decision. */
  public record Retry(KalshiEndpoint endpoint, String path, int failedAttempt, Duration delay, Throwable failure) {}

  /** One response. */
  public record Response(KalshiEndpoint endpoint, String method, String path, int status) {}

  private final List<Retry> retries = new CopyOnWriteArrayList<>();
  private final List<Response> responses = new CopyOnWriteArrayList<>();
  private final List<Throwable> transportFailures = new CopyOnWriteArrayList<>();

  @Override
  public void onResponse(KalshiEndpoint endpoint, String method, String path, int status, long elapsedNs) {
    responses.add(new Response(endpoint, method, path, status));
  }

  @Override
  public void onTransportFailure(KalshiEndpoint endpoint, String method, String path, Throwable failure,
      long elapsedNs) {
    transportFailures.add(failure);
  }

  @Override
  public void onRetry(KalshiEndpoint endpoint, String path, int failedAttempt, Duration delay, Throwable failure) {
    retries.add(new Retry(endpoint, path, failedAttempt, delay, failure));
  }

  /** The retries, in order. */
  public List<Retry> retries() {
    return List.copyOf(retries);
  }

  /** The responses, in order. */
  public List<Response> responses() {
    return List.copyOf(responses);
  }

  /** The transport failures, in order. */
  public List<Throwable> transportFailures() {
    return List.copyOf(transportFailures);
  }
}
