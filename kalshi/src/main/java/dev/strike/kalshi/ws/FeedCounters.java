package dev.strike.kalshi.ws;

/**
 * Counts of a {@link KalshiWsClient} since it was created, for metrics. A snapshot: immutable.
 *
 * @param frames WebSocket data frames received
 * @param malformed messages that could not be decoded (each also emitted as {@link MalformedFrame})
 * @param unknownTypeMessages messages of a type the client does not decode (the first of each type emitted)
 * @param bookGaps {@code BookGap}s emitted
 * @param droppedDeltas order-book deltas not passed on (quarantined while a book waits for its snapshot, out of
 *     sequence, removed market, ended subscription)
 * @param snapshotRequests {@code get_snapshot} commands the client sent on its own after gaps
 * @param sequenceGaps {@link SequenceGap}s emitted (non-book channels)
 * @param connections connections opened (upgrade accepted)
 * @param connectFailures attempts that failed before the upgrade completed
 * @param commandsSent commands written to the socket (caller's and the client's own)
 */
public record FeedCounters(long frames, long malformed, long unknownTypeMessages, long bookGaps, long droppedDeltas,
    long snapshotRequests, long sequenceGaps, long connections, long connectFailures, long commandsSent) {}
