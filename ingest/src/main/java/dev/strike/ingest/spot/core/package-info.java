/**
 * Pure decisions of the spot feeds: each exchange's wire format ({@link dev.strike.ingest.spot.core.SpotProtocol}),
 * a feed's connection and staleness state ({@link dev.strike.ingest.spot.core.FeedState}) and the reconnect policy.
 * No IO, no Reactor, no wall clock: time comes in as epoch-nanosecond arguments.
 */
package dev.strike.ingest.spot.core;
