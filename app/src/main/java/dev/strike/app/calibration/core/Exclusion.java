package dev.strike.app.calibration.core;

import dev.strike.common.id.MarketTicker;
import java.util.Objects;

/**
 * A market that could not be scored at a horizon, and why. An expected outcome: every market and horizon is either a
 * {@link Forecast} or an exclusion, so the table can say what it left out.
 *
 * @param ticker the market
 * @param horizonNs time before the close, ns
 * @param reason why it was not scored
 * @param detail the numbers behind the reason, for a person
 */
public record Exclusion(MarketTicker ticker, long horizonNs, Reason reason, String detail)
    implements Scored {
  /** Validates presence. */
  public Exclusion {
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** Why a market was not scored, in the order they are checked. */
  public enum Reason {
    /** The dataset gives no result (official or inferred) for the market. */
    NO_RESULT("no result"),
    /** The market's strike type has no strike the model can price (e.g. {@code custom}). */
    NO_STRIKE("no strike"),
    /** No quote of the market at or before the scoring time, or an empty book. */
    NO_QUOTE("no quote"),
    /** The newest quote at or before the scoring time is older than the allowed age. */
    STALE_QUOTE("stale quote"),
    /** No spot index for the underlying at the scoring time (none seen yet, or degraded). */
    NO_SPOT("no spot"),
    /** The volatility is not known yet at the scoring time (not enough history). */
    NO_VOLATILITY("no volatility"),
    /** The model gave no probability (NaN) for these inputs. */
    NO_MODEL_VALUE("no model value");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    /** A short label for tables, e.g. {@code no quote}. */
    public String label() {
      return label;
    }
  }
}
