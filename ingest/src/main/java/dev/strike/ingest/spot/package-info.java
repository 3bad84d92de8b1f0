/**
 * The {@code ingest-spot} feature: exchange spot trade feeds onto {@code md.spot}. {@link
 * dev.strike.ingest.spot.SpotSettings} is its configuration section; {@code core} holds the pure parts (wire formats,
 * feed state, reconnect policy) and {@code shell} the WebSocket clients and the service.
 */
package dev.strike.ingest.spot;
