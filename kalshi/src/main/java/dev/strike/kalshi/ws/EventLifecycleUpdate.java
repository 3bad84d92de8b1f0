package dev.strike.kalshi.ws;

import dev.strike.common.id.EventTicker;
import dev.strike.common.id.SeriesTicker;
import org.jspecify.annotations.Nullable;

/**
 * An {@code event_lifecycle} message (on the {@code market_lifecycle_v2} subscription): an event was created or
 * changed.
 *
 * @param eventTicker the event
 * @param seriesTicker its series, or null
 * @param title its title, or null
 * @param subtitle its subtitle, or null
 * @param collateralReturnType {@code MECNET}, {@code DIRECNET}, empty, or null
 * @param strikeDate the strike date as sent, or null
 * @param strikePeriod the strike period label, or null
 * @param tsEvent the envelope's {@code sending_ts_ms} when present, else {@code tsInit}, epoch ns
 */
public record EventLifecycleUpdate(EventTicker eventTicker, @Nullable SeriesTicker seriesTicker,
    @Nullable String title, @Nullable String subtitle, @Nullable String collateralReturnType,
    @Nullable String strikeDate, @Nullable String strikePeriod, long tsEvent, long tsInit)
    implements KalshiWsEvent {
  /** Validates presence and times. */
  public EventLifecycleUpdate {
    Checks.present(eventTicker, "eventTicker");
    Checks.times(tsEvent, tsInit);
  }
}
