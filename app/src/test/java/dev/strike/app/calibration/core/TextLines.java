package dev.strike.app.calibration.core;

import dev.strike.app.dataset.core.LineSource;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/** Lines held in memory, for tests. */
final class TextLines implements LineSource {
  private final String name;
  private final List<String> lines;

  TextLines(String name, List<String> lines) {
    this.name = name;
    this.lines = List.copyOf(lines);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Cursor open() {
    Iterator<String> it = lines.iterator();
    return new Cursor() {
      @Override
      public byte[] next() {
        return it.hasNext() ? it.next().getBytes(StandardCharsets.UTF_8) : null;
      }

      @Override
      public void close() {}
    };
  }
}
