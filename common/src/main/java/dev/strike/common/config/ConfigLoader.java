package dev.strike.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Loads a configuration record from layered sources and checks all of it at once (see the package documentation
 * for the rules). Generic over the root type: a module adds its own section record to its root record, and the
 * loader binds, overrides and validates it without changes here. Stateless and thread-safe; a load reads only the
 * given file and the given maps.
 */
public final class ConfigLoader {
  private ConfigLoader() {}

  /** The top-level YAML key holding the profiles; never a key of the root type. */
  public static final String PROFILES = "profiles";

  /** The key under which a problem with the profile selection is reported. */
  public static final String PROFILE_KEY = "profile";

  /** Prefix of the environment variables that set keys. */
  public static final String ENVIRONMENT_PREFIX = EnvironmentNames.PREFIX;

  private static final String COMMAND_LINE = "the command line";

  /**
   * The configuration of type {@code rootType}: {@code defaults}, overlaid with the file, its selected profile, the
   * environment and the overrides of {@code sources}, then validated.
   *
   * @param defaults the values for keys no source sets; null to use {@code rootType}'s static {@code defaults()},
   *     or, without one, to require every key
   * @throws ConfigException listing every problem found, by key
   * @throws IllegalArgumentException if {@code rootType} cannot be a configuration type (a bug, not bad input)
   */
  public static <T extends Record> T load(Class<T> rootType, @Nullable T defaults, ConfigSources sources) {
    ConfigShape.Section root = rootShape(rootType);
    List<ConfigProblem> problems = new ArrayList<>();
    ValueOrigins origins = new ValueOrigins();
    ObjectNode tree = ConfigTree.emptySection();
    Path file = sources.file();
    if (file != null) {
      Optional<ObjectNode> read = ConfigTree.read(file, problems);
      if (read.isPresent()) {
        tree = read.get();
        applyProfile(tree, tree.remove(PROFILES), sources.profile(), file, problems, origins);
      }
    } else if (sources.profile() != null) {
      problems.add(new ConfigProblem(PROFILE_KEY, "profile '" + sources.profile()
          + "' is selected, but no configuration file is given"));
    }
    Object baseDefaults = defaults != null ? defaults : root.typeDefaults();
    applyEnvironment(root, tree, baseDefaults, sources, problems, origins);
    applyOverrides(root, tree, sources.overrides(), problems, origins);

    ConfigBinder binder = new ConfigBinder(root);
    Optional<Object> value = binder.bindRoot(root, tree, defaults);
    for (ConfigProblem problem : binder.problems()) {
      problems.add(origins.annotate(problem));
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return rootType.cast(value.orElseThrow(() -> new IllegalStateException("no value and no problem")));
  }

  /**
   * Checks a configuration built in code with the rules a load applies.
   *
   * @throws ConfigException listing every problem, by key
   */
  public static <T extends Record> void validate(Class<T> rootType, T value) {
    load(rootType, value, ConfigSources.none());
  }

  /** Every key that holds a value (not a section) in {@code rootType}, in declaration order. */
  public static List<String> keys(Class<? extends Record> rootType) {
    return ConfigShape.valueKeys(rootShape(rootType));
  }

  /**
   * The environment variable that sets {@code key}: {@code STRIKE_}, then the key in upper case with dots, dashes
   * and camelCase humps as underscores ({@code kafka.bootstrapServers} → {@code STRIKE_KAFKA_BOOTSTRAP_SERVERS}).
   */
  public static String environmentVariable(String key) {
    return EnvironmentNames.of(key);
  }

  /**
   * The profile names defined in a YAML file, in file order.
   *
   * @throws ConfigException if the file cannot be read, is not YAML, or its {@code profiles} is not a section
   */
  public static List<String> profiles(Path file) {
    List<ConfigProblem> problems = new ArrayList<>();
    Optional<ObjectNode> tree = ConfigTree.read(file, problems);
    JsonNode profiles = tree.map(t -> t.get(PROFILES)).orElse(null);
    Optional<List<String>> names = profileNames(profiles, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return names.orElseThrow();
  }

  private static ConfigShape.Section rootShape(Class<?> rootType) {
    ConfigShape.Section root = ConfigShape.of(rootType);
    if (root.field(PROFILES).isPresent()) {
      throw new IllegalArgumentException(rootType.getName() + " must not have a '" + PROFILES
          + "' component: that key holds the profiles of a file");
    }
    return root;
  }

  /** The names under {@code profiles}; empty after adding a problem if it is not a section. */
  private static Optional<List<String>> profileNames(@Nullable JsonNode profiles, List<ConfigProblem> problems) {
    if (ConfigTree.isUnset(profiles) || ConfigTree.isEmptyText(profiles)) {
      return Optional.of(List.of());
    }
    if (!profiles.isObject()) {
      problems.add(new ConfigProblem(PROFILES, "expected a section mapping profile names to overrides, got "
          + ScalarReader.describe(profiles)));
      return Optional.empty();
    }
    return Optional.of(profiles.properties().stream().map(Map.Entry::getKey).collect(Collectors.toList()));
  }

  private static void applyProfile(ObjectNode tree, @Nullable JsonNode profiles, @Nullable String selected,
      Path file, List<ConfigProblem> problems, ValueOrigins origins) {
    Optional<List<String>> defined = profileNames(profiles, problems);
    if (selected == null || defined.isEmpty()) {
      return;
    }
    if (!defined.get().contains(selected)) {
      problems.add(new ConfigProblem(PROFILE_KEY, "profile '" + selected + "' is not defined in " + file + "; "
          + (defined.get().isEmpty() ? "it defines no profiles" : "defined: " + String.join(", ", defined.get()))));
      return;
    }
    JsonNode overlay = profiles.get(selected);
    if (ConfigTree.isUnset(overlay) || ConfigTree.isEmptyText(overlay)) {
      return;
    }
    if (!overlay.isObject()) {
      problems.add(new ConfigProblem(PROFILES + "." + selected, "expected a section of overrides, got "
          + ScalarReader.describe(overlay)));
      return;
    }
    ConfigTree.merge(tree, (ObjectNode) overlay, "", origins, "profile '" + selected + "'");
  }

  private static void applyEnvironment(ConfigShape.Section root, ObjectNode tree, @Nullable Object defaults,
      ConfigSources sources, List<ConfigProblem> problems, ValueOrigins origins) {
    List<String> knownVariables =
        ConfigShape.valueKeys(root).stream().map(EnvironmentNames::of).collect(Collectors.toList());
    for (Map.Entry<String, String> variable : sources.environment().entrySet()) {
      String name = variable.getKey();
      if (!name.regionMatches(true, 0, ENVIRONMENT_PREFIX, 0, ENVIRONMENT_PREFIX.length())) {
        continue;
      }
      String upper = name.toUpperCase(Locale.ROOT);
      if (sources.reservedVariables().contains(upper)) {
        continue;
      }
      OverrideTargets.Target target = OverrideTargets.forVariable(root, upper.substring(ENVIRONMENT_PREFIX.length()),
          path -> existingEntries(root, tree, defaults, path));
      if (target == null) {
        problems.add(new ConfigProblem(name, "no configuration key has this environment variable"
            + Suggestions.didYouMean(Suggestions.closest(upper, knownVariables))));
        continue;
      }
      apply(tree, target, variable.getValue(), name, name, problems, origins);
    }
  }

  private static void applyOverrides(ConfigShape.Section root, ObjectNode tree, Map<String, String> overrides,
      List<ConfigProblem> problems, ValueOrigins origins) {
    for (Map.Entry<String, String> override : overrides.entrySet()) {
      OverrideTargets.Resolved resolved = OverrideTargets.forKey(root, override.getKey());
      if (resolved.target() == null) {
        problems.add(new ConfigProblem(override.getKey(), String.valueOf(resolved.problem())));
        continue;
      }
      apply(tree, resolved.target(), override.getValue(), override.getKey(), COMMAND_LINE, problems, origins);
    }
  }

  private static void apply(ObjectNode tree, OverrideTargets.Target target, String text, String problemKey,
      String origin, List<ConfigProblem> problems, ValueOrigins origins) {
    OverrideTargets.Value value = OverrideTargets.valueOf(target, text);
    JsonNode node = value.node();
    if (node == null) {
      problems.add(new ConfigProblem(problemKey, String.valueOf(value.problem())));
      return;
    }
    ConfigTree.put(tree, target.path(), node);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        origins.record(ConfigProblems.child(target.key(), entry.getKey()), origin);
      }
    } else {
      origins.record(target.key(), origin);
    }
  }

  /** Names of the map entries at {@code path} that the tree or the defaults already have. */
  private static Set<String> existingEntries(ConfigShape.Section root, ObjectNode tree, @Nullable Object defaults,
      List<String> path) {
    Set<String> names = new LinkedHashSet<>();
    JsonNode node = ConfigTree.at(tree, path);
    if (node != null && node.isObject()) {
      node.properties().forEach(e -> names.add(e.getKey()));
    }
    Object value = defaults;
    ConfigShape shape = root;
    for (String segment : path) {
      if (value == null) {
        break;
      }
      if (shape instanceof ConfigShape.Section section) {
        Optional<ConfigShape.Field> field = section.field(segment);
        value = field.isPresent() ? field.get().valueOf(value) : null;
        shape = field.isPresent() ? field.get().shape() : shape;
      } else if (shape instanceof ConfigShape.MapOf map) {
        value = ((Map<?, ?>) value).get(segment);
        shape = map.value();
      } else {
        value = null;
      }
    }
    if (value instanceof Map<?, ?> map) {
      map.keySet().forEach(k -> names.add(String.valueOf(k)));
    }
    return names;
  }
}
