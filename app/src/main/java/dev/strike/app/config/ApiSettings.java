package dev.strike.app.config;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The operator API and dashboard (configuration section {@code api}): where it listens, where its token secret
 * lives, and how it judges the market-data feeds. Immutable; checked when loaded.
 *
 * @param host the address to bind; {@code 127.0.0.1} (default) serves this machine only
 * @param port the TCP port, 0..65535 (0 picks a free one, logged at start); default 9410
 * @param jwtSecretFile the file holding the HS256 secret that signs and checks bearer tokens (at least 32 bytes,
 *     readable by its owner only); created with 32 random bytes, mode 600, when missing. Default
 *     {@code data/api/jwt.secret}
 * @param feedStaleAfter a feed ({@code md.book}, {@code md.spot}) whose last record arrived longer ago than this is
 *     stale and makes {@code /health} answer 503 (not ready)
 * @param history how many recent trades, signals, order events and alerts the API keeps in memory (1..10,000)
 * @param equityPoints how many portfolio snapshots (one per risk snapshot interval) the P&amp;L curve and the
 *     performance figures keep (2..1,000,000); older points are dropped
 */
public record ApiSettings(String host, int port, String jwtSecretFile, Duration feedStaleAfter, int history,
    int equityPoints) implements Validatable {

  /** The default port: next to the metrics endpoint's 9400. */
  public static final int DEFAULT_PORT = 9410;

  /** The default secret file. */
  public static final String DEFAULT_SECRET_FILE = Path.of("data", "api", "jwt.secret").toString();

  /** Checks presence. */
  public ApiSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(jwtSecretFile, "jwtSecretFile");
    Objects.requireNonNull(feedStaleAfter, "feedStaleAfter");
  }

  /** {@code 127.0.0.1:9410}, the secret under {@code data/api}, feeds stale after 30 s, 1,000 recent items. */
  public static ApiSettings defaults() {
    return new ApiSettings("127.0.0.1", DEFAULT_PORT, DEFAULT_SECRET_FILE, Duration.ofSeconds(30), 1_000, 8_640);
  }

  /** The secret file as a path. */
  public Path secretPath() {
    return Path.of(jwtSecretFile);
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.notBlank("host", host);
    problems.inRange("port", port, 0, 65535);
    problems.notBlank("jwtSecretFile", jwtSecretFile);
    problems.check(!feedStaleAfter.isNegative() && !feedStaleAfter.isZero(), "feedStaleAfter",
        "must be positive, got " + feedStaleAfter);
    problems.inRange("history", history, 1, 10_000);
    problems.inRange("equityPoints", equityPoints, 2, 1_000_000);
  }
}
