package dev.strike.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;

/**
 * Encodes and decodes values of one type (usually a topic's value family, e.g. {@code BookEvent}) with the shared
 * mapper. Thread-safe; create one per type and reuse it.
 *
 * @param <T> the value type
 */
public final class JsonCodec<T> {
  private final Class<T> type;
  private final ObjectWriter writer;
  private final ObjectReader reader;

  private JsonCodec(Class<T> type) {
    this.type = type;
    this.writer = StrikeJson.mapper().writerFor(type);
    this.reader = StrikeJson.mapper().readerFor(type);
  }

  /** A codec for {@code type}. */
  public static <T> JsonCodec<T> of(Class<T> type) {
    return new JsonCodec<>(type);
  }

  /** The type this codec reads and writes. */
  public Class<T> type() {
    return type;
  }

  /** The JSON bytes of {@code value} (UTF-8). */
  public byte[] encode(T value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      // Our records always serialize; failing here is a bug, not bad input.
      throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName() + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * The value in {@code bytes}.
   *
   * @throws DecodeException if the bytes are not valid JSON of this type, with the reason
   */
  public T decode(byte[] bytes) {
    if (bytes == null) {
      throw new DecodeException("no value (null record value) for " + type.getSimpleName(), null);
    }
    try {
      return reader.readValue(bytes);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new DecodeException("invalid " + type.getSimpleName() + ": " + cause.getMessage(), e);
    } catch (JsonMappingException e) {
      String path = fieldPath(e);
      throw new DecodeException("cannot decode " + type.getSimpleName() + (path.isEmpty() ? "" : " at " + path)
          + ": " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException | RuntimeException e) {
      throw new DecodeException("cannot decode " + type.getSimpleName() + ": " + firstLine(e.getMessage()), e);
    }
  }

  /** The JSON path of the failure as {@code reasons[0].limit}. */
  private static String fieldPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "(no message)";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
