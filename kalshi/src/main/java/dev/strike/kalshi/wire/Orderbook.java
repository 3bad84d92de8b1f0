package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A market's book as {@code GET /markets/{ticker}/orderbook} sends it (kalshi-api.md §4.5): bids only, YES bids in
 * YES prices and NO bids in NO prices, each a {@link PriceLevel}. Kalshi sorts them ascending (best last) but the
 * mapping sorts them itself.
 *
 * @param yesDollars bids to buy YES; empty when the side has none
 * @param noDollars bids to buy NO; empty when the side has none
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Orderbook(List<PriceLevel> yesDollars, List<PriceLevel> noDollars) {
  /** Absent sides read as empty. */
  public Orderbook {
    yesDollars = WireChecks.list(yesDollars, "orderbook_fp.yes_dollars");
    noDollars = WireChecks.list(noDollars, "orderbook_fp.no_dollars");
  }
}
