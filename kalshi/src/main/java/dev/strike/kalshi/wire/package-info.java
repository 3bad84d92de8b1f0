/**
 * Kalshi REST payloads as records (kalshi-api.md §4–§5), read and written by Strike's one mapper
 * ({@link dev.strike.common.json.StrikeJson#mapper()}) through {@code @JsonNaming(SnakeCaseStrategy)}.
 *
 * <p>Rules for every record here: money and quantities stay the exact strings Kalshi sends ({@code "0.5600"},
 * {@code "10.00"}; they are parsed once, in {@code dev.strike.kalshi.mapping}); strikes and fee multipliers, which
 * Kalshi sends as JSON numbers, are {@link java.math.BigDecimal} read from the number's text, never a
 * {@code double}; optional values are boxed and null when absent; lists are never null (absent is empty); unknown
 * fields are ignored. Only the canonical direction fields ({@code outcome_side}/{@code book_side},
 * {@code taker_outcome_side}/{@code taker_book_side}) are read: the deprecated {@code side}, {@code action},
 * {@code taker_side}, {@code is_yes} and {@code purchased_side} are ignored. A record that lacks its identity
 * (a market without {@code ticker}, an order without {@code order_id}) refuses to be built, so a broken payload
 * fails at decoding with the field's name. All records are immutable and thread-safe.
 */
package dev.strike.kalshi.wire;
