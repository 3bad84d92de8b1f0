package dev.strike.app.dataset.core;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/** Lines held in memory, for tests. */
final class ListLines implements LineSource {
  private final String name;
  private final List<byte[]> lines;

  ListLines(String name, List<byte[]> lines) {
    this.name = name;
    this.lines = List.copyOf(lines);
  }

  static ListLines of(String name, String... lines) {
    return new ListLines(name, java.util.Arrays.stream(lines).map(l -> l.getBytes(StandardCharsets.UTF_8)).toList());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Cursor open() {
    Iterator<byte[]> it = lines.iterator();
    return new Cursor() {
      @Override
      public byte[] next() {
        return it.hasNext() ? it.next() : null;
      }

      @Override
      public void close() {}
    };
  }
}
