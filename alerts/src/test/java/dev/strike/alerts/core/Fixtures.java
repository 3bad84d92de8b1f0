package dev.strike.alerts.core;

import dev.strike.common.event.Action;
import dev.strike.common.event.Alert;
import dev.strike.common.event.EventSamples;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.Severity;
import dev.strike.common.event.Side;
import dev.strike.common.event.Venue;
import dev.strike.common.id.AlertId;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TreeMap;

/** Events and settings for the alerts core tests. */
public final class Fixtures {
  private Fixtures() {}

  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** 2026-08-17 10:00 New York, epoch ns. */
  public static final long T0 = ZonedDateTime.of(2026, 8, 17, 10, 0, 0, 0, NEW_YORK).toInstant().toEpochMilli()
      * 1_000_000L;
  public static final long SECOND = 1_000_000_000L;

  public static Notifier.Settings settings() {
    return new Notifier.Settings(Money.parse("100"), 500, NEW_YORK, LocalTime.MIDNIGHT);
  }

  public static Fill fill(String tradeId, Action action, String price, String qty, String fee, long ts) {
    return new Fill(TradeId.of(tradeId), EventSamples.CLIENT_ORDER_ID, null, EventSamples.INTENT_ID,
        EventSamples.STRATEGY, EventSamples.TICKER, Venue.PAPER, Side.YES, action, Price.parse(price),
        Qty.parse(qty), Money.parse(fee), Liquidity.TAKER, ts, ts);
  }

  public static Alert alert(String id, Severity severity, String kind, String text, long ts) {
    TreeMap<String, BigDecimal> numbers = new TreeMap<>();
    numbers.put("equity", new BigDecimal("950.25"));
    return new Alert(AlertId.of(id), severity, kind, text, numbers, ts, ts);
  }

  public static Notification notification(String id, EventType type, long ts) {
    return new Notification(id, type, ts, "title " + id, "text " + id, new TreeMap<>());
  }
}
