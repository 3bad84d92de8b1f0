package dev.strike.common.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A configuration that cannot be used. It carries every problem found, not just the first, so one start attempt
 * tells the operator everything to fix. The message lists them one per line, sorted by key:
 *
 * <pre>
 * invalid configuration (2 problems):
 *   http.port: must be within 0..65535, got 70000
 *   kafka.embeded: unknown key (did you mean 'kafka.embedded'?)
 * </pre>
 *
 * Immutable.
 */
public final class ConfigException extends RuntimeException {
  private final List<ConfigProblem> problems;

  /**
   * An exception for {@code problems}.
   *
   * @param problems at least one problem, in any order (they are sorted by key)
   */
  public ConfigException(List<ConfigProblem> problems) {
    super(format(sorted(problems)));
    this.problems = sorted(problems);
  }

  /** Every problem, sorted by key then message; never empty. */
  public List<ConfigProblem> problems() {
    return problems;
  }

  private static List<ConfigProblem> sorted(List<ConfigProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    List<ConfigProblem> copy = new ArrayList<>(problems);
    copy.sort(ConfigProblem.BY_KEY);
    return List.copyOf(copy);
  }

  private static String format(List<ConfigProblem> problems) {
    StringBuilder text = new StringBuilder("invalid configuration (")
        .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
    for (ConfigProblem problem : problems) {
      text.append("\n  ").append(problem);
    }
    return text.toString();
  }
}
