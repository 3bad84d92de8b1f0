package dev.strike.signals.core.strategy;

import dev.strike.common.config.Validatable;
import dev.strike.common.money.Money;
import java.time.Duration;
import java.util.Objects;

/**
 * The entry settings every spot-driven TA strategy's parameters carry ({@link CryptoTaEntries} trades with them): the
 * least edge after the taker fee per contract, the window of time to close, the signals' time to live and the cooldown
 * per market (event time).
 */
interface CryptoTaEntryParams extends Validatable {
  /** The least edge after the taker fee, per contract, to enter; $0–$1. */
  Money minEdge();

  /** No entry closer to the close than this; not negative. */
  Duration minTimeToClose();

  /** No entry further from the close than this; at least {@link #minTimeToClose}. */
  Duration maxTimeToClose();

  /** How long a signal stays actionable; positive. */
  Duration ttl();

  /** No new signal on a market for this long (event time) after one; not negative. */
  Duration cooldown();

  /** Rejects nulls among the entry settings (for the records' compact constructors). */
  static void requireNonNull(Money minEdge, Duration minTimeToClose, Duration maxTimeToClose, Duration ttl,
      Duration cooldown) {
    Objects.requireNonNull(minEdge, "minEdge");
    Objects.requireNonNull(minTimeToClose, "minTimeToClose");
    Objects.requireNonNull(maxTimeToClose, "maxTimeToClose");
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(cooldown, "cooldown");
  }

}
