package dev.strike.signals.core;

import dev.strike.common.id.Asset;
import dev.strike.common.id.SeriesTicker;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which spot asset a Kalshi series settles on. Explicit entries win; otherwise a series named {@code KX<ASSET>} +
 * one of the crypto cadence suffixes ({@code 15M} up/down, {@code D} above/below ladders, none for range brackets)
 * settles on {@code <ASSET>} when that asset is one we read. Everything else (weather, indices) has no underlying.
 * Immutable, thread-safe.
 */
public final class UnderlyingResolver {
  private static final List<String> SUFFIXES = List.of("", "D", "15M");

  private final Map<SeriesTicker, Asset> explicit;
  private final List<Asset> assets;

  /**
   * A resolver over the spot {@code assets} we read, with {@code explicit} entries first.
   */
  public UnderlyingResolver(List<Asset> assets, Map<SeriesTicker, Asset> explicit) {
    this.explicit = Map.copyOf(explicit);
    // longest symbol first, so that a longer symbol is not taken for a shorter one followed by a suffix
    this.assets = assets.stream().sorted(Comparator.comparingInt((Asset a) -> -a.symbol().length())
        .thenComparing(Comparator.naturalOrder())).toList();
  }

  /** The underlying of {@code series}, or null. */
  public @Nullable Asset underlyingOf(SeriesTicker series) {
    Objects.requireNonNull(series, "series");
    Asset known = explicit.get(series);
    if (known != null) {
      return known;
    }
    String name = series.value();
    if (!name.startsWith("KX")) {
      return null;
    }
    String rest = name.substring(2);
    for (Asset asset : assets) {
      if (rest.startsWith(asset.symbol()) && SUFFIXES.contains(rest.substring(asset.symbol().length()))) {
        return asset;
      }
    }
    return null;
  }
}
