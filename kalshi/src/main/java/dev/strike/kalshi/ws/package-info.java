/**
 * The Kalshi WebSocket v2 client (kalshi-api.md §8): {@link dev.strike.kalshi.ws.KalshiWsClient} with its settings
 * ({@link dev.strike.kalshi.ws.KalshiWsConfig}), commands ({@link dev.strike.kalshi.ws.SubscribeRequest},
 * {@link dev.strike.kalshi.ws.UpdateAction}, typed outcomes ending in {@link dev.strike.kalshi.ws.CommandRejected})
 * and its one feed of {@link dev.strike.kalshi.ws.KalshiWsEvent}s.
 *
 * <p>Roles: the client and {@code KalshiWsSession} are the shell (network, state of the connection, commands);
 * {@code WsFrameDecoder} and {@code WsPayloadMapper} decode frames into Strike values, exactly; the decisions about
 * sequence numbers live in the pure {@code dev.strike.kalshi.ws.core}. The wire shapes are in
 * {@code dev.strike.kalshi.wire.ws}. Decisions on what Kalshi's documentation leaves open: {@code docs/adr/0006}.
 * A local fake server for tests is {@code dev.strike.kalshi.testing.KalshiWsFake} in the test-jar.
 */
package dev.strike.kalshi.ws;
