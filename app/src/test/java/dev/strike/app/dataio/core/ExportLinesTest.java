package dev.strike.app.dataio.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportLinesTest {
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static ExportedRecord record(byte[] key, byte[] value) {
    return new ExportedRecord("md.book", 3, 42, 1771993365058L, List.of(), key, value);
  }

  private static byte[] withoutNewline(byte[] line) {
    assertThat(line[line.length - 1]).isEqualTo((byte) '\n');
    return Arrays.copyOf(line, line.length - 1);
  }

  @Test
  void shouldWriteTheDocumentedLayoutWhenTheValueIsAnEvent() {
    byte[] line = ExportLines.encode(record(utf8("KXBTC15M-26FEB242330-30"), utf8("{\"type\":\"BookGap\"}")));
    assertThat(new String(line, StandardCharsets.UTF_8)).isEqualTo("{\"topic\":\"md.book\",\"partition\":3,"
        + "\"offset\":42,\"timestamp\":1771993365058,\"key\":\"KXBTC15M-26FEB242330-30\","
        + "\"value\":{\"type\":\"BookGap\"}}\n");
  }

  @Test
  void shouldKeepTheValueBytesVerbatimWhenTheyAreOneJsonObject() {
    // spacing, a trailing zero and an escaped character that a re-encoding would change
    byte[] value = utf8("{ \"price\" : 0.5600, \"text\":\"caf\\u00e9 ✓\" ,\"nested\":{\"a\":[1, 2]} }");
    byte[] line = ExportLines.encode(record(utf8("k"), value));
    assertThat(new String(line, StandardCharsets.UTF_8)).contains(new String(value, StandardCharsets.UTF_8));
    assertThat(ExportLines.decode(withoutNewline(line)).value()).isEqualTo(value);
  }

  @Test
  void shouldUseBase64WhenTheValueIsNotJson() {
    byte[] value = {'n', 'o', 't', ' ', 'j', 's', 'o', 'n', (byte) 0xff};
    byte[] line = ExportLines.encode(record(utf8("k"), value));
    assertThat(new String(line, StandardCharsets.UTF_8)).contains("\"valueBase64\":\"");
    assertThat(ExportLines.decode(withoutNewline(line)).value()).isEqualTo(value);
  }

  @Test
  void shouldUseBase64WhenTheValueSpansLines() {
    byte[] value = utf8("{\n\"a\":1}");
    byte[] line = ExportLines.encode(record(utf8("k"), value));
    assertThat(new String(line, StandardCharsets.UTF_8).indexOf('\n')).isEqualTo(line.length - 1);
    assertThat(new String(line, StandardCharsets.UTF_8)).contains("\"valueBase64\":\"");
    assertThat(ExportLines.decode(withoutNewline(line)).value()).isEqualTo(value);
  }

  @Test
  void shouldWriteNullWhenTheRecordIsATombstoneWithoutKey() {
    ExportedRecord tombstone = new ExportedRecord("md.markets", 0, 7, 5, List.of(), null, null);
    byte[] line = ExportLines.encode(tombstone);
    assertThat(new String(line, StandardCharsets.UTF_8)).endsWith(",\"key\":null,\"value\":null}\n");
    assertThat(ExportLines.decode(withoutNewline(line))).isEqualTo(tombstone);
  }

  @Test
  void shouldEscapeOrEncodeTheKeyWhenItIsUnusual() {
    ExportedRecord quoted = record(utf8("a\"b\\c\u0001"), utf8("{}"));
    assertThat(ExportLines.decode(withoutNewline(ExportLines.encode(quoted)))).isEqualTo(quoted);
    ExportedRecord binary = record(new byte[] {(byte) 0xc3, 0x28}, utf8("{}"));
    assertThat(new String(ExportLines.encode(binary), StandardCharsets.UTF_8)).contains("\"keyBase64\":\"wyg=\"");
    assertThat(ExportLines.decode(withoutNewline(ExportLines.encode(binary)))).isEqualTo(binary);
  }

  @Test
  void shouldRoundTripHeadersWhenTheRecordHasThem() {
    ExportedRecord withHeaders = new ExportedRecord("md.trades", 1, 0, 9, List.of(
        new ExportedRecord.Header("trace", utf8("abc")), new ExportedRecord.Header("empty", null)), utf8("k"),
        utf8("{\"x\":1}"));
    byte[] line = ExportLines.encode(withHeaders);
    assertThat(new String(line, StandardCharsets.UTF_8)).contains(
        "\"headers\":[{\"key\":\"trace\",\"valueBase64\":\"YWJj\"},{\"key\":\"empty\",\"valueBase64\":null}]");
    assertThat(ExportLines.decode(withoutNewline(line))).isEqualTo(withHeaders);
  }

  @Test
  void shouldReadTheFieldsInAnyOrderWhenALineWasWrittenByHand() {
    ExportedRecord read = ExportLines.decode(utf8("{\"value\":{\"a\":1},\"extra\":[1],\"key\":\"k\",\"timestamp\":3,"
        + "\"offset\":2,\"partition\":1,\"topic\":\"md.spot\"}"));
    assertThat(read).isEqualTo(new ExportedRecord("md.spot", 1, 2, 3, List.of(), utf8("k"), utf8("{\"a\":1}")));
  }

  @Test
  void shouldRefuseALineWhenAFieldIsMissing() {
    assertThatThrownBy(() -> ExportLines.decode(utf8("{\"topic\":\"md.book\",\"partition\":0,\"offset\":0,"
        + "\"timestamp\":1,\"value\":null}"))).isInstanceOf(ExportFormatException.class)
        .hasMessageContaining("needs topic, partition, offset, timestamp, key and value");
    assertThatThrownBy(() -> ExportLines.decode(utf8("{\"topic\":"))).isInstanceOf(ExportFormatException.class);
  }

  @Test
  void shouldNameTheTypeAndSchemaVersionWhenTheValueIsAnEvent() {
    byte[] gap = JsonCodec.of(BookEvent.class).encode(new BookGap(MarketTicker.of("KXBTC15M-26AUG171330-30"), 1, 5,
        7, "seq gap", 1L, 2L));
    assertThat(ExportLines.typeOf(gap)).isEqualTo(new ExportLines.TypeAndVersion("BookGap", 1));
    assertThat(ExportLines.typeOf(utf8("[1]"))).isNull();
  }
}
