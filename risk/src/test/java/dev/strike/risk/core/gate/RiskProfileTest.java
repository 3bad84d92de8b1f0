package dev.strike.risk.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RiskProfileTest {
  private static final long SECOND_NS = 1_000_000_000L;

  @Test
  void shouldHoldTheRetailDefaultsWhenBalanced() {
    RiskLimits l = RiskProfile.BALANCED.limits();

    assertThat(l.kellyFraction()).isEqualByComparingTo("0.25");
    assertThat(l.maxDailyLoss()).isEqualTo(Money.ofDollars(50));
    assertThat(l.maxDailyLossBps()).isEqualTo(500);
    assertThat(l.maxDrawdownBps()).isEqualTo(1_500);
    assertThat(l.maxConsecutiveLosses()).isEqualTo(3);
    assertThat(l.maxOrderQty()).isEqualTo(Qty.ofContracts(25));
    assertThat(l.maxOrderNotional()).isEqualTo(Money.ofDollars(25));
    assertThat(l.maxPositionQty()).isEqualTo(Qty.ofContracts(50));
    assertThat(l.maxConcurrentPositions()).isEqualTo(5);
    assertThat(l.maxTotalExposure()).isEqualTo(Money.ofDollars(250));
    assertThat(l.maxEventExposure()).isEqualTo(Money.ofDollars(100));
    assertThat(l.maxSeriesExposure()).isEqualTo(Money.ofDollars(200));
    assertThat(new int[] {l.maxOrdersPerMinute(), l.maxOrdersPerHour(), l.maxOrdersPerDay()})
        .containsExactly(10, 60, 300);
    assertThat(l.cooldownNs()).isEqualTo(30 * SECOND_NS);
    assertThat(l.minPrice()).isEqualTo(Price.parse("0.05"));
    assertThat(l.maxPrice()).isEqualTo(Price.parse("0.95"));
    assertThat(l.minEdge()).isEqualTo(Money.parse("0.03"));
    assertThat(l.minConfidence()).isEqualTo(0.5);
    assertThat(l.minTimeToCloseNs()).isEqualTo(60 * SECOND_NS);
    assertThat(l.maxTimeToCloseNs()).isEqualTo(24 * 3600 * SECOND_NS); // hourly and daily ladders trade too
    assertThat(l.minOrderQty()).isEqualTo(Qty.ofContracts(1));
    assertThat(RiskLimits.defaults()).isEqualTo(l);
  }

  @Test
  void shouldRiskLessWhenConservativeAndMoreWhenAggressive() {
    RiskLimits c = RiskProfile.CONSERVATIVE.limits();
    RiskLimits b = RiskProfile.BALANCED.limits();
    RiskLimits a = RiskProfile.AGGRESSIVE.limits();

    assertThat(c.kellyFraction()).isLessThan(b.kellyFraction());
    assertThat(b.kellyFraction()).isLessThan(a.kellyFraction());
    assertThat(c.maxDailyLoss()).isLessThan(b.maxDailyLoss());
    assertThat(b.maxDailyLoss()).isLessThan(a.maxDailyLoss());
    assertThat(c.maxTotalExposure()).isLessThan(b.maxTotalExposure());
    assertThat(b.maxTotalExposure()).isLessThan(a.maxTotalExposure());
    assertThat(c.maxOrderQty()).isLessThan(b.maxOrderQty());
    assertThat(b.maxOrderQty()).isLessThan(a.maxOrderQty());
    assertThat(c.minEdge()).isGreaterThan(b.minEdge());
    assertThat(b.minEdge()).isGreaterThan(a.minEdge());
    assertThat(c.cooldownNs()).isGreaterThan(b.cooldownNs());
    assertThat(b.cooldownNs()).isGreaterThan(a.cooldownNs());
  }

  @Test
  void shouldOverrideOneKeyWhenAProfileIsChanged() {
    RiskLimits changed = RiskProfile.CONSERVATIVE.with("kelly-fraction", "0.15");

    assertThat(changed.kellyFraction()).isEqualTo(new BigDecimal("0.15"));
    assertThat(changed.maxOrderQty()).isEqualTo(RiskProfile.CONSERVATIVE.limits().maxOrderQty());
  }

  @Test
  void shouldFindAProfileByNameWhateverItsCase() {
    assertThat(RiskProfile.named("Aggressive")).isEqualTo(RiskProfile.AGGRESSIVE);
  }

  @Test
  void shouldNameTheKnownProfilesWhenTheNameIsUnknown() {
    assertThatThrownBy(() -> RiskProfile.named("yolo")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("conservative, balanced, aggressive");
  }

  @Test
  void shouldListTheSameKeysAsTheLimits() {
    assertThat(RiskProfile.keys()).isEqualTo(RiskLimits.keys()).contains("min-edge", "max-order-qty",
        "kelly-fraction", "max-daily-loss", "cooldown");
  }
}
