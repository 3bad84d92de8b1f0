package dev.strike.app.dataio.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.strike.common.json.StrikeJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The line format of export files (docs/dataio.md): one JSON object per record, fields in this order,
 * {@code \n}-terminated, UTF-8:
 *
 * <pre>
 * {"topic":"md.book","partition":0,"offset":12,"timestamp":1771993365058,
 *  "key":"KXBTC15M-26FEB242330-30","value":{…}}
 * </pre>
 *
 * <p>(one line in the file; wrapped here)
 *
 * <ul>
 *   <li>{@code value} is the record's value bytes embedded verbatim when they are one JSON object on one line
 *       (every Strike event is), so nothing is re-encoded; otherwise {@code valueBase64} holds them; {@code null} is a
 *       tombstone.
 *   <li>{@code key} is the key as a JSON string when it is valid UTF-8 (tickers, assets), else {@code keyBase64};
 *       {@code null} for no key.
 *   <li>{@code headers}, only when the record has any, sits before the key:
 *       {@code [{"key":"name","valueBase64":"…"}]} (a null header value is {@code "valueBase64":null}).
 * </ul>
 *
 * <p>Encoding is a pure function of the record, so equal records give equal bytes. Decoding accepts the fields in any
 * order, ignores unknown ones, and gives back the exact key and value bytes. Stateless and thread-safe.
 */
public final class ExportLines {
  private ExportLines() {}

  private static final JsonStringEncoder QUOTER = JsonStringEncoder.getInstance();

