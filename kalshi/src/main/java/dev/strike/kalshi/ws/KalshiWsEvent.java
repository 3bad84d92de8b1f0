package dev.strike.kalshi.ws;

/**
 * Everything the {@link KalshiWsClient} feed emits, in the order it happened on the wire. One closed family, so a
 * consumer's {@code switch} sees every case:
 *
 * <ul>
 *   <li>market data as domain events: {@link BookUpdate} (a {@code BookSnapshot}, {@code BookDelta} or
 *       {@code BookGap} that passed the sequencer) and {@link TradePrint} (a {@code MarketTrade});
 *   <li>typed channel messages: {@link TickerUpdate}, {@link MarketLifecycleUpdate}, {@link EventLifecycleUpdate},
 *       and the private {@link UserFill}, {@link UserOrderUpdate}, {@link MarketPositionUpdate};
 *   <li>connection state: {@link ConnectionEvent} ({@link Connected}, {@link Disconnected}, {@link ConnectFailed},
 *       {@link Resubscribed}) and {@link MarketDropped};
 *   <li>values for what could not be used, so a service can count and dead-letter them and go on:
 *       {@link MalformedFrame}, {@link UnknownMessageType} (once per type), {@link SequenceGap} (non-book channels),
 *       {@link ServerError}.
 * </ul>
 *
 * Every event carries {@link #tsInit()}, our receive (or decision) time in epoch nanoseconds from the client's
 * injected {@code Clock}. All implementations are immutable records, safe to share across threads.
 */
public sealed interface KalshiWsEvent
    permits BookUpdate, TradePrint, TickerUpdate, MarketLifecycleUpdate, EventLifecycleUpdate, UserFill,
        UserOrderUpdate, MarketPositionUpdate, ConnectionEvent, MarketDropped, MalformedFrame, UnknownMessageType,
        SequenceGap, ServerError {

  /** When the client received (or decided) it, epoch nanoseconds. */
  long tsInit();
}
