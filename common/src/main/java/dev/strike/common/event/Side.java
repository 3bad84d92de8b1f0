package dev.strike.common.event;

/** The outcome a contract pays on: YES or NO. JSON: {@code "yes"} / {@code "no"}. */
public enum Side {
  YES,
  NO;

  /** The other outcome. */
  public Side opposite() {
    return this == YES ? NO : YES;
  }
}
