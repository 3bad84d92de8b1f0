package dev.strike.kalshi.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code GET /series} (kalshi-api.md §4.1); null/empty = not set.
 *
 * @param category e.g. {@code Crypto}
 * @param tags series carrying any of these tags
 * @param includeVolume whether {@code volume_fp} is filled in
 */
public record SeriesQuery(@Nullable String category, List<String> tags, boolean includeVolume) {
  /** Copies the tags. */
  public SeriesQuery {
    tags = QueryChecks.list(tags, "tags", Integer.MAX_VALUE);
  }

  /** Every series. */
  public static SeriesQuery all() {
    return new SeriesQuery(null, List.of(), false);
  }

  /** Series of {@code value}. */
  public SeriesQuery withCategory(String value) {
    return new SeriesQuery(value, tags, includeVolume);
  }

  QueryParams toParams(@Nullable String cursor) {
    return QueryParams.create().add("cursor", cursor).add("category", category).addList("tags", tags)
        .add("include_volume", includeVolume ? "true" : null);
  }
}
