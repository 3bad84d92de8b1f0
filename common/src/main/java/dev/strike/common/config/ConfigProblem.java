package dev.strike.common.config;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a configuration, named by the key an operator would edit.
 *
 * @param key the full dotted key ({@code kafka.embedded.port}), a list element ({@code services.enabled[2]}), an
 *     environment variable ({@code STRIKE_HTTP_PROT}), a file name (syntax errors) or {@code profile}; never null,
 *     empty only for a rule about the configuration as a whole
 * @param message what is wrong and, where it helps, what would be right; never blank
 */
public record ConfigProblem(String key, String message) {
  /** Key order, then message order: the order in which {@link ConfigException} lists problems. */
  public static final Comparator<ConfigProblem> BY_KEY =
      Comparator.comparing(ConfigProblem::key).thenComparing(ConfigProblem::message);

  /** Validates the values. */
  public ConfigProblem {
    Objects.requireNonNull(key, "key");
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a config problem needs a message (key '" + key + "')");
    }
  }

  /** {@code key: message}, the line an operator reads. */
  @Override
  public String toString() {
    return key.isEmpty() ? message : key + ": " + message;
  }
}
