package dev.strike.common.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.strike.common.json.StrikeJson;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The untyped configuration tree: reading a YAML file into it (with the shared mapper, through a YAML parser),
 * overlaying one tree on another, and setting a value at a path. Sections merge key by key; anything else (a value,
 * a list) replaces what was there; an empty value ({@code key:} or {@code ~}) sets nothing. Stateless.
 */
final class ConfigTree {
  private ConfigTree() {}

  private static final YAMLFactory YAML = YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  // The shared mapper reads the tree (decimals exact); documents after the first are reported, not an exception.
  private static final ObjectReader READER =
      StrikeJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

  /** A new empty section. */
  static ObjectNode emptySection() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * The top-level section of a YAML file; an empty file is an empty section.
   *
   * @return empty after adding a problem named by the file if it cannot be read, is not YAML, or is not a section
   */
  static Optional<ObjectNode> read(Path file, List<ConfigProblem> problems) {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      problems.add(new ConfigProblem(name, Files.exists(file) ? "is not a file" : "configuration file not found"));
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = YAML.createParser(reader)) {
      JsonNode tree = READER.readTree(parser);
      if (tree != null && parser.nextToken() != null) {
        problems.add(new ConfigProblem(name, "only one YAML document is allowed, found another at line "
            + parser.currentTokenLocation().getLineNr()));
        return Optional.empty();
      }
      if (isUnset(tree) || isEmptyText(tree)) {
        return Optional.of(emptySection());
      }
      if (!tree.isObject()) {
        problems.add(new ConfigProblem(name, "expected key: value lines at the top level, got "
            + ScalarReader.describe(tree)));
        return Optional.empty();
      }
      return Optional.of((ObjectNode) tree);
    } catch (JsonProcessingException e) {
      problems.add(new ConfigProblem(name, syntaxProblem(e)));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(new ConfigProblem(name, "cannot read: " + e));
      return Optional.empty();
    }
  }

  /** "invalid YAML at line 3, column 9: mapping values are not allowed here", without the parser's snippet. */
  private static String syntaxProblem(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
    List<String> summary = new ArrayList<>();
    for (String line : original.split("\n")) {
      // snakeyaml appends " in 'reader', line L, column C:" and an indented snippet with a caret.
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        summary.add(line.trim());
      }
    }
    long lineNr = -1;
    long columnNr = -1;
    Matcher mark = MARK.matcher(original);
    while (mark.find()) {
      // the last mark is where the problem is (the first is its context)
      lineNr = Long.parseLong(mark.group(1));
      columnNr = Long.parseLong(mark.group(2));
    }
    JsonLocation location = e.getLocation();
    if (lineNr < 0 && location != null) {
      lineNr = location.getLineNr();
      columnNr = location.getColumnNr();
    }
    String where = lineNr > 0 ? " at line " + lineNr + (columnNr > 0 ? ", column " + columnNr : "") : "";
    return "invalid YAML" + where + ": " + String.join("; ", summary);
  }

  /** Whether a node sets nothing: absent, or an explicit null ({@code ~}). */
  static boolean isUnset(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  /** Whether a node is the empty text YAML gives for {@code key:} with nothing after it. */
  static boolean isEmptyText(@Nullable JsonNode node) {
    return node != null && node.isTextual() && node.asText().isEmpty();
  }

  /**
   * Overlays {@code overlay} on {@code base} (changing {@code base}): sections merge key by key, other values
   * replace, and an empty value sets nothing. Every value the overlay sets is recorded as coming from
   * {@code origin}.
   */
  static void merge(ObjectNode base, ObjectNode overlay, String key, ValueOrigins origins, String origin) {
    for (Map.Entry<String, JsonNode> field : overlay.properties()) {
      String childKey = ConfigProblems.child(key, field.getKey());
      JsonNode value = field.getValue();
      JsonNode existing = base.get(field.getKey());
      if (isUnset(value) || isEmptyText(value) && existing != null && existing.isObject()) {
        continue;
      }
      if (value.isObject() && existing != null && existing.isObject()) {
        merge((ObjectNode) existing, (ObjectNode) value, childKey, origins, origin);
      } else {
        base.set(field.getKey(), value.deepCopy());
        origins.record(childKey, origin);
      }
    }
  }

  /** Sets {@code value} at {@code path}, creating sections on the way; a section value merges into one there. */
  static void put(ObjectNode root, List<String> path, JsonNode value) {
    ObjectNode section = root;
    for (String segment : path.subList(0, path.size() - 1)) {
      JsonNode next = section.get(segment);
      section = next instanceof ObjectNode ? (ObjectNode) next : section.putObject(segment);
    }
    String last = path.get(path.size() - 1);
    JsonNode existing = section.get(last);
    if (value instanceof ObjectNode && existing instanceof ObjectNode) {
      ((ObjectNode) existing).setAll((ObjectNode) value);
    } else {
      section.set(last, value);
    }
  }

  /** The node at {@code path}, if every step exists. */
  static @Nullable JsonNode at(ObjectNode root, List<String> path) {
    JsonNode node = root;
    for (String segment : path) {
      node = node == null ? null : node.get(segment);
    }
    return node;
  }
}
