package dev.strike.alerts.core;

import dev.strike.common.config.ConfigProblems;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a notification is about; channels filter on these. The eight of the issue, plus {@code control} (an operator
 * command took effect: pause, resume, a breaker reset, a limit change) and {@code notice} (any other informational
 * alert, such as a reconciliation summary), so that nothing a service publishes on {@code alerts} is silently lost.
 */
public enum EventType {
  TRADE_EXECUTED,
  DAILY_SUMMARY,
  ERROR,
  DRAWDOWN_WARNING,
  BREAKER,
  BIG_WIN,
  EMERGENCY_STOP,
  SYSTEM_STARTED,
  CONTROL,
  NOTICE;

  /** The snake_case name used in configuration and JSON. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether it must reach the operator at once, never held back in a digest. */
  public boolean urgent() {
    return this == EMERGENCY_STOP || this == BREAKER || this == DRAWDOWN_WARNING;
  }

  /** The type named {@code wireName}. */
  public static EventType ofWireName(String wireName) {
    return valueOf(wireName.trim().toUpperCase(Locale.ROOT));
  }

  /** The types named in {@code names}; all of them when it is empty. */
  public static Set<EventType> parse(List<String> names) {
    if (names.isEmpty()) {
      return EnumSet.allOf(EventType.class);
    }
    EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
    for (String name : names) {
      types.add(ofWireName(name));
    }
    return types;
  }

  /** Adds a problem at {@code key} for every name in {@code names} that is not a type. */
  public static void checkNames(ConfigProblems problems, String key, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      try {
        ofWireName(names.get(i));
      } catch (IllegalArgumentException e) {
        problems.at(key).at(i).fail("is not an event type: '" + names.get(i) + "' (known: " + known() + ")");
      }
    }
  }

  private static String known() {
    StringBuilder out = new StringBuilder();
    for (EventType type : values()) {
      out.append(out.length() == 0 ? "" : ", ").append(type.wireName());
    }
    return out.toString();
  }
}
