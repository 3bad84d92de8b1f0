/**
 * The spot feeds' IO: one Reactor Netty WebSocket client per exchange ({@link dev.strike.ingest.spot.shell.SpotFeed}),
 * publishing to Kafka, metrics and health, and the {@code ingest-spot} service that runs them.
 */
package dev.strike.ingest.spot.shell;
