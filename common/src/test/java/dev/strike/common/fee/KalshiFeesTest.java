package dev.strike.common.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.FeeType;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KalshiFeesTest {
  private static final KalshiFees QUADRATIC = KalshiFees.of(FeeType.QUADRATIC, BigDecimal.ONE);

  @Test
  void shouldChargeTheDocumentedTakerExamples() {
    assertThat(QUADRATIC.orderFee(Price.parse("0.50"), Qty.ofContracts(1), false)).isEqualTo(Money.parse("0.02"));
    assertThat(QUADRATIC.orderFee(Price.parse("0.50"), Qty.ofContracts(100), false)).isEqualTo(Money.parse("1.75"));
    assertThat(QUADRATIC.orderFee(Price.parse("0.10"), Qty.ofContracts(100), false)).isEqualTo(Money.parse("0.63"));
  }

  @Test
  void shouldChargeTheSameFeeForTheComplementPrice() {
    for (long cents = 1; cents < 100; cents++) {
      assertThat(QUADRATIC.orderFee(Price.ofCents(cents), Qty.ofContracts(37), false))
          .isEqualTo(QUADRATIC.orderFee(Price.ofCents(100 - cents), Qty.ofContracts(37), false));
    }
  }

  @Test
  void shouldRoundUpToTheCentOnlyWhenThereIsARemainder() {
    // 0.07 × 4 × 0.5 × 0.5 = 0.07 exactly
    assertThat(QUADRATIC.orderFee(Price.parse("0.50"), Qty.ofContracts(4), false)).isEqualTo(Money.parse("0.07"));
    // 0.07 × 0.01 × 0.5 × 0.5 = 0.000175 → one cent
    assertThat(QUADRATIC.orderFee(Price.parse("0.50"), Qty.ofHundredths(1), false)).isEqualTo(Money.parse("0.01"));
  }

  @Test
  void shouldChargeMakersByTheFeeType() {
    Price half = Price.parse("0.50");
    Qty hundred = Qty.ofContracts(100);
    assertThat(QUADRATIC.orderFee(half, hundred, true)).isEqualTo(Money.ZERO);
    assertThat(KalshiFees.of(FeeType.QUADRATIC_WITH_MAKER_FEES, BigDecimal.ONE).orderFee(half, hundred, true))
        .isEqualTo(Money.parse("0.44")); // 0.4375 rounded up
    assertThat(KalshiFees.of(FeeType.QUADRATIC_WITH_COMBO_MAKER_FEES, BigDecimal.ONE).orderFee(half, hundred, true))
        .isEqualTo(Money.parse("0.88")); // 0.875 rounded up
  }

  @Test
  void shouldScaleByTheMultiplier() {
    KalshiFees half = KalshiFees.of(FeeType.QUADRATIC, new BigDecimal("0.5"));
    assertThat(half.orderFee(Price.parse("0.50"), Qty.ofContracts(100), false)).isEqualTo(Money.parse("0.88"));
    assertThat(half.perContractMicros(500_000, false)).isEqualTo(8_750);
  }

  @Test
  void shouldGiveTheUnroundedFeePerContractRoundedUpToTheMicro() {
    assertThat(QUADRATIC.perContractMicros(500_000, false)).isEqualTo(17_500);
    assertThat(QUADRATIC.perContractMicros(100_000, false)).isEqualTo(6_300);
    assertThat(QUADRATIC.perContractMicros(1_000, false)).isEqualTo(70); // 0.07 × 0.001 × 0.999 = 69.93 µ$
    assertThat(QUADRATIC.perContractMicros(0, false)).isZero();
    assertThat(QUADRATIC.perContractMicros(500_000, true)).isZero();
  }

  @Test
  void shouldRefuseToPriceTheFlatSchedule() {
    KalshiFees flat = KalshiFees.of(FeeType.FLAT, BigDecimal.ONE);
    assertThat(flat.isKnown()).isFalse();
    assertThatThrownBy(() -> flat.perContractMicros(500_000, false)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldRejectAMultiplierItCannotHoldExactly() {
    assertThatThrownBy(() -> KalshiFees.of(FeeType.QUADRATIC, new BigDecimal("0.00001")))
        .hasMessageContaining("0.0001");
    assertThatThrownBy(() -> KalshiFees.of(FeeType.QUADRATIC, new BigDecimal("-1"))).hasMessageContaining("negative");
  }
}
