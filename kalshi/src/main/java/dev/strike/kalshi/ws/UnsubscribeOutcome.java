package dev.strike.kalshi.ws;

/** The answer to {@link KalshiWsClient#unsubscribe}: the ended sids, or a rejection. */
public sealed interface UnsubscribeOutcome permits UnsubscribeAccepted, CommandRejected {}
