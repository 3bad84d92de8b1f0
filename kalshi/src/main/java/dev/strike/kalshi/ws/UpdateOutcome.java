package dev.strike.kalshi.ws;

/** The answer to {@link KalshiWsClient#updateSubscription}: the subscription's markets after it, or a rejection. */
public sealed interface UpdateOutcome permits SubscriptionUpdated, CommandRejected {}
