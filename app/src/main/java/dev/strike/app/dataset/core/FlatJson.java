package dev.strike.app.dataset.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.strike.common.json.StrikeJson;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The top-level scalar fields of one JSON object line, each as its literal text (numbers exactly as written, so
 * {@code 0.093} stays {@code "0.093"} and is never a {@code double}); JSON null is kept as a present key with a
 * null value; nested objects and arrays are skipped. Uses the shared Jackson factory's streaming parser.
 */
final class FlatJson {
  private final Map<String, @Nullable String> values;

  private FlatJson(Map<String, @Nullable String> values) {
    this.values = values;
  }

  /**
   * The fields of {@code line}.
   *
   * @throws IllegalArgumentException if it is not one JSON object
   */
  static FlatJson parse(String line) {
    Map<String, @Nullable String> values = new HashMap<>();
    try (JsonParser parser = StrikeJson.mapper().getFactory().createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object");
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          parser.skipChildren();
        } else {
          values.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
        }
      }
      if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new IllegalArgumentException("not a single JSON object");
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not valid JSON: " + firstLine(e.getMessage()), e);
    }
    return new FlatJson(values);
  }

  /** Whether the field is present (possibly null). */
  boolean has(String name) {
    return values.containsKey(name);
  }

  /** The field's text, null for JSON null. */
  @Nullable String get(String name) {
    return values.get(name);
  }

  /**
   * The field's text.
   *
   * @throws IllegalArgumentException if absent or null
   */
  String required(String name) {
    String value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is " + (values.containsKey(name) ? "null" : "missing"));
    }
    return value;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
