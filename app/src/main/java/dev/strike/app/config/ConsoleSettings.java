package dev.strike.app.config;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.time.Duration;
import java.util.Objects;

/**
 * The {@code console} configuration section: what a Strike process prints for the operator.
 *
 * @param statusInterval how often the status line is logged (uptime, events, trades, balance, P&amp;L, …); zero turns
 *     it off
 * @param logFormat {@code text} (one readable line per event, for a terminal) or {@code json} (one JSON object per
 *     line with the MDC fields, for a log collector)
 */
public record ConsoleSettings(Duration statusInterval, LogFormat logFormat) implements Validatable {
  /** The format of the process's log on standard output. */
  public enum LogFormat {
    /** Time, level, thread, logger, message: for a terminal. */
    TEXT,
    /** Logback's JSON encoder, one object per line: for Loki, Elasticsearch, CloudWatch and the like. */
    JSON
  }

  /** Checks presence. */
  public ConsoleSettings {
    Objects.requireNonNull(statusInterval, "statusInterval");
    Objects.requireNonNull(logFormat, "logFormat");
  }

  /** A status line every minute, text logs. */
  public static ConsoleSettings defaults() {
    return new ConsoleSettings(Duration.ofSeconds(60), LogFormat.TEXT);
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.check(!statusInterval.isNegative(), "statusInterval", "must not be negative (0 turns the status off), got "
        + statusInterval);
    problems.check(statusInterval.isZero() || statusInterval.compareTo(Duration.ofSeconds(1)) >= 0, "statusInterval",
        "must be 0 (off) or at least 1s, got " + statusInterval);
  }
}
