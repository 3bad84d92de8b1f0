package dev.strike.kalshi.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a cursor-paginated list response (kalshi-api.md §6): the items and the cursor of the next page.
 *
 * @param <T> the item type
 */
public interface Paged<T> {
  /** The items of this page, never null (possibly empty). */
  List<T> items();

  /** The cursor to pass for the next page; null or empty when this is the last page. */
  @Nullable String cursor();

  /** Whether another page follows: the cursor is present and not empty. */
  default boolean hasNextPage() {
    return WireChecks.hasMore(cursor());
  }
}
