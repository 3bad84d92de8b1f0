package dev.strike.kalshi.rest;

import dev.strike.kalshi.wire.Paged;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Cursor pagination over a list endpoint (kalshi-api.md §6). */
final class Pages {
  private Pages() {}

  /**
   * Every item of every page, fetched one page after the other: stops when a page's cursor is absent, null or
   * empty; items whose key was seen on an earlier page are dropped (results can shift between pages); a cursor
   * that comes back a second time is a {@link KalshiProtocolException} rather than an endless loop.
   *
   * @param fetch the page for a cursor (null: the first page)
   * @param key the item's identity
   */
  static <T, P extends Paged<T>> Flux<T> all(Function<@Nullable String, Mono<P>> fetch, Function<T, ?> key) {
    return pages(fetch, Paged::cursor).concatMapIterable(Paged::items).distinct(key);
  }

  /** Every page, one after the other, with the same stopping rules as {@link #all}. */
  static <P> Flux<P> pages(Function<@Nullable String, Mono<P>> fetch, Function<P, @Nullable String> cursorOf) {
    return Flux.defer(() -> {
      Set<String> seen = new HashSet<>();
      return fetch.apply(null).expand(page -> {
        String cursor = cursorOf.apply(page);
        if (cursor == null || cursor.isEmpty()) {
          return Mono.empty();
        }
        if (!seen.add(cursor)) {
          return Mono.error(new KalshiProtocolException("pagination cursor \"" + cursor
              + "\" came back a second time; stopping instead of looping"));
        }
        return fetch.apply(cursor);
      });
    });
  }
}
