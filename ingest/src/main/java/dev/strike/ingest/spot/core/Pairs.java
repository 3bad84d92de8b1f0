package dev.strike.ingest.spot.core;

import dev.strike.common.id.Asset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The assets of a protocol and their names on one exchange ({@code BTC} ↔ {@code BTC-USD}). Immutable. */
final class Pairs {
  private final List<Asset> assets;
  private final Map<Asset, String> symbols = new LinkedHashMap<>();
  private final Map<String, Asset> bySymbol = new HashMap<>();

  /**
   * @param assets at least one, no repeats
   * @param symbol the exchange's name of an asset's USD pair
   */
  Pairs(List<Asset> assets, Function<Asset, String> symbol) {
    this.assets = List.copyOf(assets);
    if (this.assets.isEmpty()) {
      throw new IllegalArgumentException("a feed needs at least one asset");
    }
    for (Asset asset : this.assets) {
      String name = symbol.apply(asset);
      if (symbols.put(asset, name) != null) {
        throw new IllegalArgumentException("asset " + asset + " is listed twice");
      }
      bySymbol.put(name, asset);
    }
  }

  List<Asset> assets() {
    return assets;
  }

  /** The exchange's names, in asset order. */
  List<String> symbols() {
    return List.copyOf(symbols.values());
  }

  /** The asset named {@code symbol} on the exchange, or null if it is not one of ours. */
  @Nullable Asset assetOf(String symbol) {
    return bySymbol.get(symbol);
  }
}
