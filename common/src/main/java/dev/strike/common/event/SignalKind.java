package dev.strike.common.event;

/** What a signal asks for: a new position, leaving one, or a quote that replaces the strategy's previous quote. */
public enum SignalKind {
  ENTRY,
  EXIT,
  QUOTE
}
