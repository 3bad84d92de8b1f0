package dev.strike.signals.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.id.Asset;
import dev.strike.common.id.SeriesTicker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnderlyingResolverTest {
  private final UnderlyingResolver resolver = new UnderlyingResolver(
      List.of(Asset.of("BTC"), Asset.of("ETH"), Asset.of("SOL")), Map.of(SeriesTicker.of("INXBTC"), Asset.of("BTC")));

  @Test
  void shouldMapTheCryptoSeriesToTheirAsset() {
    assertThat(resolver.underlyingOf(SeriesTicker.of("KXBTC15M"))).isEqualTo(Asset.of("BTC"));
    assertThat(resolver.underlyingOf(SeriesTicker.of("KXETHD"))).isEqualTo(Asset.of("ETH"));
    assertThat(resolver.underlyingOf(SeriesTicker.of("KXBTC"))).isEqualTo(Asset.of("BTC"));
    assertThat(resolver.underlyingOf(SeriesTicker.of("KXSOL15M"))).isEqualTo(Asset.of("SOL"));
  }

  @Test
  void shouldGiveNoUnderlyingToWeatherOrUnreadAssets() {
    assertThat(resolver.underlyingOf(SeriesTicker.of("KXHIGHNY"))).isNull();
    assertThat(resolver.underlyingOf(SeriesTicker.of("KXXRP15M"))).isNull();
    assertThat(resolver.underlyingOf(SeriesTicker.of("KXBTCMAXY"))).isNull();
  }

  @Test
  void shouldPreferExplicitEntries() {
    assertThat(resolver.underlyingOf(SeriesTicker.of("INXBTC"))).isEqualTo(Asset.of("BTC"));
  }
}
