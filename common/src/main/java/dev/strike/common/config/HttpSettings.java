package dev.strike.common.config;

import java.util.Objects;

/**
 * Where a Strike process serves its metrics ({@code /metrics}, Prometheus text) and health ({@code /health}).
 * Immutable; the values are checked by {@link #validate} when loaded.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} (this machine only) or {@code 0.0.0.0} (every interface);
 *     not blank
 * @param port the TCP port, 0..65535; 0 picks a free port (the process logs which)
 */
public record HttpSettings(String host, int port) implements Validatable {
  /** Loopback only: a single-machine run exposes nothing to the network by default. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 9400;

  /** Checks that the host is present. */
  public HttpSettings {
    Objects.requireNonNull(host, "host");
  }

  /** {@code 127.0.0.1:9400}. */
  public static HttpSettings defaults() {
    return new HttpSettings(DEFAULT_HOST, DEFAULT_PORT);
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.notBlank("host", host);
    problems.inRange("port", port, 0, 65535);
  }
}
