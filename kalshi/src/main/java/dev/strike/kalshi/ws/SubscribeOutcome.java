package dev.strike.kalshi.ws;

/** The answer to {@link KalshiWsClient#subscribe}: accepted with the new sids, or rejected with the venue's code. */
public sealed interface SubscribeOutcome permits SubscribeAccepted, CommandRejected {}
