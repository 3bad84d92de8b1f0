package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An underlying asset by its upper-case symbol ({@code BTC}, {@code ETH}, {@code SOL}), the key of {@code md.spot}.
 * JSON form: the plain string.
 */
public record Asset(String symbol) implements Comparable<Asset> {
  /** Validates that the symbol is 2–10 upper-case letters or digits. */
  public Asset {
    IdText.check(symbol, "asset");
    if (symbol.length() < 2 || symbol.length() > 10 || !symbol.chars().allMatch(c ->
        (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      throw new IllegalArgumentException("asset must be 2–10 upper-case letters or digits, got \"" + symbol + "\"");
    }
  }

  /** The asset for {@code symbol}. */
  @JsonCreator
  public static Asset of(String symbol) {
    return new Asset(symbol);
  }

  @JsonValue
  @Override
  public String symbol() {
    return symbol;
  }

  @Override
  public int compareTo(Asset other) {
    return symbol.compareTo(other.symbol);
  }

  @Override
  public String toString() {
    return symbol;
  }
}
