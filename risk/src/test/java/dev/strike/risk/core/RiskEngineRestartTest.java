package dev.strike.risk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderDenied;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.json.JsonCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RiskEngineRestartTest {
  private static final JsonCodec<StrikeEvent> CODEC = JsonCodec.of(StrikeEvent.class);

  private static List<List<StrikeEvent>> run(RiskEngine engine, List<StrikeEvent> inputs) {
    List<List<StrikeEvent>> outputs = new ArrayList<>();
    for (StrikeEvent input : inputs) {
      outputs.add(engine.onEvent(input));
    }
    return outputs;
  }

  private static PortfolioSnapshot snapshot(RiskEngine engine, int handled) {
    TreeMap<String, Long> offsets = new TreeMap<>();
    offsets.put("inputs-0", (long) handled);
    return engine.snapshot(offsets, 1);
  }

  @Test
  void shouldDecideExactlyAsAnUninterruptedRunWhenRestartedFromASnapshotPlusTheTail() {
    List<StrikeEvent> inputs = RiskSession.record(42, 2_500, new RiskEngine(RiskSession.settings()));
    RiskEngine whole = new RiskEngine(RiskSession.settings());
    List<List<StrikeEvent>> expected = run(whole, inputs);
    List<StrikeEvent> flat = expected.stream().flatMap(List::stream).toList();
    assertThat(flat).filteredOn(OrderApproved.class::isInstance).hasSizeGreaterThan(20);
    assertThat(flat).filteredOn(OrderDenied.class::isInstance).hasSizeGreaterThan(20);
    assertThat(flat).filteredOn(e -> e instanceof OrderApproved a && a.intent().reduceOnly()).isNotEmpty();

    for (int cut : new int[] {1, inputs.size() / 5, inputs.size() / 2, inputs.size() * 4 / 5, inputs.size() - 1}) {
      RiskEngine first = new RiskEngine(RiskSession.settings());
      run(first, inputs.subList(0, cut));
      PortfolioSnapshot saved = (PortfolioSnapshot) CODEC.decode(CODEC.encode(snapshot(first, cut)));
      RiskEngine restarted = new RiskEngine(RiskSession.settings());
      restarted.restore(saved);

      List<List<StrikeEvent>> tail = run(restarted, inputs.subList(cut, inputs.size()));

      assertThat(tail).as("outputs after a restart at input %d", cut)
          .isEqualTo(expected.subList(cut, expected.size()));
      assertThat(snapshot(restarted, inputs.size())).isEqualTo(snapshot(whole, inputs.size()));
    }
  }

  @Test
  void shouldGiveTheSameOutputsWhenTheSameSessionRunsTwice() {
    List<StrikeEvent> inputs = RiskSession.record(7, 1_500, new RiskEngine(RiskSession.settings()));

    List<List<StrikeEvent>> once = run(new RiskEngine(RiskSession.settings()), inputs);
    List<List<StrikeEvent>> twice = run(new RiskEngine(RiskSession.settings()), inputs);

    assertThat(twice).isEqualTo(once);
  }
}
