package dev.strike.common.event;

import dev.strike.common.id.AccountId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/**
 * A market we held settled ({@code settlements}, keyed by ticker): the result and what our position paid.
 *
 * @param result the outcome
 * @param yesPayout what one YES contract paid ($1 if YES, $0 if NO, the scalar value otherwise); a NO contract paid
 *     its complement
 * @param yesQty our YES contracts at settlement
 * @param noQty our NO contracts at settlement
 * @param payout the total paid to the account
 * @param fee any settlement fee charged (0 for yes/no outcomes)
 */
public record MarketSettled(
    MarketTicker ticker,
    AccountId account,
    Venue venue,
    MarketResult result,
    Price yesPayout,
    Qty yesQty,
    Qty noQty,
    Money payout,
    Money fee,
    long tsEvent,
    long tsInit)
    implements StrikeEvent {

  /** Validates presence, a payout consistent with the result and a non-negative fee. */
  public MarketSettled {
    Require.present(ticker, "ticker");
    Require.present(account, "account");
    Require.present(venue, "venue");
    Require.present(result, "result");
    Require.present(yesPayout, "yesPayout");
    Require.present(yesQty, "yesQty");
    Require.present(noQty, "noQty");
    Require.present(payout, "payout");
    Require.present(fee, "fee");
    if (result == MarketResult.YES && !yesPayout.equals(Price.ONE)) {
      throw new IllegalArgumentException("a YES result pays $1 per YES contract, got " + yesPayout);
    }
    if (result == MarketResult.NO && !yesPayout.equals(Price.ZERO)) {
      throw new IllegalArgumentException("a NO result pays $0 per YES contract, got " + yesPayout);
    }
    if (payout.isNegative()) {
      throw new IllegalArgumentException("a settlement payout must not be negative, got " + payout);
    }
    if (fee.isNegative()) {
      throw new IllegalArgumentException("a settlement fee must not be negative, got " + fee);
    }
    Require.times(tsEvent, tsInit);
  }
}
