package dev.strike.ingest.spot.shell;

import dev.strike.ingest.spot.SpotSettings;
import dev.strike.ingest.spot.core.ReconnectPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SpotFeed} judges and keeps its connection (see {@link SpotSettings} for each value's meaning).
 * Immutable.
 *
 * @param staleAfter an asset whose latest trade is older than this is stale
 * @param idleTimeout no frame for this long closes the connection and reconnects
 * @param pingInterval how often the keep-alive goes out, where the exchange needs one
 * @param connectTimeout the longest a connection may take to open
 * @param reconnect backoff and giving up
 */
public record FeedOptions(Duration staleAfter, Duration idleTimeout, Duration pingInterval, Duration connectTimeout,
    ReconnectPolicy reconnect) {

  /** Checks presence and positive durations. */
  public FeedOptions {
    for (Duration d : new Duration[] {staleAfter, idleTimeout, pingInterval, connectTimeout}) {
      Objects.requireNonNull(d, "durations");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("feed durations must be positive, got " + d);
      }
    }
    Objects.requireNonNull(reconnect, "reconnect");
  }

  /** The options of validated {@code settings}. */
  public static FeedOptions of(SpotSettings settings) {
    return new FeedOptions(settings.staleAfter(), settings.idleTimeout(), settings.pingInterval(),
        settings.connectTimeout(), settings.reconnect().policy());
  }
}
