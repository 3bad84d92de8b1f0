package dev.strike.kalshi.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A query string under construction: parameters in insertion order, absent values skipped, values URL-encoded. */
final class QueryParams {
  private final List<String> pairs = new ArrayList<>();

  static QueryParams create() {
    return new QueryParams();
  }

  QueryParams add(String name, @Nullable Object value) {
    if (value != null) {
      String text = value.toString();
      if (!text.isEmpty()) {
        pairs.add(name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
      }
    }
    return this;
  }

  /** A comma list ({@code tickers=A,B}); skipped when empty. */
  QueryParams addList(String name, Collection<?> values) {
    if (!values.isEmpty()) {
      add(name, values.stream().map(Object::toString).collect(Collectors.joining(",")));
    }
    return this;
  }

  /** {@code ?a=1&b=2}, or empty. */
  String toQueryString() {
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  /** A path segment, percent-encoded. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
