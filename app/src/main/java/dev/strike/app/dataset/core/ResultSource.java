package dev.strike.app.dataset.core;

/** Where an imported market's result came from. */
public enum ResultSource {
  /** The dataset's own settlement field (e.g. Johnny-God's {@code outcome}). */
  OFFICIAL,
  /** The market's final quote after its close was decisive (see {@link MarketHistory}). */
  INFERRED,
  /** Not known: no official result and no decisive quote after the close. */
  NONE
}
