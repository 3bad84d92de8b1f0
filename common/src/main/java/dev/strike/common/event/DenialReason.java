package dev.strike.common.event;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/**
 * Why the risk gate refused a signal, with the numbers that decided it, so an operator reads the cause at a glance.
 * JSON: an object whose {@code "type"} is the reason's name.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public sealed interface DenialReason {

  /** Expected value per contract after fees is below the minimum. */
  record EdgeBelowMinimum(Money edge, Money minEdge) implements DenialReason {
    public EdgeBelowMinimum {
      Require.present(edge, "edge");
      Require.present(minEdge, "minEdge");
    }
  }

  /** The strategy's confidence is below the minimum. */
  record ConfidenceBelowMinimum(double confidence, double minConfidence) implements DenialReason {
    public ConfidenceBelowMinimum {
      Require.probability(confidence, "confidence");
      Require.probability(minConfidence, "minConfidence");
    }
  }

  /** The strategy is not on the allowlist, or is switched off. */
  record StrategyNotAllowed(StrategyId strategy) implements DenialReason {
    public StrategyNotAllowed {
      Require.present(strategy, "strategy");
    }
  }

  /** The market's series is not on the allowlist. */
  record SeriesNotAllowed(SeriesTicker series) implements DenialReason {
    public SeriesNotAllowed {
      Require.present(series, "series");
    }
  }

  /** The market is not open for trading. */
  record MarketNotTradable(MarketStatus status) implements DenialReason {
    public MarketNotTradable {
      Require.present(status, "status");
    }
  }

  /** Time to close is outside the allowed window (all nanoseconds). */
  record OutsideTimeToCloseWindow(long timeToCloseNs, long minNs, long maxNs) implements DenialReason {}

  /** The signal's time to live has passed. */
  record SignalExpired(long expiredAtNs, long decidedAtNs) implements DenialReason {}

  /** The order is larger than the maximum order size in contracts. */
  record OrderSizeExceeded(Qty limit, Qty requested) implements DenialReason {
    public OrderSizeExceeded {
      Require.present(limit, "limit");
      Require.present(requested, "requested");
    }
  }

  /** The order costs more than the maximum order notional. */
  record OrderNotionalExceeded(Money limit, Money requested) implements DenialReason {
    public OrderNotionalExceeded {
      Require.present(limit, "limit");
      Require.present(requested, "requested");
    }
  }

  /** Sizing left less than the smallest order. */
  record SizeBelowMinimum(Qty sized, Qty minimum) implements DenialReason {
    public SizeBelowMinimum {
      Require.present(sized, "sized");
      Require.present(minimum, "minimum");
    }
  }

  /** The position in this market would exceed its maximum. */
  record MaxPositionExceeded(Qty limit, Qty wouldBe) implements DenialReason {
    public MaxPositionExceeded {
      Require.present(limit, "limit");
      Require.present(wouldBe, "wouldBe");
    }
  }

  /** A new position would exceed the maximum number of open positions. */
  record MaxConcurrentPositionsReached(int limit, int open) implements DenialReason {}

  /** Total exposure would exceed its maximum. */
  record TotalExposureExceeded(Money limit, Money wouldBe) implements DenialReason {
    public TotalExposureExceeded {
      Require.present(limit, "limit");
      Require.present(wouldBe, "wouldBe");
    }
  }

  /** Exposure to one event would exceed its maximum. */
  record EventConcentrationExceeded(EventTicker event, Money limit, Money wouldBe) implements DenialReason {
    public EventConcentrationExceeded {
      Require.present(event, "event");
      Require.present(limit, "limit");
      Require.present(wouldBe, "wouldBe");
    }
  }

  /** Exposure to one series would exceed its maximum. */
  record SeriesConcentrationExceeded(SeriesTicker series, Money limit, Money wouldBe) implements DenialReason {
    public SeriesConcentrationExceeded {
      Require.present(series, "series");
      Require.present(limit, "limit");
      Require.present(wouldBe, "wouldBe");
    }
  }

  /** Today's loss has reached the daily maximum (dollars, or percent of start-of-day equity in basis points). */
  record DailyLossLimitReached(Money limit, Money dailyPnl, long limitBps, long lossBps) implements DenialReason {
    public DailyLossLimitReached {
      Require.present(limit, "limit");
      Require.present(dailyPnl, "dailyPnl");
    }
  }

  /** Drawdown from peak equity has reached the breaker's limit (basis points). */
  record DrawdownLimitReached(long limitBps, long drawdownBps, Money peakEquity, Money equity)
      implements DenialReason {
    public DrawdownLimitReached {
      Require.present(peakEquity, "peakEquity");
      Require.present(equity, "equity");
    }
  }

  /** Consecutive losing trades have reached the breaker's limit. */
  record ConsecutiveLossesReached(int limit, int consecutiveLosses) implements DenialReason {}

  /** A breaker tripped earlier and has not been reset by an operator. */
  record BreakerOpen(String breaker, long trippedAtNs) implements DenialReason {
    public BreakerOpen {
      Require.text(breaker, "breaker");
    }
  }

  /** Too many orders in a rolling window ({@code window} is e.g. {@code "minute"}). */
  record OrderRateExceeded(String window, int limit, int recent) implements DenialReason {
    public OrderRateExceeded {
      Require.text(window, "window");
    }
  }

  /** The ticker and direction are cooling down after a recent order. */
  record CooldownActive(long untilNs) implements DenialReason {}

  /** The limit price is outside the allowed band. */
  record PriceOutsideClamp(Price price, Price min, Price max) implements DenialReason {
    public PriceOutsideClamp {
      Require.present(price, "price");
      Require.present(min, "min");
      Require.present(max, "max");
    }
  }

  /** Not enough free cash for the order's cost and fees. */
  record InsufficientCash(Money available, Money required) implements DenialReason {
    public InsufficientCash {
      Require.present(available, "available");
      Require.present(required, "required");
    }
  }

  /** Trading is paused or halted by an operator. */
  record TradingPaused(String reason) implements DenialReason {
    public TradingPaused {
      Require.text(reason, "reason");
    }
  }

  /** A market data input the check needs is missing or stale (e.g. no book yet). */
  record MarketDataUnavailable(String what) implements DenialReason {
    public MarketDataUnavailable {
      Require.text(what, "what");
    }
  }
}
