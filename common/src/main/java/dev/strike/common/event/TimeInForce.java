package dev.strike.common.event;

/** How long an order may rest: good till canceled (or till its expiry), immediate or cancel, fill or kill. */
public enum TimeInForce {
  GTC,
  IOC,
  FOK
}
