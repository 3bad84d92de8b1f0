/**
 * Pure decisions of the Kalshi WebSocket feed: per-subscription sequence checking of the order book
 * ({@link dev.strike.kalshi.ws.core.BookSequencer}), of the other sequenced channels
 * ({@link dev.strike.kalshi.ws.core.ChannelSequencer}) and the reconnect delay
 * ({@link dev.strike.kalshi.ws.core.ReconnectBackoff}).
 *
 * <p>No Reactor, Netty, Kafka, {@code java.net} or clock reads here (ARCHITECTURE §1; {@code CoreBoundaryTest}
 * checks it): given a state and a message, a class returns or hands out its outputs, and the same inputs give the
 * same outputs. The shell in {@code dev.strike.kalshi.ws} does the IO.
 */
package dev.strike.kalshi.ws.core;
