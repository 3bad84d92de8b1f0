/**
 * The Kalshi REST client (kalshi-api.md §4–§6) on Reactor Netty: {@link dev.strike.kalshi.rest.KalshiRestClient}
 * with its three faces {@link dev.strike.kalshi.rest.KalshiMarketData} (public reads),
 * {@link dev.strike.kalshi.rest.KalshiPortfolio} (signed reads) and {@link dev.strike.kalshi.rest.KalshiOrders}
 * (signed V2 order writes).
 *
 * <p>Reads return {@code Mono}/{@code Flux}; list endpoints page through every cursor and drop items seen on an
 * earlier page. A read is retried on 429, 5xx and connection failures with capped exponential backoff and jitter
 * ({@link dev.strike.kalshi.rest.RetryPolicy}); when it finally fails, the error is a
 * {@link dev.strike.kalshi.rest.KalshiApiException} (HTTP status and {@link dev.strike.kalshi.wire.KalshiError};
 * {@link dev.strike.kalshi.rest.KalshiAuthenticationException} for 401) or a
 * {@link dev.strike.kalshi.rest.KalshiTransportException}. A write is never retried: its outcome is a
 * {@link dev.strike.kalshi.rest.WriteResult}, and an unknown outcome says so. Every request first takes its
 * tokens from the read or write {@link dev.strike.kalshi.rest.RateLimiter} bucket.
 *
 * <p>Requests are logged at debug as method, path, status and time; keys, signatures and bodies never are.
 */
package dev.strike.kalshi.rest;
