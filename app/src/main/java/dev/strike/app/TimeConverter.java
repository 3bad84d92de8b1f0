package dev.strike.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO-8601 instant with an offset: {@code 2026-02-25T04:30:00Z} or {@code 2026-02-25T00:30-05:00}. */
public final class TimeConverter implements ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not an ISO-8601 time with an offset, e.g. "
          + "2026-02-25T04:30:00Z");
    }
  }
}
