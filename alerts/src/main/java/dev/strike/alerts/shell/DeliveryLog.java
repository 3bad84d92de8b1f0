package dev.strike.alerts.shell;

import dev.strike.alerts.core.DeliveredIds;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ids of delivered notifications, per channel, kept across restarts in a small append-only file
 * ({@code <dataDir>/<group>.delivered}, one {@code channel id} line per delivery, flushed on every line).
 *
 * <p>Why a file and not a compacted topic: the alerts service is the only reader and writer; the file is read once at
 * start in milliseconds, while a topic would be a second consumer to read to its end on every start, and a message is
 * sent (the side effect) before anything could be committed anyway. The Kafka offsets cover what was consumed;
 * this file covers what was delivered, so a record redelivered after a crash between delivery and offset commit is
 * not sent twice. A torn last line (a crash mid-write) is ignored. When the file holds twice {@code capacity} lines it
 * is rewritten with the newest {@code capacity} (write to a temporary file, then an atomic rename). Thread-safe.
 */
final class DeliveryLog implements AutoCloseable {
  private final @Nullable Path file;
  private final DeliveredIds ids;
  private @Nullable BufferedWriter out;
  private int lines;

  private DeliveryLog(Path file, DeliveredIds ids, int lines) throws IOException {
    this.file = file;
    this.ids = ids;
    this.lines = lines;
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private DeliveryLog(int capacity) {
    this.file = null;
    this.ids = new DeliveredIds(capacity);
    this.out = null;
  }

  /** A log kept in memory only, for a process with no channel (nothing to deliver, no file to leave behind). */
  static DeliveryLog inMemory(int capacity) {
    return new DeliveryLog(capacity);
  }

  /** Opens (or creates) the log {@code file}, remembering at most {@code capacity} deliveries. */
  static DeliveryLog open(Path file, int capacity) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      DeliveredIds ids = new DeliveredIds(capacity);
      int lines = 0;
      if (Files.exists(file)) {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<String> all = content.lines().toList();
        boolean torn = !content.isEmpty() && !content.endsWith("\n");
        for (int i = 0; i < all.size() - (torn ? 1 : 0); i++) {
          if (!all.get(i).isBlank()) {
            ids.add(all.get(i));
            lines++;
          }
        }
        if (torn) {
          // Rewrite without the torn line, so the next append starts on a line of its own.
          rewrite(file, ids);
          lines = ids.size();
        }
      }
      return new DeliveryLog(file, ids, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("alerts: cannot open the delivery log " + file, e);
    }
  }

  synchronized boolean contains(String channel, String id) {
    return ids.contains(channel, id);
  }

  /** Records the delivery of {@code id} on {@code channel}, durably (flushed before it returns). */
  synchronized void delivered(String channel, String id) {
    String entry = DeliveredIds.entry(channel, id);
    if (!ids.add(entry) || out == null || file == null) {
      return;
    }
    try {
      out.write(entry);
      out.write('\n');
      out.flush();
      if (++lines >= 2 * Math.max(ids.size(), 1) && lines > 1000) {
        out.close();
        rewrite(file, ids);
        lines = ids.size();
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("alerts: cannot write the delivery log " + file, e);
    }
  }

  synchronized int size() {
    return ids.size();
  }

  private static void rewrite(Path file, DeliveredIds ids) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (String entry : ids.entries()) {
        w.write(entry);
        w.write('\n');
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public synchronized void close() {
    try {
      if (out != null) {
        out.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
