package dev.strike.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SignalValidationTest {
  private static final Signal S = EventSamples.signal();

  private static Signal with(double modelProbability, double confidence, long ttlNs, SortedMap<String, Double> inputs) {
    return new Signal(S.signalId(), S.strategy(), S.ticker(), S.kind(), S.side(), S.action(), modelProbability,
        S.marketPrice(), S.edgeAfterFees(), confidence, S.limitPrice(), ttlNs, S.reason(), inputs, S.tsEvent(),
        S.tsInit());
  }

  @Test
  void shouldRejectSignalWhenModelProbabilityIsAboveOne() {
    assertThatThrownBy(() -> with(1.5, 0.8, 1, S.inputs()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("modelProbability must be a finite number within [0, 1], got 1.5");
  }

  @Test
  void shouldRejectSignalWhenModelProbabilityIsNaN() {
    assertThatThrownBy(() -> with(Double.NaN, 0.8, 1, S.inputs()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("modelProbability must be a finite number within [0, 1], got NaN");
  }

  @Test
  void shouldRejectSignalWhenConfidenceIsNegative() {
    assertThatThrownBy(() -> with(0.5, -0.1, 1, S.inputs()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be a finite number within [0, 1], got -0.1");
  }

  @Test
  void shouldAcceptSignalWhenProbabilitiesAreAtTheBounds() {
    assertThat(with(0.0, 1.0, 1, S.inputs()).confidence()).isEqualTo(1.0);
  }

  @Test
  void shouldRejectSignalWhenTimeToLiveIsZero() {
    assertThatThrownBy(() -> with(0.5, 0.8, 0, S.inputs()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ttlNs must be positive, got 0");
  }

  @Test
  void shouldRejectSignalWhenAnInputIsInfinite() {
    SortedMap<String, Double> inputs = new TreeMap<>(Map.of("spot", Double.POSITIVE_INFINITY));

    assertThatThrownBy(() -> with(0.5, 0.8, 1, inputs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inputs.spot must be finite, got Infinity");
  }

  @Test
  void shouldRejectSignalWhenAnInputNameIsBlank() {
    SortedMap<String, Double> inputs = new TreeMap<>(Map.of(" ", 1.0));

    assertThatThrownBy(() -> with(0.5, 0.8, 1, inputs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inputs key must not be blank");
  }

  @Test
  void shouldKeepInputsWhenTheCallerChangesItsMap() {
    SortedMap<String, Double> inputs = new TreeMap<>(Map.of("spot", 63501.37));
    Signal signal = with(0.5, 0.8, 1, inputs);

    inputs.put("strike", 63485.16);

    assertThat(signal.inputs()).containsOnlyKeys("spot");
  }

  @Test
  void shouldExpireTimeToLiveAfterTsEvent() {
    assertThat(S.expiresAtNs()).isEqualTo(EventSamples.SIGNAL_NS + 2_000_000_000L);
  }
}
