/**
 * Kalshi wire records ({@code dev.strike.kalshi.wire}) to Strike's domain model ({@code dev.strike.common.event}).
 * Every Kalshi string is parsed here, once and exactly ({@code Price.parse}, {@code Qty.parse}, {@code BigDecimal}
 * from the JSON text; nothing is rounded). A value that does not parse, or a required field that is missing, is a
 * {@link dev.strike.common.json.DecodeException} whose message names the market and the JSON field, so the caller
 * can dead-letter that one record and go on. Stateless functions; thread-safe.
 */
package dev.strike.kalshi.mapping;
