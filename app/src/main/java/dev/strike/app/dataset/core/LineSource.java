package dev.strike.app.dataset.core;

import org.jspecify.annotations.Nullable;

/**
 * A file of lines that can be read more than once (the import reads a dataset twice: once to learn each market's
 * strike and final quote, once to map it), so nothing has to be held in memory. Lines are raw bytes without their
 * terminator ({@code \n} or {@code \r\n}), numbered from 1. Implementations do the IO (the shell); the core only
 * iterates.
 */
public interface LineSource {
  /** A name for messages, e.g. {@code sample_features.csv.gz}. */
  String name();

  /** A new cursor at the first line. */
  Cursor open();

  /** One pass over the lines; not thread-safe. */
  interface Cursor extends AutoCloseable {
    /**
     * The next line's bytes, without the terminator, or null at the end.
     *
     * @throws java.io.UncheckedIOException if reading fails (the import stops)
     */
    byte @Nullable [] next();

    @Override
    void close();
  }
}