  /** The line of {@code record}, with its terminating {@code \n}. */
  public static byte[] encode(ExportedRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + length(record.value()));
    ascii(out, "{\"topic\":");
    string(out, record.topic());
    ascii(out, ",\"partition\":" + record.partition() + ",\"offset\":" + record.offset() + ",\"timestamp\":"
        + record.timestampMs());
    if (!record.headers().isEmpty()) {
      ascii(out, ",\"headers\":[");
      for (int i = 0; i < record.headers().size(); i++) {
        ExportedRecord.Header header = record.headers().get(i);
        ascii(out, i == 0 ? "{\"key\":" : ",{\"key\":");
        string(out, header.key());
        ascii(out, ",\"valueBase64\":");
        base64OrNull(out, header.value());
        ascii(out, "}");
      }
      ascii(out, "]");
    }
    byte[] key = record.key();
    if (key == null) {
      ascii(out, ",\"key\":null");
    } else if (isUtf8(key)) {
      ascii(out, ",\"key\":");
      string(out, new String(key, StandardCharsets.UTF_8));
    } else {
      ascii(out, ",\"keyBase64\":");
      base64OrNull(out, key);
    }
    byte[] value = record.value();
    if (value == null) {
      ascii(out, ",\"value\":null");
    } else if (isOneLineJsonObject(value)) {
      ascii(out, ",\"value\":");
      out.writeBytes(value);
    } else {
      ascii(out, ",\"valueBase64\":");
      base64OrNull(out, value);
    }
    ascii(out, "}\n");
    return out.toByteArray();
  }

  /**
   * The record of one line (without its terminator; a trailing {@code \r} is not allowed).
   *
   * @throws ExportFormatException if the line is not a record line, with the reason
   */
  public static ExportedRecord decode(byte[] line) {
    String topic = null;
    Integer partition = null;
    Long offset = null;
    Long timestamp = null;
    List<ExportedRecord.Header> headers = List.of();
    byte[] key = null;
    byte[] value = null;
    boolean keySeen = false;
    boolean valueSeen = false;
    try (JsonParser parser = StrikeJson.mapper().getFactory().createParser(line)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new ExportFormatException("not a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        switch (field) {
          case "topic" -> topic = text(parser, token, field);
          case "partition" -> partition = Math.toIntExact(number(parser, token, field));
          case "offset" -> offset = number(parser, token, field);
          case "timestamp" -> timestamp = number(parser, token, field);
          case "headers" -> headers = headers(parser, token);
          case "key" -> {
            keySeen = true;
            key = token == JsonToken.VALUE_NULL ? null
                : text(parser, token, field).getBytes(StandardCharsets.UTF_8);
          }
          case "keyBase64" -> {
            keySeen = true;
            key = base64(parser, token, field);
          }
          case "value" -> {
            valueSeen = true;
            if (token == JsonToken.VALUE_NULL) {
              value = null;
            } else if (token == JsonToken.START_OBJECT) {
              int start = Math.toIntExact(parser.currentTokenLocation().getByteOffset());
              parser.skipChildren();
              int end = Math.toIntExact(parser.currentLocation().getByteOffset());
              value = Arrays.copyOfRange(line, start, end);
              if (value.length < 2 || value[0] != '{' || value[value.length - 1] != '}') {
                throw new ExportFormatException("cannot locate the value's bytes");
              }
            } else {
              throw new ExportFormatException("value must be a JSON object or null");
            }
          }
          case "valueBase64" -> {
            valueSeen = true;
            value = base64(parser, token, field);
          }
          default -> parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        throw new ExportFormatException("not a single JSON object");
      }
    } catch (IOException | ArithmeticException e) {
      throw new ExportFormatException("not a record line: " + e.getMessage(), e);
    }
    if (topic == null || partition == null || offset == null || timestamp == null || !keySeen || !valueSeen) {
      throw new ExportFormatException("a record line needs topic, partition, offset, timestamp, key and value");
    }
    try {
      return new ExportedRecord(topic, partition, offset, timestamp, headers, key, value);
    } catch (IllegalArgumentException e) {
      throw new ExportFormatException(e.getMessage(), e);
    }
  }

  /**
   * The {@code type} and {@code schemaVersion} of a Strike event's JSON value (its first two fields), or null when the
   * value is not such an object.
   */
  public static @Nullable TypeAndVersion typeOf(byte @Nullable [] value) {
    if (value == null) {
      return null;
    }
    String type = null;
    Integer version = null;
    try (JsonParser parser = StrikeJson.mapper().getFactory().createParser(value)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while ((type == null || version == null) && parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        if ("type".equals(field) && token == JsonToken.VALUE_STRING) {
          type = parser.getText();
        } else if ("schemaVersion".equals(field) && token == JsonToken.VALUE_NUMBER_INT) {
          version = parser.getIntValue();
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return type == null ? null : new TypeAndVersion(type, version == null ? 0 : version);
  }

  /**
   * A value's type name and schema version.
   *
   * @param type the {@code type} field
   * @param schemaVersion the {@code schemaVersion} field, 0 when absent
   */
  public record TypeAndVersion(String type, int schemaVersion) {}

  private static String text(JsonParser parser, JsonToken token, String field) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      throw new ExportFormatException(field + " must be a string");
    }
    return parser.getText();
  }

  private static long number(JsonParser parser, JsonToken token, String field) throws IOException {
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw new ExportFormatException(field + " must be an integer");
    }
    return parser.getLongValue();
  }

  private static byte @Nullable [] base64(JsonParser parser, JsonToken token, String field) throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(text(parser, token, field));
    } catch (IllegalArgumentException e) {
      throw new ExportFormatException(field + " is not base64", e);
    }
  }

  private static List<ExportedRecord.Header> headers(JsonParser parser, JsonToken token) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      throw new ExportFormatException("headers must be an array");
    }
    List<ExportedRecord.Header> headers = new ArrayList<>();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      String name = null;
      byte[] bytes = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken t = parser.nextToken();
        if ("key".equals(field)) {
          name = text(parser, t, "header key");
        } else if ("valueBase64".equals(field)) {
          bytes = base64(parser, t, "header valueBase64");
        } else {
          parser.skipChildren();
        }
      }
      if (name == null) {
        throw new ExportFormatException("a header needs a key");
      }
      headers.add(new ExportedRecord.Header(name, bytes));
    }
    if (parser.currentToken() != JsonToken.END_ARRAY) {
      throw new ExportFormatException("headers must be an array of objects");
    }
    return headers;
  }

  private static int length(byte @Nullable [] bytes) {
    return bytes == null ? 0 : bytes.length;
  }

  private static void ascii(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static void string(ByteArrayOutputStream out, String text) {
    out.write('"');
    out.writeBytes(QUOTER.quoteAsUTF8(text));
    out.write('"');
  }

  private static void base64OrNull(ByteArrayOutputStream out, byte @Nullable [] bytes) {
    if (bytes == null) {
      ascii(out, "null");
    } else {
      out.write('"');
      out.writeBytes(Base64.getEncoder().encode(bytes));
      out.write('"');
    }
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Valid UTF-8, exactly one JSON object from the first byte to the last, and no line break anywhere. */
  static boolean isOneLineJsonObject(byte[] value) {
    if (value.length < 2 || value[0] != '{' || value[value.length - 1] != '}') {
      return false;
    }
    for (byte b : value) {
      if (b == '\n' || b == '\r') {
        return false;
      }
    }
    if (!isUtf8(value)) {
      return false;
    }
    try (JsonParser parser = StrikeJson.mapper().getFactory().createParser(value)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }
}
