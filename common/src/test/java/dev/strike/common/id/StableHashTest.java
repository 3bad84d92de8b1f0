package dev.strike.common.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class StableHashTest {
  private static final UUID DNS_NAMESPACE = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

  @Test
  void shouldMatchRfc9562TestVectorWhenNamespaceIsDns() {
    assertThat(StableHash.uuidV5(DNS_NAMESPACE, "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }

  @Test
  void shouldMarkUuidAsVersionFive() {
    assertThat(StableHash.uuidV5(DNS_NAMESPACE, "KXBTC15M").version()).isEqualTo(5);
  }

  @Test
  void shouldMarkUuidAsIetfVariant() {
    assertThat(StableHash.uuidV5(DNS_NAMESPACE, "KXBTC15M").variant()).isEqualTo(2);
  }

  @Test
  void shouldGiveDifferentUuidsWhenNamespacesDiffer() {
    assertThat(StableHash.uuidV5(ClientOrderId.NAMESPACE, "www.example.com"))
        .isNotEqualTo(StableHash.uuidV5(DNS_NAMESPACE, "www.example.com"));
  }

  @Test
  void shouldGiveSameHexWhenPartsAreTheSame() {
    assertThat(StableHash.hex128("signal", "KXBTC15M-26AUG171330-30"))
        .isEqualTo(StableHash.hex128("signal", "KXBTC15M-26AUG171330-30"));
  }

  @Test
  void shouldGiveThirtyTwoLowerCaseHexDigits() {
    assertThat(StableHash.hex128("signal", "KXBTC15M-26AUG171330-30")).matches("[0-9a-f]{32}");
  }

  @Test
  void shouldMatchPinnedValueWhenPartsAreLengthPrefixed() {
    // python3: sha256(b"".join(len(p).to_bytes(4, "big") + p for p in (b"ab", b"c"))).hexdigest()[:32]
    assertThat(StableHash.hex128("ab", "c")).isEqualTo("f2939f903016e5bb29b1e4a61cdbd376");
  }

  @Test
  void shouldHashUtf8BytesWhenPartsAreNotAscii() {
    assertThat(StableHash.hex128("€", "KXBTC15M")).isEqualTo("f716b481f83446316170be3215824978");
  }

  @Test
  void shouldDistinguishPartsWhenTheirConcatenationIsTheSame() {
    assertThat(StableHash.hex128("ab", "c")).isNotEqualTo(StableHash.hex128("a", "bc"));
  }

  @Test
  void shouldDistinguishAnEmptyPartFromNoPart() {
    assertThat(StableHash.hex128("a", "")).isNotEqualTo(StableHash.hex128("a"));
  }
}
