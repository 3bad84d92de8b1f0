package dev.strike.risk.core.exit;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.risk.core.PositionView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether an open position must be sold now, under {@link ExitRules}. Pure and stateless (thread-safe):
 * the same arguments always give the same answer; time is {@code nowNs}, never the clock.
 *
 * <p><b>The mark</b> is the held side's best bid in the given book, not {@link PositionView#mark()} (which may be
 * older): a YES position marks at {@link TopOfBook#yesBid()}, a NO position at the best NO bid, which is
 * {@code $1 − }{@link TopOfBook#yesAsk()} (the YES ask is derived from the best NO bid). The high-water mark is
 * {@link PositionView#highWaterMark()} or the mark, whichever is higher. Thresholds are compared exactly, in
 * integer micro-dollars × basis points ({@code mark × 10,000 ≤ averageCost × (10,000 − bps)}), with no rounding.
 *
 * <p><b>Priority</b> when several rules fire: {@link ExitReason#TIME_EXIT}, {@link ExitReason#STOP_LOSS},
 * {@link ExitReason#TRAILING_STOP}, {@link ExitReason#TAKE_PROFIT}.
 *
 * <p><b>When nothing can be sold</b> the answer is null even if a rule has fired, including the time exit: with no
 * bid on the held side (or a bid of $0) there is nothing to sell into and no price to put on the order, and when
 * the market is not {@link dev.strike.common.event.MarketStatus#isTradable() open} the exchange would reject the
 * order. The caller checks again on the next book update (or market update), and the rule fires then if it still
 * holds; a time exit keeps holding until close, so it is retried on every update.
 */
public final class ExitMonitor {

  /** A stateless monitor; one instance may be shared. */
  public ExitMonitor() {}

  /**
   * The exit {@code position} needs now, or null if it needs none (or none is possible, see the class comment).
   *
   * @param position an open position in {@code market}, positive quantity
   * @param market the position's market: close time, status and price grid
   * @param top the current top of {@code market}'s book, in YES terms
   * @param rules the exit rules to apply
   * @param nowNs the current event time, epoch ns
   * @return a decision to sell the whole position, or null
   * @throws IllegalArgumentException if {@code position} is not in {@code market} (a wiring bug)
   */
  public @Nullable ExitDecision check(PositionView position, MarketInfo market, TopOfBook top, ExitRules rules,
      long nowNs) {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(top, "top");
    Objects.requireNonNull(rules, "rules");
    if (!position.ticker().equals(market.ticker())) {
      throw new IllegalArgumentException("position in " + position.ticker() + " checked against market "
          + market.ticker());
    }
    if (position.qty().isZero() || !market.status().isTradable()) {
      return null;
    }
    Price bid = heldBid(position.side(), top);
    if (bid == null || bid.micros() == 0) {
      return null;
    }
    Price averageCost = position.averageCost();
    Price highWater = position.highWaterMark().isAbove(bid) ? position.highWaterMark() : bid;
    long toCloseNs = Math.subtractExact(market.closeTimeNs(), nowNs);

    ExitReason reason;
    String threshold;
    if (rules.hasTimeExit() && toCloseNs <= rules.exitBeforeCloseNs()) {
      reason = ExitReason.TIME_EXIT;
      threshold = seconds(toCloseNs) + " to close <= " + seconds(rules.exitBeforeCloseNs());
    } else if (rules.hasStopLoss() && atOrBelow(bid, averageCost, ExitRules.BPS_PER_UNIT - rules.stopLossBps())) {
      reason = ExitReason.STOP_LOSS;
      threshold = "mark " + bid + " <= stop " + scaled(averageCost, -rules.stopLossBps(), RoundingMode.FLOOR)
          + " (average cost - " + rules.stopLossBps() + " bps)";
    } else if (rules.hasTrailingStop() && highWater.isAbove(averageCost)
        && atOrBelow(bid, highWater, ExitRules.BPS_PER_UNIT - rules.trailingStopBps())) {
      reason = ExitReason.TRAILING_STOP;
      threshold = "mark " + bid + " <= trailing stop " + scaled(highWater, -rules.trailingStopBps(),
          RoundingMode.FLOOR) + " (high-water - " + rules.trailingStopBps() + " bps)";
    } else if (rules.hasTakeProfit() && atOrAbove(bid, averageCost, ExitRules.BPS_PER_UNIT + rules.takeProfitBps())) {
      reason = ExitReason.TAKE_PROFIT;
      threshold = "mark " + bid + " >= take-profit " + scaled(averageCost, rules.takeProfitBps(), RoundingMode.CEILING)
          + " (average cost + " + rules.takeProfitBps() + " bps)";
    } else {
      return null;
    }

    Price limit = limitPrice(bid, rules.exitSlippage(), market.priceGrid());
    if (limit == null) {
      return null;
    }
    String detail = reason.code() + ": " + threshold + "; " + position.side().name().toLowerCase(Locale.ROOT)
        + " mark " + bid + ", average cost " + averageCost + ", high-water " + highWater + ", " + seconds(toCloseNs)
        + " to close; sell " + position.qty() + " at " + limit + " (bid - " + rules.exitSlippage() + ", on grid)";
    return new ExitDecision(position.ticker(), position.side(), position.qty(), limit, reason, detail);
  }

  /**
   * The best bid for one contract of {@code side}, or null if nobody bids for it: the YES bid for YES, and for NO
   * the best NO bid, which the book carries as {@code $1 − yesAsk}.
   */
  public static @Nullable Price heldBid(Side side, TopOfBook top) {
    if (side == Side.YES) {
      return top.yesBid();
    }
    return top.yesAsk() == null ? null : top.yesAsk().complement();
  }

  /**
   * The limit for an immediate-or-cancel sell into {@code bid}: {@code bid − slippage} (floored at $0), rounded
   * down onto {@code grid}, then kept inside the grid's tradable prices (strictly between $0 and $1). Null if the
   * lowest tradable price is above {@code bid} (an off-grid bid below the first tick): selling there would not fill.
   *
   * <p>The grid is applied to the held side's price directly, which assumes a grid symmetric about $0.50, as
   * Kalshi's {@code linear_cent} and {@code tapered_deci_cent} are (a NO price is then on the grid exactly when its
   * YES complement is).
   */
  static @Nullable Price limitPrice(Price bid, Price slippage, PriceGrid grid) {
    Price raw = Price.ofMicros(Math.max(0L, bid.micros() - slippage.micros()));
    Price lowest = grid.min().micros() > 0 ? grid.min() : grid.tickUp(grid.min());
    Price highest = grid.max().micros() < Price.MICROS_PER_DOLLAR ? grid.max() : grid.tickDown(grid.max());
    Price limit = grid.roundDown(raw);
    if (limit.isBelow(lowest)) {
      limit = lowest;
    }
    if (limit.isAbove(highest)) {
      limit = highest;
    }
    return limit.isAbove(bid) || !grid.isTradable(limit) ? null : limit;
  }

  private static boolean atOrBelow(Price mark, Price reference, long factorBps) {
    return Math.multiplyExact(mark.micros(), ExitRules.BPS_PER_UNIT)
        <= Math.multiplyExact(reference.micros(), factorBps);
  }

  private static boolean atOrAbove(Price mark, Price reference, long factorBps) {
    return Math.multiplyExact(mark.micros(), ExitRules.BPS_PER_UNIT)
        >= Math.multiplyExact(reference.micros(), factorBps);
  }

  /**
   * {@code reference × (1 + bps / 10,000)} rounded to the micro-dollar, for the detail line only (the decision
   * compares unrounded). Only called for a rule that fired, so the result lies between $0 and the mark.
   */
  private static Price scaled(Price reference, long bps, RoundingMode rounding) {
    long product = Math.multiplyExact(reference.micros(), Math.addExact(ExitRules.BPS_PER_UNIT, bps));
    long micros = rounding == RoundingMode.CEILING
        ? Math.floorDiv(Math.addExact(product, ExitRules.BPS_PER_UNIT - 1), ExitRules.BPS_PER_UNIT)
        : Math.floorDiv(product, ExitRules.BPS_PER_UNIT);
    return Price.ofMicros(micros);
  }

  private static String seconds(long ns) {
    return BigDecimal.valueOf(ns, 9).setScale(3, RoundingMode.DOWN).toPlainString() + "s";
  }
}
