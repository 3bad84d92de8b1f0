package dev.strike.app.replay.core;

/**
 * The recorded market-data topics a replay republishes, in their tie-break order: at equal {@code tsEvent} a market
 * comes before the books, trades and spot prices of that instant, so a consumer never sees a book of a market it has
 * not met yet.
 */
public enum ReplayTopic {
  /** {@code md.markets}: market definitions and status changes. */
  MARKETS("md.markets"),
  /** {@code md.book}: book snapshots, deltas and gap markers. */
  BOOK("md.book"),
  /** {@code md.trades}: public trade prints. */
  TRADES("md.trades"),
  /** {@code md.spot}: exchange spot ticks. */
  SPOT("md.spot");

  private final String baseName;

  ReplayTopic(String baseName) {
    this.baseName = baseName;
  }

  /** The topic's base name (without a namespace prefix). */
  public String baseName() {
    return baseName;
  }
}
