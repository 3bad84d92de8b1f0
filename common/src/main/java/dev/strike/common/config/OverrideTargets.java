package dev.strike.common.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where a single-text override (an environment variable or a command-line key) goes in the tree, and the tree
 * value its text stands for. Lists are written comma-separated ({@code a,b}); maps as {@code name=value} pairs
 * ({@code md.book=12,signals=3}); a single map entry can also be set by its own key. Stateless.
 */
final class OverrideTargets {
  private OverrideTargets() {}

  /**
   * A place in the tree.
   *
   * @param path the tree path; a map entry's name is one element even if it contains dots
   * @param shape what is expected there
   * @param throughMapEntry whether the path goes through a map entry (its name was derived, not declared)
   */
  record Target(List<String> path, ConfigShape shape, boolean throughMapEntry) {
    Target {
      path = List.copyOf(path);
    }

    String key() {
      return String.join(".", path);
    }
  }

  /** A target, or why there is none. Exactly one is set. */
  record Resolved(@Nullable Target target, @Nullable String problem) {
    static Resolved to(Target target) {
      return new Resolved(target, null);
    }

    static Resolved not(String problem) {
      return new Resolved(null, problem);
    }
  }

  /** A tree value, or why the text is not one. Exactly one is set. */
  record Value(@Nullable JsonNode node, @Nullable String problem) {}

  /** The target of a dotted key such as {@code kafka.bootstrapServers} or {@code kafka.partitions.md.book}. */
  static Resolved forKey(ConfigShape.Section root, String key) {
    String[] segments = key.split("\\.", -1);
    for (String segment : segments) {
      if (segment.isBlank()) {
        return Resolved.not("not a key (empty part)");
      }
    }
    Resolved resolved = walk(root, segments, 0, new ArrayList<>(), false);
    if (resolved.problem() != null && resolved.problem().isEmpty()) {
      return Resolved.not("unknown key"
          + Suggestions.didYouMean(Suggestions.closest(key, ConfigShape.valueKeys(root))));
    }
    return resolved;
  }

  // An empty problem means "unknown key": the caller adds the suggestion.
  private static Resolved walk(ConfigShape shape, String[] segments, int at, List<String> path, boolean viaEntry) {
    if (at == segments.length) {
      return Resolved.to(new Target(path, shape, viaEntry));
    }
    if (shape instanceof ConfigShape.Section) {
      return ((ConfigShape.Section) shape).field(segments[at])
          .map(f -> walk(f.shape(), segments, at + 1, append(path, f.name()), viaEntry))
          .orElse(Resolved.not(""));
    }
    if (shape instanceof ConfigShape.MapOf) {
      ConfigShape value = ((ConfigShape.MapOf) shape).value();
      if (!(value instanceof ConfigShape.Section)) {
        String entry = String.join(".", List.of(segments).subList(at, segments.length));
        return Resolved.to(new Target(append(path, entry), value, true));
      }
      // the shortest entry name after which the rest is a key of the entry's section
      for (int end = at + 1; end < segments.length; end++) {
        String entry = String.join(".", List.of(segments).subList(at, end));
        Resolved inside = walk(value, segments, end, append(path, entry), true);
        if (inside.target() != null) {
          return inside;
        }
      }
      return walk(value, segments, at + 1, append(path, segments[at]), true);
    }
    return Resolved.not("unknown key: '" + String.join(".", path) + "' is "
        + (shape instanceof ConfigShape.ListOf ? "a list" : "a value") + ", not a section");
  }

  /**
   * The target of an environment variable, given its name without {@code STRIKE_}, in upper case.
   *
   * @param existingEntries the names of a map's entries already set (file or defaults), by the map's path; a
   *     variable names an existing entry by its environment form, and a new entry in lower case with {@code _}
   *     read as {@code .} ({@code MD_BOOK} → {@code md.book})
   */
  static @Nullable Target forVariable(ConfigShape.Section root, String name,
      Function<List<String>, Set<String>> existingEntries) {
    List<Target> found = new ArrayList<>();
    walkVariable(root, name, new ArrayList<>(), false, existingEntries, found);
    // a declared key beats a map entry that happens to spell the same
    return found.stream().filter(t -> !t.throughMapEntry()).findFirst()
        .orElse(found.isEmpty() ? null : found.get(0));
  }

  private static void walkVariable(ConfigShape shape, String rest, List<String> path, boolean viaEntry,
      Function<List<String>, Set<String>> existingEntries, List<Target> found) {
    if (shape instanceof ConfigShape.Section) {
      for (ConfigShape.Field field : ((ConfigShape.Section) shape).fields()) {
        String form = EnvironmentNames.form(field.name());
        if (rest.equals(form)) {
          found.add(new Target(append(path, field.name()), field.shape(), viaEntry));
        } else if (rest.startsWith(form + "_")) {
          walkVariable(field.shape(), rest.substring(form.length() + 1), append(path, field.name()), viaEntry,
              existingEntries, found);
        }
      }
    } else if (shape instanceof ConfigShape.MapOf) {
      if (rest.isEmpty()) {
        return;
      }
      ConfigShape value = ((ConfigShape.MapOf) shape).value();
      Set<String> existing = existingEntries.apply(path);
      if (!(value instanceof ConfigShape.Section)) {
        found.add(new Target(append(path, entryName(rest, existing)), value, true));
        return;
      }
      for (int cut = rest.indexOf('_'); cut > 0; cut = rest.indexOf('_', cut + 1)) {
        walkVariable(value, rest.substring(cut + 1), append(path, entryName(rest.substring(0, cut), existing)), true,
            existingEntries, found);
      }
    }
  }

  private static String entryName(String form, Set<String> existing) {
    for (String name : existing) {
      if (EnvironmentNames.form(name).equals(form)) {
        return name;
      }
    }
    return form.toLowerCase(Locale.ROOT).replace('_', '.');
  }

  /** The tree value {@code text} stands for at {@code target}. */
  static Value valueOf(Target target, String text) {
    ConfigShape shape = target.shape();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (shape instanceof ConfigShape.Scalar) {
      return new Value(nodes.textNode(text), null);
    }
    if (shape instanceof ConfigShape.ListOf && ((ConfigShape.ListOf) shape).element() instanceof ConfigShape.Scalar) {
      ArrayNode list = nodes.arrayNode();
      if (!text.isBlank()) {
        for (String item : text.split(",", -1)) {
          list.add(item.trim());
        }
      }
      return new Value(list, null);
    }
    if (shape instanceof ConfigShape.MapOf && ((ConfigShape.MapOf) shape).value() instanceof ConfigShape.Scalar) {
      ObjectNode map = nodes.objectNode();
      if (!text.isBlank()) {
        for (String pair : text.split(",", -1)) {
          int eq = pair.indexOf('=');
          if (eq <= 0 || pair.substring(0, eq).isBlank()) {
            return new Value(null, "expected name=value pairs separated by commas, got '" + text + "'");
          }
          map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
      }
      return new Value(map, null);
    }
    if (shape instanceof ConfigShape.Section) {
      return new Value(null, "is a section; set its keys instead ("
          + String.join(", ", ((ConfigShape.Section) shape).fieldNames()) + ")");
    }
    return new Value(null, "holds lists or sections, which cannot be written as one value; set it in the file");
  }

  private static List<String> append(List<String> path, String segment) {
    List<String> longer = new ArrayList<>(path);
    longer.add(segment);
    return longer;
  }
}
