package dev.strike.alerts.core;

import dev.strike.common.event.Action;
import dev.strike.common.event.Alert;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.PositionSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns the events the alerts service reads into notifications: our fills ({@code trade_executed}, and
 * {@code big_win} when a sell closes a position at a gain of at least the threshold), settlements ({@code big_win}),
 * alerts of the other services (by kind and severity), portfolio snapshots ({@code drawdown_warning}, once per
 * trading day) and the clock ({@code daily_summary} at the configured local time).
 *
 * <p>To judge a gain it keeps the average cost of each position, folded from the fills it sees and seeded once from
 * the latest portfolio snapshot at start; a restart between a snapshot and later fills can therefore misjudge one
 * position's gain until it closes (the trade notifications themselves are exact). Not thread-safe: one thread
 * owns it. Time comes only from the events and {@link #onTick}.
 */
public final class Notifier {
  /** What it needs to know. */
  public record Settings(Money bigWin, int drawdownWarningBps, ZoneId zone, LocalTime summaryTime) {}

  private final Settings settings;
  private final Map<String, long[]> positions = new HashMap<>(); // "ticker|side" → {qty hundredths, cost micros}
  private final TextFormat format;
  private DayStats day = new DayStats();
  private @Nullable PortfolioSnapshot latest;
  private long warnedDrawdownDayNs = -1;
  private long nextSummaryNs;

  /** A notifier whose first daily summary is due at the first summary time after {@code startNs}. */
  public Notifier(Settings settings, long startNs) {
    this.settings = settings;
    this.format = new TextFormat(settings.zone());
    this.nextSummaryNs = nextSummaryAfter(startNs);
  }

  /** The latest portfolio snapshot seen, if any. */
  public Optional<PortfolioSnapshot> latestSnapshot() {
    return Optional.ofNullable(latest);
  }

  /** When the next daily summary is due, epoch ns. */
  public long nextSummaryNs() {
    return nextSummaryNs;
  }

  /** Seeds positions and the latest snapshot from the snapshot read at start. */
  public void seed(PortfolioSnapshot snapshot) {
    latest = snapshot;
    positions.clear();
    for (PositionSnapshot p : snapshot.positions()) {
      positions.put(key(p.ticker().value(), p.side()), new long[] {p.qty().hundredths(), p.cost().micros()});
    }
  }

  /** The notifications {@code event} gives (none for most). */
  public List<Notification> onEvent(StrikeEvent event) {
    if (event instanceof Fill fill) {
      return onFill(fill);
    } else if (event instanceof Alert alert) {
      return List.of(onAlert(alert));
    } else if (event instanceof MarketSettled settled) {
      return onSettled(settled);
    } else if (event instanceof PortfolioSnapshot snapshot) {
      return onSnapshot(snapshot);
    }
    return List.of();
  }

  /** The daily summary when its time has come by {@code nowNs}, else nothing. */
  public List<Notification> onTick(long nowNs) {
    if (nowNs < nextSummaryNs) {
      return List.of();
    }
    long dueNs = nextSummaryNs;
    LocalDate summarized = ZonedDateTime.ofInstant(instant(dueNs), settings.zone()).toLocalDate().minusDays(1);
    Notification summary = summary(summarized, dueNs);
    day = new DayStats();
    nextSummaryNs = nextSummaryAfter(nowNs);
    return List.of(summary);
  }

  /** A {@code system_started} notification for a process that started at {@code startNs}. */
  public Notification started(String who, long startNs) {
    return new Notification("system_started:" + who + ":" + startNs, EventType.SYSTEM_STARTED, startNs,
        "Strike started", who + " is up at " + format.time(startNs) + "; notifications follow.", new TreeMap<>());
  }

  private List<Notification> onFill(Fill fill) {
    List<Notification> out = new ArrayList<>(2);
    Money notional = fill.price().notional(fill.qty(), RoundingMode.DOWN);
    TreeMap<String, String> fields = new TreeMap<>();
    fields.put("ticker", fill.ticker().value());
    fields.put("action", fill.action().name().toLowerCase(Locale.ROOT));
    fields.put("side", fill.side().name().toLowerCase(Locale.ROOT));
    fields.put("price", fill.price().toDollarString());
    fields.put("qty", fill.qty().toContractString());
    fields.put("notional", notional.toDollarString());
    fields.put("fee", fill.fee().toDollarString());
    fields.put("liquidity", fill.liquidity().name().toLowerCase(Locale.ROOT));
    fields.put("strategy", fill.strategy().value());
    fields.put("venue", fill.venue().name().toLowerCase(Locale.ROOT));
    fields.put("tradeId", fill.tradeId().value());
    String title = fill.action().name() + " " + fill.qty().toContractString() + " " + fill.side().name() + " "
        + fill.ticker().value() + " @ " + fill.price();
    StringBuilder text = new StringBuilder();
    text.append("notional ").append(notional).append(", fee ").append(fill.fee()).append(" (")
        .append(fill.liquidity().name().toLowerCase(Locale.ROOT)).append(")\n");
    text.append("strategy ").append(fill.strategy().value()).append(", ")
        .append(fill.venue().name().toLowerCase(Locale.ROOT)).append(", ").append(format.time(fill.tsEvent()));

    day.fills++;
    day.notional = day.notional.plus(notional);
    day.fees = day.fees.plus(fill.fee());
    String key = key(fill.ticker().value(), fill.side());
    long[] position = positions.computeIfAbsent(key, k -> new long[2]);
    Money gain = null;
    if (fill.action() == Action.BUY) {
      day.buys++;
      position[0] = Math.addExact(position[0], fill.qty().hundredths());
      position[1] = Math.addExact(position[1], Math.addExact(notional.micros(), fill.fee().micros()));
    } else {
      day.sells++;
      long closed = Math.min(position[0], fill.qty().hundredths());
      if (closed > 0) {
        long costPart = costShare(position[1], closed, position[0]);
        Money proceeds = fill.price().notional(Qty.ofHundredths(closed), RoundingMode.DOWN).minus(fill.fee());
        gain = proceeds.minus(Money.ofMicros(costPart));
        position[0] -= closed;
        position[1] -= costPart;
        fields.put("realizedPnl", gain.toDollarString());
        text.append("\nrealized ").append(signed(gain));
        day.closed(gain);
      }
    }
    if (position[0] == 0) {
      positions.remove(key);
    }
    out.add(new Notification("trade_executed:" + fill.tradeId().value() + ":" + fill.clientOrderId().value(),
        EventType.TRADE_EXECUTED, fill.tsEvent(), "Trade: " + title, text.toString(), fields));
    if (gain != null && gain.compareTo(settings.bigWin()) >= 0) {
      out.add(bigWin("big_win:" + fill.tradeId().value() + ":" + fill.clientOrderId().value(), fill.tsEvent(),
          "closing " + fill.qty().toContractString() + " " + fill.side().name() + " " + fill.ticker().value()
              + " @ " + fill.price(), gain, fill.ticker().value()));
    }
    return out;
  }

  private List<Notification> onSettled(MarketSettled settled) {
    String ticker = settled.ticker().value();
    long[] yes = positions.remove(key(ticker, Side.YES));
    long[] no = positions.remove(key(ticker, Side.NO));
    if (yes == null && no == null) {
      return List.of(); // not a position this process knew the cost of
    }
    long cost = (yes == null ? 0 : yes[1]) + (no == null ? 0 : no[1]);
    Money gain = settled.payout().minus(settled.fee()).minus(Money.ofMicros(cost));
    day.closed(gain);
    day.settlements++;
    if (gain.compareTo(settings.bigWin()) < 0) {
      return List.of();
    }
    return List.of(bigWin("big_win:settled:" + ticker + ":" + settled.result().name(), settled.tsEvent(),
        ticker + " settled " + settled.result().name() + ", payout " + settled.payout(), gain, ticker));
  }

  private Notification bigWin(String id, long timeNs, String what, Money gain, String ticker) {
    TreeMap<String, String> fields = new TreeMap<>();
    fields.put("ticker", ticker);
    fields.put("realizedPnl", gain.toDollarString());
    fields.put("threshold", settings.bigWin().toDollarString());
    return new Notification(id, EventType.BIG_WIN, timeNs, "Big win: " + signed(gain) + " on " + ticker,
        what + "; realized " + signed(gain) + " (threshold " + settings.bigWin() + ")", fields);
  }

  private Notification onAlert(Alert alert) {
    EventType type = typeOf(alert);
    TreeMap<String, String> fields = new TreeMap<>();
    StringBuilder text = new StringBuilder(alert.text());
    alert.numbers().forEach((name, value) -> {
      fields.put(name, value.toPlainString());
      text.append('\n').append(name).append(": ").append(value.toPlainString());
    });
    fields.put("severity", alert.severity().name().toLowerCase(Locale.ROOT));
    fields.put("kind", alert.kind());
    return new Notification("alert:" + alert.alertId().value(), type, alert.tsEvent(),
        "[" + alert.severity().name() + "] " + alert.kind().replace('_', ' '), text.toString(), fields);
  }

  /** The notification type of an alert: its kind when it names one, else by severity. */
  static EventType typeOf(Alert alert) {
    for (EventType type : EventType.values()) {
      if (type.wireName().equals(alert.kind())) {
        return type;
      }
    }
    return switch (alert.severity()) {
      case INFO -> EventType.NOTICE;
      case WARNING, CRITICAL -> EventType.ERROR;
    };
  }

  private List<Notification> onSnapshot(PortfolioSnapshot snapshot) {
    if (latest != null && snapshot.tsEvent() < latest.tsEvent()) {
      return List.of(); // an older snapshot redelivered
    }
    latest = snapshot;
    if (settings.drawdownWarningBps() == 0 || snapshot.tradingDayStartNs() == warnedDrawdownDayNs) {
      return List.of();
    }
    Figures figures = Figures.of(snapshot);
    if (figures.drawdownBps() < settings.drawdownWarningBps()) {
      return List.of();
    }
    warnedDrawdownDayNs = snapshot.tradingDayStartNs();
    TreeMap<String, String> fields = new TreeMap<>();
    fields.put("drawdownBps", Long.toString(figures.drawdownBps()));
    fields.put("equity", figures.equity().toDollarString());
    fields.put("peakEquity", snapshot.peakEquity().toDollarString());
    fields.put("thresholdBps", Integer.toString(settings.drawdownWarningBps()));
    return List.of(new Notification("drawdown_warning:" + snapshot.account().value() + ":"
        + snapshot.tradingDayStartNs(), EventType.DRAWDOWN_WARNING, snapshot.tsEvent(),
        "Drawdown " + TextFormat.percent(figures.drawdownBps()) + " from peak",
        "equity " + figures.equity() + " against a peak of " + snapshot.peakEquity() + " (warning at "
            + TextFormat.percent(settings.drawdownWarningBps()) + ")", fields));
  }

  private Notification summary(LocalDate date, long dueNs) {
    TreeMap<String, String> fields = new TreeMap<>();
    StringBuilder text = new StringBuilder();
    text.append("fills ").append(day.fills).append(" (").append(day.buys).append(" buys, ").append(day.sells)
        .append(" sells), traded ").append(day.notional).append(", fees ").append(day.fees).append('\n');
    text.append("realized ").append(signed(day.realized)).append(" from ").append(day.wins).append(" wins and ")
        .append(day.losses).append(" losses");
    if (day.settlements > 0) {
      text.append(" (").append(day.settlements).append(" settlements)");
    }
    fields.put("date", date.toString());
    fields.put("fills", Long.toString(day.fills));
    fields.put("notional", day.notional.toDollarString());
    fields.put("fees", day.fees.toDollarString());
    fields.put("realizedPnl", day.realized.toDollarString());
    fields.put("wins", Long.toString(day.wins));
    fields.put("losses", Long.toString(day.losses));
    if (latest != null) {
      Figures figures = Figures.of(latest);
      Money dayPnl = figures.equity().minus(latest.dayStartEquity());
      text.append('\n').append("equity ").append(figures.equity()).append(" (day ").append(signed(dayPnl))
          .append("), cash ").append(latest.cash()).append(", ").append(latest.positions().size())
          .append(" open positions, drawdown ").append(TextFormat.percent(figures.drawdownBps()));
      fields.put("equity", figures.equity().toDollarString());
      fields.put("dayPnl", dayPnl.toDollarString());
      fields.put("cash", latest.cash().toDollarString());
      fields.put("openPositions", Integer.toString(latest.positions().size()));
    }
    return new Notification("daily_summary:" + date, EventType.DAILY_SUMMARY, dueNs, "Daily summary " + date,
        text.toString(), fields);
  }

  private long nextSummaryAfter(long nowNs) {
    ZonedDateTime now = ZonedDateTime.ofInstant(instant(nowNs), settings.zone());
    ZonedDateTime due = now.toLocalDate().atTime(settings.summaryTime()).atZone(settings.zone());
    if (!due.isAfter(now)) {
      due = now.toLocalDate().plusDays(1).atTime(settings.summaryTime()).atZone(settings.zone());
    }
    Instant at = due.toInstant();
    return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
  }

  private static Instant instant(long epochNs) {
    return Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L));
  }

  private static long costShare(long cost, long part, long whole) {
    return BigDecimal.valueOf(cost).multiply(BigDecimal.valueOf(part))
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_EVEN).longValueExact();
  }

  private static String key(String ticker, Side side) {
    return ticker + "|" + side.name();
  }

  static String signed(Money money) {
    return money.isNegative() ? "-$" + money.negate().toDollarString() : "+$" + money.toDollarString();
  }

  /** The day's running figures. */
  private static final class DayStats {
    long fills;
    long buys;
    long sells;
    long settlements;
    long wins;
    long losses;
    Money notional = Money.ZERO;
    Money fees = Money.ZERO;
    Money realized = Money.ZERO;

    void closed(Money gain) {
      realized = realized.plus(gain);
      if (gain.isPositive()) {
        wins++;
      } else {
        losses++;
      }
    }
  }

  /** Figures of a snapshot computed as risk computes them: positions at their marks (0 without one). */
  public record Figures(Money equity, long drawdownBps) {
    /** Equity and drawdown of {@code snapshot}. */
    public static Figures of(PortfolioSnapshot snapshot) {
      Money equity = snapshot.cash();
      for (PositionSnapshot p : snapshot.positions()) {
        Price mark = p.mark() == null ? Price.ZERO : p.mark();
        equity = equity.plus(mark.notional(p.qty(), RoundingMode.DOWN));
      }
      long peak = snapshot.peakEquity().micros();
      long drawdown = peak <= 0 || equity.micros() >= peak ? 0
          : BigDecimal.valueOf(peak - equity.micros()).multiply(BigDecimal.valueOf(10_000))
              .divide(BigDecimal.valueOf(peak), 0, RoundingMode.DOWN).longValueExact();
      return new Figures(equity, drawdown);
    }
  }
}
