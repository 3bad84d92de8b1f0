package dev.strike.app.status.core;

import dev.strike.common.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The operator's status line, e.g.
 *
 * <pre>
 * status: up 1h02m05s | events 19809 | trades 12 (maker 25.0%) | balance $987.65 | daily P&amp;L -$12.35
 *   | open positions 2 | win rate 60.0% (3 of 5) | fees $0.42
 * </pre>
 *
 * (one line). Pure formatting of figures the shell gathered. A part whose figures this process does not have (the
 * trades when execution runs elsewhere, the account when risk does) is left out rather than shown as zero.
 *
 * @param uptimeSeconds since the process started, ≥ 0
 * @param eventsProcessed Kafka records the services of this process processed, ≥ 0
 * @param trades our fills, or null when execution does not run in this process
 * @param account the account as risk holds it, or null when risk does not run in this process
 */
public record ConsoleStatus(long uptimeSeconds, long eventsProcessed, @Nullable Trades trades,
    @Nullable Account account) {

  /** Checks the counts. */
  public ConsoleStatus {
    if (uptimeSeconds < 0 || eventsProcessed < 0) {
      throw new IllegalArgumentException("negative uptime or events: " + uptimeSeconds + ", " + eventsProcessed);
    }
  }

  /**
   * Our fills since the process started.
   *
   * @param count fills, ≥ 0
   * @param maker those that added liquidity, 0..count
   */
  public record Trades(long count, long maker) {
    /** Checks the counts. */
    public Trades {
      if (count < 0 || maker < 0 || maker > count) {
        throw new IllegalArgumentException("trades " + count + ", maker " + maker);
      }
    }
  }

  /**
   * The account.
   *
   * @param balance cash, including what is reserved for resting buys
   * @param dailyPnl equity minus equity at the start of the trading day
   * @param openPositions markets with a position or a live buy order, ≥ 0
   * @param wins round trips closed with a profit, ≥ 0
   * @param losses round trips closed without one, ≥ 0
   * @param fees fees paid since the account started
   */
  public record Account(Money balance, Money dailyPnl, long openPositions, long wins, long losses, Money fees) {
    /** Checks presence and counts. */
    public Account {
      Objects.requireNonNull(balance, "balance");
      Objects.requireNonNull(dailyPnl, "dailyPnl");
      Objects.requireNonNull(fees, "fees");
      if (openPositions < 0 || wins < 0 || losses < 0) {
        throw new IllegalArgumentException("negative count: " + openPositions + ", " + wins + ", " + losses);
      }
    }
  }

  /** The status as one line. */
  public String format() {
    List<String> parts = new ArrayList<>();
    parts.add("up " + duration(uptimeSeconds));
    parts.add("events " + eventsProcessed);
    if (trades != null) {
      parts.add("trades " + trades.count()
          + (trades.count() == 0 ? "" : " (maker " + percent(trades.maker(), trades.count()) + ")"));
    }
    if (account != null) {
      parts.add("balance " + dollars(account.balance()));
      parts.add("daily P&L " + dollars(account.dailyPnl()));
      parts.add("open positions " + account.openPositions());
      long closed = account.wins() + account.losses();
      parts.add("win rate " + (closed == 0 ? "n/a (no round trip closed)"
          : percent(account.wins(), closed) + " (" + account.wins() + " of " + closed + ")"));
      parts.add("fees " + dollars(account.fees()));
    }
    return "status: " + String.join(" | ", parts);
  }

  /** {@code 45s}, {@code 3m07s}, {@code 1h02m05s}, {@code 2d04h00m00s}. */
  static String duration(long seconds) {
    long d = seconds / 86_400;
    long h = seconds % 86_400 / 3_600;
    long m = seconds % 3_600 / 60;
    long s = seconds % 60;
    if (d > 0) {
      return String.format(Locale.ROOT, "%dd%02dh%02dm%02ds", d, h, m, s);
    }
    if (h > 0) {
      return String.format(Locale.ROOT, "%dh%02dm%02ds", h, m, s);
    }
    return m > 0 ? String.format(Locale.ROOT, "%dm%02ds", m, s) : s + "s";
  }

  /** {@code part/whole} in percent with one decimal, rounded half up in exact integer arithmetic. */
  static String percent(long part, long whole) {
    long tenths = Math.floorDiv(Math.addExact(Math.multiplyExact(part, 2_000L), whole), Math.multiplyExact(whole, 2L));
    return tenths / 10 + "." + tenths % 10 + "%";
  }

  /** {@code $12.50}, {@code -$0.06}. */
  static String dollars(Money money) {
    return money.isNegative() ? "-" + money.negate() : money.toString();
  }
}
