package dev.strike.kalshi.wire;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Format checks of the V2 order request strings (kalshi-api.md §3, §5.2). */
final class OrderFields {
  private OrderFields() {}

  /** Requests accept 0–2 decimals: {@code "10"}, {@code "10.00"}, {@code "1.55"}. */
  private static final Pattern COUNT = Pattern.compile("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?");
  /** Requests accept 2–4 decimals and a price strictly between $0 and $1: {@code "0.56"}, {@code "0.5600"}. */
  private static final Pattern PRICE = Pattern.compile("0\\.[0-9]{2,4}");

  /** A positive contract count with at most two decimals. */
  static String count(@Nullable String value, String field) {
    return count(value, field, false);
  }

  /** A contract count with at most two decimals, zero allowed when {@code zeroAllowed}. */
  static String count(@Nullable String value, String field, boolean zeroAllowed) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (!COUNT.matcher(value).matches()) {
      throw new IllegalArgumentException(field + ": \"" + value
          + "\" is not a contract count with at most two decimals (e.g. \"10\" or \"10.00\")");
    }
    if (!zeroAllowed && isZero(value)) {
      throw new IllegalArgumentException(field + ": must be positive, got \"" + value + "\"");
    }
    return value;
  }

  /** A YES price strictly between $0 and $1 with two to four decimals. */
  static String price(@Nullable String value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (!PRICE.matcher(value).matches() || isZero(value)) {
      throw new IllegalArgumentException(field + ": \"" + value
          + "\" is not a dollar price strictly between 0 and 1 with two to four decimals (e.g. \"0.5600\")");
    }
    return value;
  }

  /**
   * The routing rule of cancels and decreases: Kalshi sends a cancel without {@code market_ticker} or
   * {@code exchange_index} to shard 0, where an order on another shard is not found.
   */
  static void cancelRouting(String orderId, @Nullable String marketTicker, @Nullable Integer exchangeIndex,
      @Nullable Integer subaccount) {
    WireChecks.id(orderId, "order_id");
    if (marketTicker == null && exchangeIndex == null) {
      throw new IllegalArgumentException("a cancel of " + orderId + " needs market_ticker or exchange_index for "
          + "routing; without both Kalshi routes it to exchange index 0");
    }
    if (marketTicker != null) {
      WireChecks.id(marketTicker, "market_ticker");
    }
    exchangeIndex(exchangeIndex, "exchange_index");
    subaccount(subaccount, "subaccount");
  }

  static void exchangeIndex(@Nullable Integer value, String field) {
    if (value != null && value < -1) {
      throw new IllegalArgumentException(field + " must be -1 (auto-route) or a shard index >= 0, got " + value);
    }
  }

  static void subaccount(@Nullable Integer value, String field) {
    if (value != null && (value < 0 || value > 63)) {
      throw new IllegalArgumentException(field + " must be 0 (primary) to 63, got " + value);
    }
  }

  private static boolean isZero(String decimal) {
    for (int i = 0; i < decimal.length(); i++) {
      char c = decimal.charAt(i);
      if (c != '0' && c != '.') {
        return false;
      }
    }
    return true;
  }
}
