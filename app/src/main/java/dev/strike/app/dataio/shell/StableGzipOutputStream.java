package dev.strike.app.dataio.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A gzip writer whose output depends only on the bytes written: the 10-byte header is fixed (no file name, no
 * modification time, XFL 0, OS 255 "unknown"), whatever the JDK's {@code GZIPOutputStream} would put there, then raw
 * deflate at level 6 and the CRC-32 and length trailer. Any gzip reader reads it. Not thread-safe.
 */
public final class StableGzipOutputStream extends OutputStream {
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
  private static final int LEVEL = 6;

  private final OutputStream out;
  private final Deflater deflater = new Deflater(LEVEL, true);
  private final DeflaterOutputStream deflating;
  private final CRC32 crc = new CRC32();
  private long size;
  private boolean closed;

  /** A gzip stream onto {@code out}, which it closes when closed. */
  public StableGzipOutputStream(OutputStream out) throws IOException {
    this.out = out;
    out.write(HEADER);
    this.deflating = new DeflaterOutputStream(out, deflater, 64 * 1024);
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    deflating.write(bytes, offset, length);
    crc.update(bytes, offset, length);
    size += length;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      deflating.finish();
      long value = crc.getValue();
      long length = size & 0xffff_ffffL;
      out.write(new byte[] {
        (byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24),
        (byte) length, (byte) (length >> 8), (byte) (length >> 16), (byte) (length >> 24)});
      out.close();
    } finally {
      deflater.end();
    }
  }
}
