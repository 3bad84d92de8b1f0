package dev.strike.kalshi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.json.StrikeJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as {@link KalshiRestFake} received it.
 *
 * @param method upper case, e.g. {@code POST}
 * @param path the full path without query, e.g. {@code /trade-api/v2/portfolio/events/orders}
 * @param apiPath the path below the root, e.g. {@code /portfolio/events/orders}
 * @param query decoded query parameters in order of appearance
 * @param headers header names in lower case; the last value of a repeated header
 * @param body the body as text, empty when none
 * @param receivedAtNanos {@link System#nanoTime()} on arrival, to measure gaps between requests
 */
public record RecordedRequest(String method, String path, String apiPath, Map<String, List<String>> query,
    Map<String, String> headers, String body, long receivedAtNanos) {

  /** Copies the maps. */
  public RecordedRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /** The first value of query parameter {@code name}, or null. */
  public @Nullable String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Header {@code name} (any case), or null. */
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  /** The body as a JSON tree. */
  public JsonNode bodyJson() {
    try {
      return StrikeJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return method + " " + apiPath + (query.isEmpty() ? "" : " " + query);
  }
}
