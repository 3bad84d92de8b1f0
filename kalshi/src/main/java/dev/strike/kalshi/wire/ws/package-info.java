/**
 * Kalshi WebSocket v2 wire records (kalshi-api.md §8): the JSON shapes exactly as Kalshi writes them, field for
 * field, bound by the one Strike mapper ({@code StrikeJson.mapper()}) through {@code @JsonNaming(SnakeCaseStrategy)}.
 *
 * <p>Every field is nullable and kept in its wire form (prices and counts as the exact decimal strings, times as the
 * integers Kalshi sends): these records validate nothing, so that an odd value reaches the mapping in
 * {@code dev.strike.kalshi.ws}, which parses it exactly ({@code Price.parse}, {@code Qty.parse}) and names the field
 * when it refuses it. Deprecated fields that new code must not read ({@code ts}, {@code time}, integer cents) are
 * not bound at all. Immutable and thread-safe.
 */
package dev.strike.kalshi.wire.ws;
