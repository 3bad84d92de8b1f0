package dev.strike.common.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.DenialReason;
import dev.strike.common.event.EventArbitraries;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every registered type survives the codec: decoding what was encoded gives an equal value, and encoding that
 * again gives the same bytes (what the golden files and replay determinism rely on). Types are drawn uniformly,
 * and a coverage check fails the property if some type was not exercised. jqwik's edge cases are off here: mixed
 * over all types they would all go to the first few; {@link EventArbitraries} draws the extremes itself.
 */
class RoundTripProperties {
  private static final JsonCodec<StrikeEvent> EVENTS = JsonCodec.of(StrikeEvent.class);
  private static final JsonCodec<DenialReason> REASONS = JsonCodec.of(DenialReason.class);
  private static final Topics TOPICS = Topics.withPrefix("");

  @Example
  void shouldHaveAnArbitraryForEveryRegisteredType() {
    assertThat(EventArbitraries.types()).containsExactlyInAnyOrderElementsOf(StrikeJson.registeredTypes());
  }

  @Example
  void shouldGenerateInstancesOfExactlyTheRequestedType() {
    for (Class<?> type : StrikeJson.registeredTypes()) {
      List<Class<?>> generated = EventArbitraries.forType(type).sampleStream().limit(5)
          .map(Object::getClass).distinct().collect(Collectors.toList());

      assertThat(generated).as("classes generated for %s", type.getSimpleName()).containsExactly(type);
    }
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void shouldDecodeToAnEqualEventWhenEncoded(@ForAll("events") StrikeEvent event) {
    collectType(event, StrikeEvent.class);

    assertThat(EVENTS.decode(EVENTS.encode(event))).isEqualTo(event);
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void shouldEncodeTheSameBytesWhenADecodedEventIsEncodedAgain(@ForAll("events") StrikeEvent event) {
    collectType(event, StrikeEvent.class);
    byte[] json = EVENTS.encode(event);

    assertThat(EVENTS.encode(EVENTS.decode(json))).isEqualTo(json);
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void shouldDecodeToAnEqualDenialReasonWhenEncoded(@ForAll("denialReasons") DenialReason reason) {
    collectType(reason, DenialReason.class);

    assertThat(REASONS.decode(REASONS.encode(reason))).isEqualTo(reason);
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void shouldEncodeTheSameBytesWhenADecodedDenialReasonIsEncodedAgain(
      @ForAll("denialReasons") DenialReason reason) {
    collectType(reason, DenialReason.class);
    byte[] json = REASONS.encode(reason);

    assertThat(REASONS.encode(REASONS.decode(json))).isEqualTo(json);
  }

  @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
  void shouldDecodeToAnEqualEventWhenWrittenAndReadWithItsTopicCodec(@ForAll("events") StrikeEvent event) {
    Topic<?> topic = TOPICS.all().stream().filter(t -> t.valueType().isInstance(event)).findFirst().orElseThrow();

    assertThat(roundTripOn(topic, event)).isEqualTo(event);
  }

  @Provide
  Arbitrary<StrikeEvent> events() {
    return EventArbitraries.events();
  }

  @Provide
  Arbitrary<DenialReason> denialReasons() {
    return EventArbitraries.denialReasons();
  }

  private static <V extends StrikeEvent> V roundTripOn(Topic<V> topic, StrikeEvent event) {
    return topic.codec().decode(topic.codec().encode(topic.valueType().cast(event)));
  }

  /** Counts the generated types and requires that each type of the family came up at least ten times. */
  private static void collectType(Object value, Class<?> family) {
    Statistics.label("type").collect(value.getClass().getSimpleName()).coverage(coverage -> {
      for (Class<?> type : StrikeJson.registeredTypes()) {
        if (family.isAssignableFrom(type)) {
          coverage.check(type.getSimpleName()).count(count -> count >= 10);
        }
      }
    });
  }
}
