package dev.strike.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.StrikeEvent;
import dev.strike.common.json.StrikeJson;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class CodecBenchmarkTest {

  @Test
  void shouldBenchmarkEveryEventType() throws Exception {
    String[] benchmarked = CodecBenchmark.class.getField("type").getAnnotation(Param.class).value();
    assertThat(Arrays.asList(benchmarked)).containsExactlyInAnyOrderElementsOf(StrikeJson.registeredTypes().stream()
        .filter(StrikeEvent.class::isAssignableFrom).map(Class::getSimpleName).toList());
  }

  @Test
  void shouldRoundTripEachBenchmarkedSample() throws Exception {
    for (String type : CodecBenchmark.class.getField("type").getAnnotation(Param.class).value()) {
      CodecBenchmark benchmark = new CodecBenchmark();
      benchmark.type = type;
      benchmark.setUp();
      assertThat(benchmark.decode()).isEqualTo(CodecBenchmark.sampleOf(type));
      assertThat(benchmark.encode()).isNotEmpty();
    }
  }
}
