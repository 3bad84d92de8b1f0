package dev.strike.common.config;

import static dev.strike.common.config.ConfigProblems.child;
import static dev.strike.common.config.ConfigTree.isEmptyText;
import static dev.strike.common.config.ConfigTree.isUnset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Builds typed configuration values from a merged tree and the defaults, collecting every problem instead of
 * stopping at the first. A value that cannot be bound is replaced by its default where there is one, so the section
 * around it is still built and its rules still run; rule problems at (or under) a key that failed to bind are
 * dropped, since they would be about the stand-in. A rule across keys may still see the stand-in and report against
 * another key; that is accepted so that the rest of the section's problems come out in the same run. Not
 * thread-safe: one binder per load.
 */
final class ConfigBinder {
  /** Stands for a value that could not be bound; its problems are already recorded. */
  private static final Object FAILED = new Object();

  private final List<String> knownPaths;
  private final List<ConfigProblem> bindingProblems = new ArrayList<>();
  private final ConfigProblems validation = ConfigProblems.create();
  private final Set<String> failedKeys = new HashSet<>();

  ConfigBinder(ConfigShape.Section root) {
    this.knownPaths = ConfigShape.paths(root);
  }

  /**
   * The value of {@code section} at the root, from {@code tree} over {@code defaults}.
   *
   * @return empty if a problem kept the value from being built (see {@link #problems()})
   */
  Optional<Object> bindRoot(ConfigShape.Section section, ObjectNode tree, @Nullable Object defaults) {
    Object value = bind(section, tree, defaults, "");
    return value == FAILED ? Optional.empty() : Optional.of(value);
  }

  /** Binding problems, then the rule problems that are not about a key which failed to bind. */
  List<ConfigProblem> problems() {
    List<ConfigProblem> all = new ArrayList<>(bindingProblems);
    for (ConfigProblem problem : validation.all()) {
      if (!underFailedKey(problem.key())) {
        all.add(problem);
      }
    }
    return all;
  }

  private boolean underFailedKey(String key) {
    for (String failed : failedKeys) {
      if (failed.isEmpty() || key.equals(failed) || key.startsWith(failed + ".") || key.startsWith(failed + "[")) {
        return true;
      }
    }
    return false;
  }

  private Object fail(String key, String message) {
    bindingProblems.add(new ConfigProblem(key, message));
    failedKeys.add(key);
    return FAILED;
  }

  private Object bind(ConfigShape shape, @Nullable JsonNode node, @Nullable Object defaultValue, String key) {
    if (shape instanceof ConfigShape.Section) {
      return bindSection((ConfigShape.Section) shape, node, defaultValue, key);
    } else if (shape instanceof ConfigShape.ListOf) {
      return bindList((ConfigShape.ListOf) shape, node, defaultValue, key);
    } else if (shape instanceof ConfigShape.MapOf) {
      return bindMap((ConfigShape.MapOf) shape, node, defaultValue, key);
    }
    return bindScalar((ConfigShape.Scalar) shape, node, defaultValue, key);
  }

  private Object bindScalar(ConfigShape.Scalar shape, @Nullable JsonNode node, @Nullable Object defaultValue,
      String key) {
    if (isUnset(node)) {
      return defaultValue != null ? defaultValue : fail(key, "is required (there is no default)");
    }
    ScalarReader.Read read = ScalarReader.read(shape, node);
    return read.problem() != null ? fail(key, read.problem()) : read.value();
  }

  private Object bindSection(ConfigShape.Section section, @Nullable JsonNode node, @Nullable Object defaultValue,
      String key) {
    ObjectNode values;
    if (isUnset(node) || isEmptyText(node)) {
      values = ConfigTree.emptySection();
    } else if (node.isObject()) {
      values = (ObjectNode) node;
    } else {
      return fail(key, "expected " + section.expected() + ", got " + ScalarReader.describe(node));
    }
    for (Map.Entry<String, JsonNode> entry : values.properties()) {
      if (section.field(entry.getKey()).isEmpty()) {
        bindingProblems.add(new ConfigProblem(child(key, entry.getKey()),
            "unknown key" + Suggestions.didYouMean(suggest(section, key, entry.getKey()))));
      }
    }
    Object base = defaultValue != null ? defaultValue : section.typeDefaults();
    List<ConfigShape.Field> fields = section.fields();
    Object[] args = new Object[fields.size()];
    boolean complete = true;
    for (int i = 0; i < args.length; i++) {
      ConfigShape.Field field = fields.get(i);
      Object fieldDefault = base == null ? null : field.valueOf(base);
      if (fieldDefault == null && field.shape() instanceof ConfigShape.Section) {
        fieldDefault = ((ConfigShape.Section) field.shape()).typeDefaults();
      }
      Object value = bind(field.shape(), values.get(field.name()), fieldDefault, child(key, field.name()));
      if (value != FAILED) {
        args[i] = value;
      } else if (fieldDefault != null) {
        args[i] = fieldDefault; // a stand-in, so that the rest of the section is still checked
      } else {
        complete = false;
      }
    }
    if (!complete) {
      return FAILED;
    }
    Object instance = construct(section, args, key);
    if (instance instanceof Validatable) {
      ((Validatable) instance).validate(key.isEmpty() ? validation : validation.at(key));
    }
    return instance;
  }

