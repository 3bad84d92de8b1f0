package dev.strike.common.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.strike.common.event.DenialReason;
import dev.strike.common.event.StrikeEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one Jackson mapper of Strike (STYLE: one mapper, configured in one class). Everything written to a topic, a
 * golden file or an export goes through it, so the same value always encodes to the same bytes.
 *
 * <p>Rules: type ids are the records' simple names; enums are lower-case ({@code "greater_or_equal"}); null fields
 * are omitted; map entries are written in key order; decimals are plain and read exactly as {@code BigDecimal};
 * unknown fields are ignored (additive schema changes); a missing or null primitive field is an error rather than
 * a silent 0. Thread-safe once built.
 */
public final class StrikeJson {
  private StrikeJson() {}

  private static final JsonMapper MAPPER = build();

  /** The shared mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Every concrete event and denial-reason type, in name order (what the codec can read and write). */
  public static List<Class<?>> registeredTypes() {
    List<Class<?>> types = new ArrayList<>();
    collectLeaves(StrikeEvent.class, types);
    collectLeaves(DenialReason.class, types);
    types.sort(Comparator.comparing(Class::getSimpleName));
    return List.copyOf(types);
  }

  private static JsonMapper build() {
    JsonMapper mapper = JsonMapper.builder()
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT) // 2.5 into a long field is an error, not a silent 2
        .enable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    for (Class<?> type : registeredTypes()) {
      mapper.registerSubtypes(new NamedType(type, type.getSimpleName()));
    }
    return mapper;
  }

  private static void collectLeaves(Class<?> type, List<Class<?>> out) {
    if (type.isSealed()) {
      for (Class<?> sub : type.getPermittedSubclasses()) {
        collectLeaves(sub, out);
      }
    } else if (!type.isInterface()) {
      out.add(type);
    }
  }
}
