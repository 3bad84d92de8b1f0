package dev.strike.risk.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.gate.KellySizer.KellySize;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KellySizerTest {
  private static final Price HALF = Price.parse("0.50");
  /** 0.07 × 0.5 × 0.5 = $0.0175 a contract. */
  private static final long FEE_AT_HALF = 17_500;
  private final KellySizer quarter = new KellySizer(new BigDecimal("0.25"));
  private final KellySizer full = new KellySizer(BigDecimal.ONE);

  @Test
  void shouldBetTheFractionOfFullKellyWhenTheModelSeesAnEdge() {
    // f* = (0.6 − 0.5) / 0.5 = 0.2; stake = 0.25 × 0.2 × $1000 = $50; $50 / $0.5175 = 96.6 → 96
    KellySize size = quarter.size(0.6, HALF, FEE_AT_HALF, Money.ofDollars(1000));

    assertThat(size.fullKelly()).isEqualByComparingTo("0.2");
    assertThat(size.stake()).isEqualTo(Money.ofDollars(50));
    assertThat(size.qty()).isEqualTo(Qty.ofContracts(96));
    assertThat(size.describe()).isEqualTo("kelly 0.25 × f* 0.2000 of equity = stake $50.00 → 96.00");
  }

  @Test
  void shouldBuyExactlyTheContractsTheStakePaysForWhenItPaysForThemExactly() {
    // stake = 0.2 × $25.875 = $5.175 = 10 × $0.5175
    assertThat(full.size(0.6, HALF, FEE_AT_HALF, Money.parse("25.875")).qty()).isEqualTo(Qty.ofContracts(10));
  }

  @Test
  void shouldRoundDownWhenTheStakeIsOneMicroDollarShortOfAContract() {
    // stake = 0.2 × $25.874995 = $5.174999
    KellySize size = full.size(0.6, HALF, FEE_AT_HALF, Money.parse("25.874995"));

    assertThat(size.stake()).isEqualTo(Money.parse("5.174999"));
    assertThat(size.qty()).isEqualTo(Qty.ofContracts(9));
  }

  @Test
  void shouldBetNothingWhenTheProbabilityIsAtThePrice() {
    KellySize size = quarter.size(0.5, HALF, FEE_AT_HALF, Money.ofDollars(1000));

    assertThat(size.qty()).isEqualTo(Qty.ZERO);
    assertThat(size.stake()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldBetNothingWhenTheProbabilityIsBelowThePrice() {
    KellySize size = quarter.size(0.3, HALF, FEE_AT_HALF, Money.ofDollars(1000));

    assertThat(size.fullKelly()).isNegative();
    assertThat(size.qty()).isEqualTo(Qty.ZERO);
  }

  @Test
  void shouldBetNothingWhenTheBankrollIsNotPositive() {
    assertThat(quarter.size(0.9, HALF, FEE_AT_HALF, Money.ofDollars(-5)).qty()).isEqualTo(Qty.ZERO);
  }

  @Test
  void shouldBetNothingWhenThePriceIsZeroOrOne() {
    assertThat(quarter.size(0.9, Price.ZERO, 0, Money.ofDollars(1000)).qty()).isEqualTo(Qty.ZERO);
    assertThat(quarter.size(1.0, Price.ONE, 0, Money.ofDollars(1000)).qty()).isEqualTo(Qty.ZERO);
  }

  @Test
  void shouldBetTheWholeBankrollAtFullKellyWhenTheOutcomeIsCertain() {
    // f* = 1: $100 at $0.5175 → 193
    assertThat(full.size(1.0, HALF, FEE_AT_HALF, Money.ofDollars(100)).qty()).isEqualTo(Qty.ofContracts(193));
  }

  @Test
  void shouldRejectAFractionOutsideZeroToOne() {
    assertThatThrownBy(() -> new KellySizer(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new KellySizer(new BigDecimal("1.1"))).isInstanceOf(IllegalArgumentException.class);
  }
}
