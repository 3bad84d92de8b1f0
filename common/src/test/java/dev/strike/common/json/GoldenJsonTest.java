package dev.strike.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.strike.common.event.DenialReason;
import dev.strike.common.event.EventSamples;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the JSON of every registered type: {@code src/test/resources/golden/<SimpleName>.json} holds exactly what the
 * encoder writes for {@link EventSamples}' instance, followed by one newline (so the files are ordinary text files;
 * the newline is stripped, exactly once, before comparing). A changed golden file is a changed wire format: review
 * it like an API change.
 *
 * <p>To regenerate after an intended change: {@code ./mvnw -pl common test -Dtest=GoldenJsonTest
 * -Dgolden.update=true}, then read the diff.
 */
class GoldenJsonTest {
  private static final JsonCodec<StrikeEvent> EVENTS = JsonCodec.of(StrikeEvent.class);
  private static final JsonCodec<DenialReason> REASONS = JsonCodec.of(DenialReason.class);
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  /** Surefire runs in and sets {@code basedir} to the module directory; the files are read from the sources. */
  private static final Path GOLDEN_DIR =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("src/test/resources/golden");

  static Stream<Arguments> samples() {
    return EventSamples.all().stream().map(sample -> Arguments.of(sample.getClass().getSimpleName(), sample));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void shouldEncodeExactlyAsTheGoldenFile(String name, Object sample) {
    String encoded = new String(encode(sample), StandardCharsets.UTF_8);

    assertThat(encoded).isEqualTo(golden(name, sample));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void shouldDecodeTheGoldenFileIntoTheSample(String name, Object sample) {
    byte[] json = golden(name, sample).getBytes(StandardCharsets.UTF_8);

    Object decoded = sample instanceof StrikeEvent ? EVENTS.decode(json) : REASONS.decode(json);

    assertThat(decoded).isEqualTo(sample);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void shouldWriteTypeThenSchemaVersionFirst(String name, Object sample) {
    String prefix = sample instanceof StrikeEvent event
        ? "{\"type\":\"" + name + "\",\"schemaVersion\":" + event.schemaVersion() + ","
        : "{\"type\":\"" + name + "\"";

    assertThat(golden(name, sample)).startsWith(prefix);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void shouldEncodeTheSameBytesWhenWrittenWithItsTopicCodec(String name, Object sample) {
    if (!(sample instanceof StrikeEvent)) {
      return; // denial reasons travel inside OrderDenied only
    }
    StrikeEvent event = (StrikeEvent) sample;
    List<Topic<?>> carriers = Topics.withPrefix("").all().stream()
        .filter(topic -> topic.valueType().isInstance(event))
        .collect(Collectors.toList());

    assertThat(carriers).as("topics carrying %s", name).hasSize(1);
    assertThat(encodeOn(carriers.get(0), event)).isEqualTo(EVENTS.encode(event));
  }

  @Test
  void shouldHaveExactlyOneSampleForEveryRegisteredType() {
    List<Class<?>> sampled = EventSamples.all().stream().map(Object::getClass).sorted(
        (a, b) -> a.getSimpleName().compareTo(b.getSimpleName())).collect(Collectors.toList());

    assertThat(sampled).containsExactlyElementsOf(StrikeJson.registeredTypes());
  }

  @Test
  void shouldHaveAGoldenFileForEveryRegisteredType() {
    List<String> missing = StrikeJson.registeredTypes().stream()
        .map(Class::getSimpleName)
        .filter(name -> !Files.isRegularFile(GOLDEN_DIR.resolve(name + ".json")))
        .collect(Collectors.toList());

    assertThat(missing).as("golden files missing in %s (run with -Dgolden.update=true)", GOLDEN_DIR).isEmpty();
  }

  @Test
  void shouldHaveNoGoldenFileWithoutARegisteredType() throws IOException {
    List<String> registered = StrikeJson.registeredTypes().stream()
        .map(type -> type.getSimpleName() + ".json").collect(Collectors.toList());
    try (Stream<Path> files = Files.list(GOLDEN_DIR)) {
      List<String> stale = files.map(file -> file.getFileName().toString())
          .filter(file -> file.endsWith(".json"))
          .filter(file -> !registered.contains(file))
          .collect(Collectors.toList());

      assertThat(stale).as("golden files of types that are no longer registered").isEmpty();
    }
  }

  private static byte[] encode(Object sample) {
    if (sample instanceof StrikeEvent) {
      return EVENTS.encode((StrikeEvent) sample);
    }
    if (sample instanceof DenialReason) {
      return REASONS.encode((DenialReason) sample);
    }
    throw new IllegalArgumentException("not a registered value: " + sample);
  }

  private static <V extends StrikeEvent> byte[] encodeOn(Topic<V> topic, StrikeEvent event) {
    return topic.codec().encode(topic.valueType().cast(event));
  }

  /** The golden JSON of {@code name} without its one trailing newline; (re)written first under golden.update. */
  private static String golden(String name, Object sample) {
    Path file = GOLDEN_DIR.resolve(name + ".json");
    try {
      if (UPDATE) {
        Files.createDirectories(GOLDEN_DIR);
        byte[] json = encode(sample);
        byte[] line = Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        Files.write(file, line);
      }
      if (!Files.isRegularFile(file)) {
        fail("no golden file %s (run with -Dgolden.update=true to create it)", file);
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as("%s ends with exactly one newline", file).endsWith("\n").doesNotEndWith("\n\n");
      return text.substring(0, text.length() - 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
