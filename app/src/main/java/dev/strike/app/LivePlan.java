package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.Venue;
import dev.strike.risk.core.gate.RiskLimits;

/** What a demo or live run is about to do, printed before anything starts. */
final class LivePlan {
  private LivePlan() {}

  /** A few lines: where orders go, with which key, and the limits that bound them. */
  static String describe(StrikeConfig config) {
    RiskLimits limits = config.risk().effectiveLimits();
    String where = config.mode() == Venue.LIVE ? "LIVE: REAL MONEY on Kalshi production" : "DEMO: Kalshi's demo exchange";
    return String.join(System.lineSeparator(),
        "strike: " + where + " (" + config.kalshi().restRoot() + ")",
        "  key        " + config.kalshi().keyId() + " (checked, with the balance, before the first order)",
        "  services   " + String.join(", ", config.services().enabled()),
        "  risk       profile " + config.risk().profile().name().toLowerCase(java.util.Locale.ROOT)
            + ", max order " + limits.maxOrderQty() + " contracts / " + limits.maxOrderNotional()
            + ", max total exposure " + limits.maxTotalExposure() + ", max daily loss " + limits.maxDailyLoss(),
        "  stop       Ctrl-C cancels every resting order; `strike control halt` cancels them and stops trading");
  }
}
