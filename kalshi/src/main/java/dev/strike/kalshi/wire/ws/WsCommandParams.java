package dev.strike.kalshi.wire.ws;

/** The {@code params} object of a {@link WsCommand}: one record per command. */
public sealed interface WsCommandParams permits SubscribeParams, UnsubscribeParams, UpdateSubscriptionParams {}
