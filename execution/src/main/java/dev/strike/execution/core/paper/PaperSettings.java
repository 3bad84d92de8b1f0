package dev.strike.execution.core.paper;

import dev.strike.common.event.Venue;
import dev.strike.common.id.AccountId;

/**
 * Settings of a {@link PaperExchange}. Immutable.
 *
 * @param latency how long orders and cancels take to reach the exchange
 * @param venue the venue the events name; must be {@link Venue#PAPER}, so a simulated fill can never pass for a
 *     real one
 * @param account the account settlements are paid to
 */
public record PaperSettings(LatencyModel latency, Venue venue, AccountId account) {
  /** The account of the paper venue unless configured otherwise. */
  public static final AccountId DEFAULT_ACCOUNT = AccountId.of("paper");

  /** Validates presence and the venue. */
  public PaperSettings {
    if (latency == null) {
      throw new IllegalArgumentException("latency is required (LatencyModel.ZERO for none)");
    }
    if (venue != Venue.PAPER) {
      throw new IllegalArgumentException("the paper exchange only emits events of venue PAPER, got " + venue);
    }
    if (account == null) {
      throw new IllegalArgumentException("account is required");
    }
  }

  /** The paper venue on the default account with {@code latency}. */
  public static PaperSettings of(LatencyModel latency) {
    return new PaperSettings(latency, Venue.PAPER, DEFAULT_ACCOUNT);
  }
}
