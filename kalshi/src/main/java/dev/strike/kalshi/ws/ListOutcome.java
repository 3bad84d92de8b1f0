package dev.strike.kalshi.ws;

/** The answer to {@link KalshiWsClient#listSubscriptions}: the server's subscriptions, or a rejection. */
public sealed interface ListOutcome permits SubscriptionList, CommandRejected {}
