package dev.strike.common.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Where a configuration comes from, in the order the layers apply (later wins): the defaults given to
 * {@link ConfigLoader#load}, the YAML {@code file}, the selected {@code profile} of that file, the {@code STRIKE_*}
 * {@code environment}, and explicit {@code overrides} from the command line. The loader never reads the process
 * environment itself: the caller passes {@code System.getenv()}, so tests stay pure. Immutable.
 *
 * @param file the YAML file, or null for none (a missing file that is named is a problem)
 * @param profile the profile to overlay (from {@code --profile} or {@code STRIKE_PROFILE}), or null for none; blank
 *     means none
 * @param environment environment variables; only names starting with {@code STRIKE_} (any case) are read
 * @param reservedVariables {@code STRIKE_*} names that are not configuration keys (launcher settings such as
 *     {@code STRIKE_PROFILE}); matched ignoring case and never reported
 * @param overrides values by dotted key ({@code kafka.bootstrapServers → host:9092}), e.g. from command-line flags
 */
public record ConfigSources(@Nullable Path file, @Nullable String profile, Map<String, String> environment,
    Set<String> reservedVariables, Map<String, String> overrides) {
  /**
   * Names every Strike process reserves: the launcher's own variables, and {@code STRIKE_LIVE_CONFIRM}, the
   * confirmation {@code strike run --live} reads (a configuration key could be set in a file; this must not be).
   */
  public static final Set<String> STANDARD_RESERVED =
      Set.of("STRIKE_PROFILE", "STRIKE_CONFIG", "STRIKE_JAVA_OPTS", "STRIKE_HOME", "STRIKE_LIVE_CONFIRM");

  /** Copies the maps (sorted, so that layers apply in a stable order) and normalizes a blank profile to none. */
  public ConfigSources {
    profile = profile == null || profile.isBlank() ? null : profile.trim();
    environment = Collections.unmodifiableSortedMap(new TreeMap<>(environment));
    TreeSet<String> reserved = new TreeSet<>();
    for (String name : reservedVariables) {
      reserved.add(name.toUpperCase(Locale.ROOT));
    }
    reservedVariables = Collections.unmodifiableSortedSet(reserved);
    overrides = Collections.unmodifiableSortedMap(new TreeMap<>(overrides));
  }

  /** No file, no profile, no environment, no overrides: only the defaults. */
  public static ConfigSources none() {
    return new ConfigSources(null, null, Map.of(), STANDARD_RESERVED, Map.of());
  }

  /** These sources reading {@code file} (null for none). */
  public ConfigSources withFile(@Nullable Path file) {
    return new ConfigSources(file, profile, environment, reservedVariables, overrides);
  }

  /** These sources with {@code profile} selected (null or blank for none). */
  public ConfigSources withProfile(@Nullable String profile) {
    return new ConfigSources(file, profile, environment, reservedVariables, overrides);
  }

  /** These sources with {@code environment}, reserving {@link #STANDARD_RESERVED}. */
  public ConfigSources withEnvironment(Map<String, String> environment) {
    return withEnvironment(environment, STANDARD_RESERVED);
  }

  /** These sources with {@code environment}, of which {@code reservedVariables} are not configuration keys. */
  public ConfigSources withEnvironment(Map<String, String> environment, Set<String> reservedVariables) {
    return new ConfigSources(file, profile, environment, reservedVariables, overrides);
  }

  /** These sources with {@code overrides} (dotted key → value). */
  public ConfigSources withOverrides(Map<String, String> overrides) {
    return new ConfigSources(file, profile, environment, reservedVariables, overrides);
  }
}
