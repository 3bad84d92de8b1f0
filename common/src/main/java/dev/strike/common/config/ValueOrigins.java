package dev.strike.common.config;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where values that did not come from the base file came from ({@code STRIKE_HTTP_PORT}, {@code profile 'dev'},
 * {@code the command line}), so a problem with such a value says where to fix it. Not thread-safe: one per load.
 */
final class ValueOrigins {
  private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]$");

  private final Map<String, String> byKey = new HashMap<>();

  /** Records that the value at {@code key}, and everything under it, came from {@code origin}. */
  void record(String key, String origin) {
    byKey.keySet().removeIf(k -> k.startsWith(key + ".") || k.startsWith(key + "["));
    byKey.put(key, origin);
  }

  /** Where the value at {@code key} (or a section or list holding it) came from, or null for the file or defaults. */
  @Nullable String of(String key) {
    String at = key;
    while (!at.isEmpty()) {
      String origin = byKey.get(at);
      if (origin != null) {
        return origin;
      }
      String parent = LIST_INDEX.matcher(at).replaceFirst("");
      at = !parent.equals(at) ? parent : at.substring(0, Math.max(0, at.lastIndexOf('.')));
    }
    return null;
  }

  /** {@code problem} with " (from ...)" appended when its value came from an overlay. */
  ConfigProblem annotate(ConfigProblem problem) {
    String origin = of(problem.key());
    return origin == null ? problem : new ConfigProblem(problem.key(), problem.message() + " (from " + origin + ")");
  }
}
