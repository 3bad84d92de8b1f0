package dev.strike.kalshi.ws;

import java.util.Locale;

/** The {@code action} of an {@code update_subscription} command. */
public enum UpdateAction {
  /** Put markets on the subscription (their initial snapshots follow on {@code orderbook_delta}). */
  ADD_MARKETS,
  /** Take markets off the subscription. */
  DELETE_MARKETS,
  /** Send fresh {@code orderbook_snapshot}s of the markets without changing the subscription. */
  GET_SNAPSHOT;

  /** The wire name ({@code add_markets}, …). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
