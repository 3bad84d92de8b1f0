package dev.strike.app.dataio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StableGzipOutputStreamTest {
  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (StableGzipOutputStream out = new StableGzipOutputStream(bytes)) {
      out.write(data, 0, data.length / 2);
      out.write(data, data.length / 2, data.length - data.length / 2);
    }
    return bytes.toByteArray();
  }

  private static byte[] data() {
    return "line one\nline two\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shouldWriteAFixedHeaderWithoutNameOrTimeWhenCompressing() throws IOException {
    assertThat(Arrays.copyOf(gzip(data()), 10)).containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);
  }

  @Test
  void shouldGiveTheSameBytesWhenTheSameDataIsWrittenTwice() throws IOException {
    assertThat(gzip(data())).isEqualTo(gzip(data()));
  }

  @Test
  void shouldBeReadableByAnyGzipReaderWhenClosed() throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip(data())))) {
      assertThat(in.readAllBytes()).isEqualTo(data());
    }
  }
}
