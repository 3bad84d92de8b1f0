package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.util.Objects;

/**
 * The check every strategy's constructor makes of its settings: the same rules the configuration loader applies, so
 * that a strategy built in code (tests, research, benchmarks) cannot run on settings a config file could not hold.
 */
final class ValidParams {
  private ValidParams() {}

  /**
   * {@code params}, once it broke no rule of its {@link Validatable#validate}.
   *
   * @throws NullPointerException if {@code params} is null
   * @throws dev.strike.common.config.ConfigException listing every rule it breaks
   */
  static <P extends Validatable> P require(P params) {
    Objects.requireNonNull(params, "params");
    ConfigProblems problems = ConfigProblems.create();
    params.validate(problems);
    problems.throwIfAny();
    return params;
  }
}
