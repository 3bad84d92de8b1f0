package dev.strike.app.api.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks of what an operator sends: query parameters, the body of {@code PUT /config} and control requests, and the
 * redaction of secrets from the configuration the API shows. Pure and stateless; a bad request yields every problem
 * as text (the API answers 400 with them), never an exception.
 */
public final class Requests {
  private Requests() {}

  /** The most items a list endpoint returns. */
  public static final int MAX_LIMIT = 1_000;

  /** What a redacted value reads. */
  public static final String REDACTED = "***";

  /**
   * Names of configuration fields whose values are secrets or point at them (tokens, passwords, keys, key files,
   * chat ids, user names, and every URL: webhook URLs embed their token, so all URLs are hidden to be safe).
   */
  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(secret|password|passwd|token|apikey|api_key|privatekey|keyid|keyfile|credential|webhook|auth|chatid"
          + "|username|url|urlfile).*");

  /**
   * A parsed value, or the problem with it.
   *
   * @param value the value when valid
   * @param problem one line, null when valid
   */
  public record Checked<T>(@Nullable T value, @Nullable String problem) {
    /** Whether the value is valid. */
    public boolean ok() {
      return problem == null;
    }
  }

  /** {@code ?limit=}: absent gives {@code fallback}; otherwise a whole number in {@code 1..MAX_LIMIT}. */
  public static Checked<Integer> limit(@Nullable List<String> values, int fallback) {
    if (values == null || values.isEmpty()) {
      return new Checked<>(fallback, null);
    }
    if (values.size() > 1) {
      return new Checked<>(null, "limit: given " + values.size() + " times; give it once");
    }
    String text = values.get(0);
    if (!text.matches("[0-9]{1,7}")) {
      return new Checked<>(null, "limit: must be a whole number from 1 to " + MAX_LIMIT + ", got '"
          + printable(text) + "'");
    }
    int limit = Integer.parseInt(text);
    if (limit < 1 || limit > MAX_LIMIT) {
      return new Checked<>(null, "limit: must be from 1 to " + MAX_LIMIT + ", got " + limit);
    }
    return new Checked<>(limit, null);
  }

  /** Query parameters an endpoint does not know, as problems (a typo must not silently mean "default"). */
  public static List<String> unknownParameters(Map<String, List<String>> query, List<String> known) {
    List<String> problems = new ArrayList<>();
    for (String name : query.keySet()) {
      if (!known.contains(name)) {
        problems.add("unknown query parameter '" + printable(name) + "'" + (known.isEmpty() ? ""
            : "; known: " + String.join(", ", known)));
      }
    }
    return problems;
  }

  /**
   * The body of {@code PUT /config}: a JSON object from configuration key ({@code risk.limits.<key>} or
   * {@code risk.exits.<key>}) to a value (text, number or boolean). Every problem of shape is listed; the keys and
   * values themselves are checked by {@link OperatorCommands#setParameters}.
   */
  public static Checked<Map<String, String>> configChanges(@Nullable JsonNode body) {
    if (body == null || !body.isObject()) {
      return new Checked<>(null, "the body must be a JSON object of key to value, e.g. "
          + "{\"risk.limits.max-order-qty\": \"10\"}");
    }
    if (body.isEmpty()) {
      return new Checked<>(null, "the body names no key to change");
    }
    Map<String, String> changes = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      JsonNode value = field.getValue();
      if (value.isTextual() || value.isNumber() || value.isBoolean()) {
        changes.put(field.getKey(), value.isTextual() ? value.textValue() : value.asText());
      } else {
        problems.add(field.getKey() + ": the value must be text, a number or a boolean, got " + value.getNodeType()
            .name().toLowerCase(Locale.ROOT));
      }
    }
    if (!problems.isEmpty()) {
      return new Checked<>(null, String.join("; ", problems));
    }
    return new Checked<>(changes, null);
  }

  /** A copy of {@code config} with every field whose name looks like a secret replaced by {@link #REDACTED}. */
  public static JsonNode redact(JsonNode config) {
    JsonNode copy = config.deepCopy();
    redactInPlace(copy);
    return copy;
  }

  private static void redactInPlace(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.properties().forEach(e -> names.add(e.getKey()));
      for (String name : names) {
        JsonNode value = object.get(name);
        boolean empty = value.isNull() || (value.isTextual() && value.textValue().isEmpty());
        if (SECRET_NAME.matcher(name).matches() && !value.isContainerNode() && !empty && !value.isBoolean()) {
          object.set(name, TextNode.valueOf(REDACTED));
        } else if (SECRET_NAME.matcher(name).matches() && value.isContainerNode()) {
          object.set(name, redactAll(value));
        } else {
          redactInPlace(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (JsonNode item : array) {
        redactInPlace(item);
      }
    }
  }

  private static JsonNode redactAll(JsonNode container) {
    JsonNode copy = container.deepCopy();
    if (copy instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.properties().forEach(e -> names.add(e.getKey()));
      for (String name : names) {
        JsonNode value = object.get(name);
        object.set(name, value.isContainerNode() ? redactAll(value) : TextNode.valueOf(REDACTED));
      }
    } else if (copy instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode value = array.get(i);
        array.set(i, value.isContainerNode() ? redactAll(value) : TextNode.valueOf(REDACTED));
      }
    }
    return copy;
  }

  /** At most 60 characters of {@code text} with control characters shown as '?', for echoing input safely. */
  static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && i < 60; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return text.length() > 60 ? out + "…" : out.toString();
  }
}
