package dev.strike.risk.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RiskLimitsTest {
  private static final RiskLimits BALANCED = RiskProfile.BALANCED.limits();

  @Test
  void shouldRejectANonPositiveMaximumWhenConstructed() {
    assertThatThrownBy(() -> BALANCED.toBuilder().maxOrderQty(Qty.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxOrderQty must be positive");
  }

  @Test
  void shouldRejectAKellyFractionAboveOneWhenConstructed() {
    assertThatThrownBy(() -> BALANCED.toBuilder().kellyFraction(new BigDecimal("1.01")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kellyFraction must be within (0, 1]");
  }

  @Test
  void shouldRejectAMinimumTimeToCloseAboveTheMaximumWhenConstructed() {
    assertThatThrownBy(() -> BALANCED.toBuilder().minTimeToCloseNs(BALANCED.maxTimeToCloseNs() + 1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTimeToCloseNs");
  }

  @Test
  void shouldRejectAFractionalMinimumOrderWhenConstructed() {
    assertThatThrownBy(() -> BALANCED.toBuilder().minOrderQty(Qty.parse("1.5")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minOrderQty must be whole contracts");
  }

  @Test
  void shouldRejectBasisPointsAboveAllWhenConstructed() {
    assertThatThrownBy(() -> BALANCED.toBuilder().maxDrawdownBps(10_001).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDrawdownBps");
  }

  @Test
  void shouldReplaceOneLimitWhenWithGetsAKnownKey() {
    RiskLimits changed = BALANCED.with("max-order-qty", "10");

    assertThat(changed.maxOrderQty()).isEqualTo(Qty.ofContracts(10));
    assertThat(changed.toBuilder().maxOrderQty(BALANCED.maxOrderQty()).build()).isEqualTo(BALANCED);
  }

  @Test
  void shouldParseMoneyAndPricesExactlyWhenWithGetsDollars() {
    assertThat(BALANCED.with("max-daily-loss", "12.345678").maxDailyLoss()).isEqualTo(Money.ofMicros(12_345_678));
    assertThat(BALANCED.with("min-edge", "0.025").minEdge()).isEqualTo(Money.ofMicros(25_000));
    assertThat(BALANCED.with("min-price", "0.0125").minPrice()).isEqualTo(Price.ofMicros(12_500));
  }

  @Test
  void shouldParseDurationTextWhenWithGetsADuration() {
    assertThat(BALANCED.with("cooldown", "45s").cooldownNs()).isEqualTo(45_000_000_000L);
    assertThat(BALANCED.with("cooldown", "1m30s").cooldownNs()).isEqualTo(90_000_000_000L);
    assertThat(BALANCED.with("cooldown", "PT2M").cooldownNs()).isEqualTo(120_000_000_000L);
    assertThat(BALANCED.with("cooldown", "0").cooldownNs()).isZero();
    assertThat(BALANCED.with("min-time-to-close", "500ms").minTimeToCloseNs()).isEqualTo(500_000_000L);
  }

  @Test
  void shouldReadAllowlistsWhenCommaSeparated() {
    RiskLimits changed = BALANCED.with("allowed-strategies", "a, b").with("allowed-series", "KXBTC15M");

    assertThat(changed.allowedStrategies()).containsExactlyInAnyOrder(StrategyId.of("a"), StrategyId.of("b"));
    assertThat(changed.allowedSeries()).containsExactly(SeriesTicker.of("KXBTC15M"));
    assertThat(changed.with("allowed-strategies", "").allowedStrategies()).isEmpty();
  }

  @Test
  void shouldNameTheKeyWhenTheValueCannotBeRead() {
    assertThatThrownBy(() -> BALANCED.with("max-order-qty", "lots"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("max-order-qty: cannot read \"lots\"");
  }

  @Test
  void shouldNameTheKeyWhenADurationHasNoUnit() {
    assertThatThrownBy(() -> BALANCED.with("cooldown", "30"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cooldown: cannot read \"30\"");
  }

  @Test
  void shouldNameTheKeyWhenTheValueBreaksALimitRule() {
    assertThatThrownBy(() -> BALANCED.with("kelly-fraction", "1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("kelly-fraction: ").hasMessageContaining("kellyFraction must be within (0, 1]");
  }

  @Test
  void shouldListTheKnownKeysWhenTheKeyIsUnknown() {
    assertThatThrownBy(() -> BALANCED.with("max-leverage", "2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown risk limit key \"max-leverage\"").hasMessageContaining("max-order-qty");
  }

  @Test
  void shouldApplyRelatedOverridesTogetherWhenGivenAMap() {
    RiskLimits moved = BALANCED.with(Map.of("min-time-to-close", "20m", "max-time-to-close", "30m"));

    assertThat(moved.minTimeToCloseNs()).isEqualTo(1_200_000_000_000L);
    assertThat(moved.maxTimeToCloseNs()).isEqualTo(1_800_000_000_000L);
  }

  @Test
  void shouldHaveOneKeyPerLimit() {
    assertThat(RiskLimits.keys()).hasSize(RiskLimits.class.getRecordComponents().length).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(RiskProfile.class)
  void shouldReadBackEveryKeyWhenItsValueIsWrittenOut(RiskProfile profile) {
    RiskLimits limits = profile.limits().with("allowed-series", "KXBTC15M,KXETH15M").with("allowed-strategies", "x");
    for (String key : RiskLimits.keys()) {
      assertThat(limits.with(key, limits.value(key))).as(key).isEqualTo(limits);
    }
  }

  @Test
  void shouldChangeEveryLimitWhenEveryKeyIsSet() {
    RiskLimits changed = BALANCED.with(Map.ofEntries(
        Map.entry("min-edge", "0.04"), Map.entry("min-confidence", "0.55"),
        Map.entry("allowed-strategies", "s"), Map.entry("allowed-series", "KXBTC15M"),
        Map.entry("min-time-to-close", "2m"), Map.entry("max-time-to-close", "13m"),
        Map.entry("max-order-qty", "20"), Map.entry("max-order-notional", "20"),
        Map.entry("max-position-qty", "40"), Map.entry("max-concurrent-positions", "4"),
        Map.entry("max-total-exposure", "240"), Map.entry("max-event-exposure", "90"),
        Map.entry("max-series-exposure", "190"), Map.entry("max-daily-loss", "45"),
        Map.entry("max-daily-loss-bps", "450"), Map.entry("max-drawdown-bps", "1400"),
        Map.entry("max-consecutive-losses", "4"), Map.entry("max-orders-per-minute", "9"),
        Map.entry("max-orders-per-hour", "59"), Map.entry("max-orders-per-day", "299"),
        Map.entry("cooldown", "31s"), Map.entry("min-price", "0.06"), Map.entry("max-price", "0.94"),
        Map.entry("kelly-fraction", "0.2"), Map.entry("min-order-qty", "2")));

    for (String key : RiskLimits.keys()) {
      assertThat(changed.value(key)).as(key).isNotEqualTo(BALANCED.value(key));
    }
  }

  @Test
  void shouldCopyTheAllowlistsWhenConstructed() {
    var strategies = new java.util.HashSet<>(Set.of(StrategyId.of("a")));
    RiskLimits limits = BALANCED.toBuilder().allowedStrategies(strategies).build();
    strategies.add(StrategyId.of("b"));

    assertThat(limits.allowedStrategies()).containsExactly(StrategyId.of("a"));
  }
}
