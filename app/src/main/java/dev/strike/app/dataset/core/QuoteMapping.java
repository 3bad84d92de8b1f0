package dev.strike.app.dataset.core;

import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.SpotTick;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Turns observations into events. A quote becomes a {@link BookSnapshot} of one level per side, as a REST snapshot
 * (sid 0, seq 0): a YES bid at the YES bid price and a NO bid at $1 minus the YES ask, each with
 * {@link #levelSize()} contracts, because no dataset here records the size resting at the best price (the
 * placeholder is the caller's choice; the CLI's default is one contract). A side without a bid is empty. A spot
 * observation becomes a {@link SpotTick} of size 0 (the collectors give no size). Both keep the observation's time as
 * {@code tsEvent} and {@code tsInit}.
 *
 * @param levelSize the size given to every book level, positive
 */
public record QuoteMapping(Qty levelSize) {
  /** Validates a positive size. */
  public QuoteMapping {
    Objects.requireNonNull(levelSize, "levelSize");
    if (levelSize.isZero()) {
      throw new IllegalArgumentException("the placeholder level size must be positive");
    }
  }

  /** The book of one quote. */
  public BookSnapshot book(QuoteObservation quote) {
    List<BookLevel> yes = quote.yesBid() == null ? List.of() : List.of(new BookLevel(quote.yesBid(), levelSize));
    List<BookLevel> no = quote.yesAsk() == null ? List.of()
        : List.of(new BookLevel(quote.yesAsk().complement(), levelSize));
    return new BookSnapshot(quote.market().ticker(), 0, 0, yes, no, quote.tsEventNs(), quote.tsEventNs());
  }

  /** The tick of one spot observation. */
  public SpotTick spot(SpotObservation spot) {
    return new SpotTick(spot.asset(), spot.source(), spot.price(), BigDecimal.ZERO, spot.tsEventNs(),
        spot.tsEventNs());
  }
}