  private Object construct(ConfigShape.Section section, Object[] args, String key) {
    try {
      return section.constructor().newInstance(args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ConfigException) {
        for (ConfigProblem problem : ((ConfigException) cause).problems()) {
          fail(problem.key().isEmpty() ? key : child(key, problem.key()), problem.message());
        }
        return FAILED;
      }
      if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
        return fail(key, cause.getMessage());
      }
      throw new IllegalStateException("cannot build " + section.type().getName() + " at '" + key + "'", cause);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot build " + section.type().getName(), e);
    }
  }

  private Object bindList(ConfigShape.ListOf list, @Nullable JsonNode node, @Nullable Object defaultValue,
      String key) {
    List<?> defaults = defaultValue == null ? List.of() : (List<?>) defaultValue;
    List<Object> values = new ArrayList<>();
    boolean complete = true;
    if (isUnset(node) || isEmptyText(node)) {
      // defaults are rebuilt too, so that sections inside them are validated like any other
      for (int i = 0; i < defaults.size(); i++) {
        Object value = bind(list.element(), null, defaults.get(i), key + "[" + i + "]");
        complete &= value != FAILED;
        values.add(value);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String itemKey = key + "[" + i + "]";
        JsonNode item = node.get(i);
        Object value = isUnset(item)
            ? fail(itemKey, "expected " + list.element().expected() + ", got nothing")
            : bind(list.element(), item, null, itemKey);
        complete &= value != FAILED;
        values.add(value);
      }
    } else {
      return fail(key, "expected a list, got " + ScalarReader.describe(node));
    }
    return complete ? List.copyOf(values) : FAILED;
  }

  private Object bindMap(ConfigShape.MapOf map, @Nullable JsonNode node, @Nullable Object defaultValue,
      String key) {
    Map<?, ?> defaults = defaultValue == null ? Map.of() : (Map<?, ?>) defaultValue;
    ObjectNode entries;
    if (isUnset(node) || isEmptyText(node)) {
      entries = ConfigTree.emptySection();
    } else if (node.isObject()) {
      entries = (ObjectNode) node;
    } else {
      return fail(key, "expected " + map.expected() + " (name: value lines), got " + ScalarReader.describe(node));
    }
    TreeMap<String, Object> values = new TreeMap<>();
    boolean complete = true;
    for (Map.Entry<?, ?> entry : defaults.entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (!entries.has(name)) {
        Object value = bind(map.value(), null, entry.getValue(), child(key, name));
        complete &= value != FAILED;
        values.put(name, value);
      }
    }
    for (Map.Entry<String, JsonNode> entry : entries.properties()) {
      String name = entry.getKey();
      Object entryDefault = defaults.get(name);
      if (name.isBlank()) {
        fail(key, "an entry has a blank name");
        complete = false;
      } else if (!isUnset(entry.getValue()) || entryDefault != null) {
        Object value = bind(map.value(), entry.getValue(), entryDefault, child(key, name));
        complete &= value != FAILED;
        values.put(name, value);
      }
    }
    return complete ? Collections.unmodifiableMap(values) : FAILED;
  }

  /**
   * A key to suggest for the unknown {@code name} in {@code section} at {@code key}: a close sibling, or else a
   * known key elsewhere with a close last part, preferring the one sharing the longest start with the wrong key.
   */
  private Optional<String> suggest(ConfigShape.Section section, String key, String name) {
    Optional<String> sibling = Suggestions.closest(name, section.fieldNames());
    if (sibling.isPresent()) {
      return sibling.map(s -> child(key, s));
    }
    String wrong = child(key, name);
    return knownPaths.stream()
        .filter(p -> Suggestions.closest(name, List.of(lastPart(p))).isPresent() || lastPart(p).equals(name))
        .min(Comparator.<String>comparingInt(p -> -commonPrefix(p, wrong))
            .thenComparingInt(p -> Suggestions.distance(lastPart(p), name))
            .thenComparing(Comparator.naturalOrder()));
  }

  private static String lastPart(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }
}
