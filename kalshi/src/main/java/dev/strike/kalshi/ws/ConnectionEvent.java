package dev.strike.kalshi.ws;

/**
 * A change of the client's connection state: {@link Connected} (upgrade accepted), {@link Disconnected} (a live
 * connection ended; books got {@code BookGap}s), {@link ConnectFailed} (an attempt failed before the upgrade, e.g.
 * refused with 401) and {@link Resubscribed} (every kept subscription is live again on the new connection, with new
 * sids). Connections are numbered from 1 for the life of the client.
 */
public sealed interface ConnectionEvent extends KalshiWsEvent
    permits Connected, Disconnected, ConnectFailed, Resubscribed {}
