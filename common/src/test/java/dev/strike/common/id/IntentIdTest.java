package dev.strike.common.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentIdTest {
  private static final SignalId SIGNAL = SignalId.of("9c2e41d07a5b4f3e8d61b0a2c7f5e913");

  @Test
  void shouldDeriveTheSameIdWhenInputsAreTheSame() {
    assertThat(IntentId.derive(SIGNAL, "buy", "yes", "25.00", "0.4700"))
        .isEqualTo(IntentId.derive(SignalId.of(SIGNAL.value()), "buy", "yes", "25.00", "0.4700"));
  }

  @Test
  void shouldMatchPinnedValueWhenDerived() {
    // python3: hex128("intent", signal, "buy", "yes", "25.00", "0.4700"), see StableHashTest
    assertThat(IntentId.derive(SIGNAL, "buy", "yes", "25.00", "0.4700").value())
        .isEqualTo("b0441709a64048bb4055c096fd35269e");
  }

  @Test
  void shouldDeriveAnotherIdWhenSignalDiffers() {
    assertThat(IntentId.derive(SignalId.of("41f0b7d2c9e84a6b9f3d2e1c0b5a7968"), "buy", "yes", "25.00", "0.4700"))
        .isNotEqualTo(IntentId.derive(SIGNAL, "buy", "yes", "25.00", "0.4700"));
  }

  @Test
  void shouldDeriveAnotherIdWhenADecisionInputDiffers() {
    assertThat(IntentId.derive(SIGNAL, "buy", "yes", "24.00", "0.4700"))
        .isNotEqualTo(IntentId.derive(SIGNAL, "buy", "yes", "25.00", "0.4700"));
  }

  @Test
  void shouldDeriveAnotherIdWhenDecisionInputsAreReordered() {
    assertThat(IntentId.derive(SIGNAL, "0.4700", "25.00"))
        .isNotEqualTo(IntentId.derive(SIGNAL, "25.00", "0.4700"));
  }

  @Test
  void shouldDeriveAnotherIdWhenInputBoundariesMove() {
    assertThat(IntentId.derive(SIGNAL, "25.0", "00.4700"))
        .isNotEqualTo(IntentId.derive(SIGNAL, "25.00", "0.4700"));
  }

  @Test
  void shouldNotCollideWithAPlainHashOfTheSameParts() {
    assertThat(IntentId.derive(SIGNAL, "25.00").value()).isNotEqualTo(StableHash.hex128(SIGNAL.value(), "25.00"));
  }
}
