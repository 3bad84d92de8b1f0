package dev.strike.common.event;

/** How urgent an alert is. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL
}
