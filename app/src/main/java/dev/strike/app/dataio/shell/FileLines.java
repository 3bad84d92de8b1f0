package dev.strike.app.dataio.shell;

import dev.strike.app.dataset.core.LineSource;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a file, gzip-compressed or not (decided by the gzip magic bytes, not the name), as raw bytes without
 * their terminator ({@code \n}, or {@code \r\n}). A last line without a terminator is still a line. Can be opened
 * any number of times; each cursor streams the file.
 */
public final class FileLines implements LineSource {
  private final Path path;
  private final String name;

  /** The lines of {@code path}, named by its file name. */
  public FileLines(Path path) {
    this(path, path.getFileName().toString());
  }

  /** The lines of {@code path}, named {@code name} in messages (e.g. {@code KXXRP15M/raw_snapshots.jsonl.gz}). */
  public FileLines(Path path, String name) {
    this.path = path;
    this.name = name;
  }

  /** The file. */
  public Path path() {
    return path;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Cursor open() {
    try {
      return new FileCursor(openStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** The bytes of {@code path}, decompressed when it is gzip. */
  public static InputStream openStream(Path path) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(raw, 64 * 1024), 64 * 1024);
    }
    return raw;
  }

  private final class FileCursor implements Cursor {
    private final InputStream in;
    private byte[] buffer = new byte[4096];

    FileCursor(InputStream in) {
      this.in = in;
    }

    @Override
    public byte @Nullable [] next() {
      try {
        int length = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
          }
          buffer[length++] = (byte) b;
        }
        if (b == -1 && length == 0) {
          return null;
        }
        if (length > 0 && buffer[length - 1] == '\r') {
          length--;
        }
        return Arrays.copyOf(buffer, length);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + path + ": " + e.getMessage(), e);
      }
    }
  }
}
