package dev.strike.alerts.core;

import dev.strike.common.event.GateStateSnapshot;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.PositionSnapshot;
import dev.strike.common.money.Money;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Answers the Telegram bot's commands from the latest portfolio snapshot: {@code /status /positions /balance
 * /performance /pause /resume /help}. {@code /pause} and {@code /resume} return an {@link Action} for the shell to
 * publish on {@code control}; the reply then says it was sent, and risk's own {@code control} alert confirms it took
 * effect. Pure and stateless.
 */
public final class BotCommands {
  /** What the shell must do besides replying. */
  public enum Action {
    NONE,
    PAUSE,
    RESUME
  }

  /** A reply and what to do. */
  public record Reply(String text, Action action) {}

  /** The help text. */
  public static final String HELP = String.join("\n",
      "Strike bot commands:",
      "/status - trading state, equity, today's P&L, drawdown",
      "/positions - open positions with cost and mark",
      "/balance - cash, reserved cash, equity",
      "/performance - realized P&L, fees, wins and losses",
      "/pause [reason] - stop new entries (exits still run)",
      "/resume - allow new entries again",
      "/help - this list");

  private final TextFormat format;

  /** Commands that show times in {@code zone}. */
  public BotCommands(ZoneId zone) {
    this.format = new TextFormat(zone);
  }

  /** The reply to the message {@code text}, with the latest snapshot or null when none was seen yet. */
  public Reply handle(String text, @Nullable PortfolioSnapshot latest) {
    String trimmed = text.strip();
    String command = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    int at = command.indexOf('@'); // "/status@StrikeBot" in group chats
    if (at > 0) {
      command = command.substring(0, at);
    }
    return switch (command) {
      case "/pause" -> new Reply("Pause sent: new entries stop once risk applies it (exits still run).",
          Action.PAUSE);
      case "/resume" -> new Reply("Resume sent: new entries are allowed once risk applies it.", Action.RESUME);
      case "/status" -> new Reply(latest == null ? noSnapshot() : status(latest), Action.NONE);
      case "/positions" -> new Reply(latest == null ? noSnapshot() : positions(latest), Action.NONE);
      case "/balance" -> new Reply(latest == null ? noSnapshot() : balance(latest), Action.NONE);
      case "/performance" -> new Reply(latest == null ? noSnapshot() : performance(latest), Action.NONE);
      case "/help", "/start" -> new Reply(HELP, Action.NONE);
      default -> new Reply("Unknown command " + command + ". " + HELP, Action.NONE);
    };
  }

  /** The reason a {@code /pause} message gives, or a default. */
  public static String pauseReason(String text) {
    String[] parts = text.strip().split("\\s+", 2);
    return parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : "paused from Telegram";
  }

  private static String noSnapshot() {
    return "No portfolio snapshot yet: the risk service has not written one.";
  }

  private String status(PortfolioSnapshot s) {
    Notifier.Figures f = Notifier.Figures.of(s);
    GateStateSnapshot gate = s.gate();
    StringBuilder out = new StringBuilder();
    out.append("Trading: ").append(gate.tradingState().toLowerCase(Locale.ROOT));
    if (gate.tradingReason() != null) {
      out.append(" (").append(gate.tradingReason()).append(')');
    }
    out.append("\nEquity ").append(f.equity()).append(", today ")
        .append(Notifier.signed(f.equity().minus(s.dayStartEquity())))
        .append("\nDrawdown ").append(TextFormat.percent(f.drawdownBps())).append(" from peak ").append(s.peakEquity())
        .append("\nOpen positions ").append(s.positions().size()).append(", open orders ").append(s.openOrders().size());
    if (!gate.breakers().isEmpty()) {
      out.append("\nBreakers tripped:");
      for (GateStateSnapshot.BreakerTrip trip : gate.breakers()) {
        out.append("\n• ").append(trip.breaker()).append(": ").append(trip.detail());
      }
    }
    out.append("\nAs of ").append(format.time(s.tsEvent()));
    return out.toString();
  }

  private String positions(PortfolioSnapshot s) {
    if (s.positions().isEmpty()) {
      return "No open positions (as of " + format.time(s.tsEvent()) + ")";
    }
    StringBuilder out = new StringBuilder("Open positions:");
    for (PositionSnapshot p : s.positions()) {
      out.append("\n• ").append(p.ticker().value()).append(' ').append(p.side().name()).append(' ')
          .append(p.qty().toContractString()).append(" cost ").append(p.cost());
      if (p.mark() != null) {
        Money value = p.mark().notional(p.qty(), RoundingMode.DOWN);
        out.append(", mark ").append(p.mark()).append(" (unrealized ").append(Notifier.signed(value.minus(p.cost())))
            .append(')');
      }
    }
    out.append("\nAs of ").append(format.time(s.tsEvent()));
    return out.toString();
  }

  private String balance(PortfolioSnapshot s) {
    Notifier.Figures f = Notifier.Figures.of(s);
    return "Cash " + s.cash() + " (reserved for orders " + s.reservedCash() + ")\nEquity " + f.equity()
        + "\nAs of " + format.time(s.tsEvent());
  }

  private String performance(PortfolioSnapshot s) {
    Notifier.Figures f = Notifier.Figures.of(s);
    long trips = s.wins() + s.losses();
    String winRate = trips == 0 ? "n/a" : TextFormat.percent(s.wins() * 10_000 / trips);
    return "Realized P&L " + Notifier.signed(s.realizedPnl()) + ", fees " + s.fees()
        + "\nToday " + Notifier.signed(f.equity().minus(s.dayStartEquity()))
        + "\nRound trips " + trips + ": " + s.wins() + " won, " + s.losses() + " lost (win rate " + winRate + ")"
        + "\nStreak: " + s.consecutiveWins() + " wins, " + s.consecutiveLosses() + " losses in a row"
        + "\nAs of " + format.time(s.tsEvent());
  }
}
