package dev.strike.benchmarks;

import dev.strike.common.event.EventSamples;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.json.JsonCodec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encode and decode time of every event type with the topic codec (the shared mapper), on the realistic samples the
 * golden-file tests pin. Run: {@code java -jar benchmarks/target/benchmarks.jar CodecBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CodecBenchmark {
  /** Every concrete event type; {@code CodecBenchmarkTest} keeps this list complete. */
  @Param({"MarketInfo", "BookSnapshot", "BookDelta", "BookGap", "MarketTrade", "SpotTick", "Signal", "OrderApproved",
      "OrderDenied", "OrderSubmitted", "OrderAccepted", "OrderRejected", "OrderAmended", "OrderCanceled",
      "OrderExpired", "Fill", "MarketSettled", "PortfolioSnapshot", "PauseTrading", "ResumeTrading", "HaltTrading",
      "ResetBreaker", "SetStrategyEnabled", "SetParameter", "Alert", "DeadLetter"})
  public String type;

  private final JsonCodec<StrikeEvent> codec = JsonCodec.of(StrikeEvent.class);
  private StrikeEvent sample;
  private byte[] json;

  /** Picks the sample of {@link #type} and its bytes. */
  @Setup
  public void setUp() {
    sample = sampleOf(type);
    json = codec.encode(sample);
  }

  static StrikeEvent sampleOf(String type) {
    return EventSamples.events().stream()
        .filter(e -> e.getClass().getSimpleName().equals(type))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sample of " + type));
  }

  /** Value to JSON bytes. */
  @Benchmark
  public byte[] encode() {
    return codec.encode(sample);
  }

  /** JSON bytes to a validated value. */
  @Benchmark
  public StrikeEvent decode() {
    return codec.decode(json);
  }
}
