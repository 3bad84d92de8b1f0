package dev.strike.app.dataset.core;

/** The market-data topics imported history goes to, by base name (the shell adds the namespace). */
public enum HistoryTopic {
  /** {@code md.markets}: {@code MarketInfo}, keyed by ticker. */
  MARKETS("md.markets"),
  /** {@code md.book}: {@code BookSnapshot}, keyed by ticker. */
  BOOK("md.book"),
  /** {@code md.spot}: {@code SpotTick}, keyed by asset. */
  SPOT("md.spot");

  private final String baseName;

  HistoryTopic(String baseName) {
    this.baseName = baseName;
  }

  /** The topic's base name. */
  public String baseName() {
    return baseName;
  }
}
