package dev.strike.execution;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The {@code execution} configuration section: the paper venue's latency model and what happens on shutdown.
 *
 * @param latency the paper venue's fixed delay between an approved order and its arrival at the book
 * @param latencySamples observed order round trips to draw from instead (empty: use {@code latency})
 * @param latencySeed the seed of the draws, so a paper run or a backtest replays the same delays
 * @param cancelOnShutdown whether a graceful shutdown cancels every resting order first
 */
public record ExecutionSettings(Duration latency, List<Duration> latencySamples, long latencySeed,
    boolean cancelOnShutdown) implements Validatable {

  /** Copies. */
  public ExecutionSettings {
    Objects.requireNonNull(latency, "latency");
    latencySamples = List.copyOf(latencySamples);
  }

  /** 75 ms fixed latency (a Kalshi order round trip from a home connection), cancel on shutdown. */
  public static ExecutionSettings defaults() {
    return new ExecutionSettings(Duration.ofMillis(75), List.of(), 1L, true);
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.check(!latency.isNegative(), "latency", "must not be negative, got " + latency);
    problems.check(latency.compareTo(Duration.ofMinutes(1)) <= 0, "latency", "must be at most 1m, got " + latency);
    for (int i = 0; i < latencySamples.size(); i++) {
      Duration sample = latencySamples.get(i);
      if (sample.isNegative() || sample.compareTo(Duration.ofMinutes(1)) > 0) {
        problems.at("latencySamples").at(i).fail("must be within 0..1m, got " + sample);
      }
    }
  }
}
