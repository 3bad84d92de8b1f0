package dev.strike.common.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClientOrderIdTest {
  private static final IntentId INTENT = IntentId.of("b0441709a64048bb4055c096fd35269e");

  @Test
  void shouldGiveTheSameIdWhenTheIntentIsTheSame() {
    assertThat(ClientOrderId.forIntent(INTENT)).isEqualTo(ClientOrderId.forIntent(IntentId.of(INTENT.value())));
  }

  @Test
  void shouldMatchPinnedValueWhenDerivedFromAnIntent() {
    // python3: uuid.uuid5(uuid.UUID("5f0f2a8e-2d0c-4c55-9a57-6f1c1f3e7b21"), "b0441709a64048bb4055c096fd35269e")
    assertThat(ClientOrderId.forIntent(INTENT).value()).isEqualTo("5264ea2e-053e-58ec-853b-2ee2062f89f7");
  }

  @Test
  void shouldBeAVersionFiveUuid() {
    assertThat(UUID.fromString(ClientOrderId.forIntent(INTENT).value()).version()).isEqualTo(5);
  }

  @Test
  void shouldGiveAnotherIdWhenTheIntentDiffers() {
    assertThat(ClientOrderId.forIntent(IntentId.of("b0441709a64048bb4055c096fd35269f")))
        .isNotEqualTo(ClientOrderId.forIntent(INTENT));
  }

  @Test
  void shouldUseTheStrikeNamespace() {
    assertThat(ClientOrderId.forIntent(INTENT).value())
        .isEqualTo(StableHash.uuidV5(ClientOrderId.NAMESPACE, INTENT.value()).toString());
  }
}
