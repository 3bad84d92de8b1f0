package dev.strike.common.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Collects configuration problems under a key scope. {@link #at(String)} gives a collector for a child key that
 * writes into the same list, so {@code problems.at("embedded").at("port").fail("...")} inside the {@code kafka}
 * section records a problem for {@code kafka.embedded.port}. Not thread-safe: one collector per load.
 */
public final class ConfigProblems {
  private final String scope;
  private final List<ConfigProblem> sink;

  private ConfigProblems(String scope, List<ConfigProblem> sink) {
    this.scope = scope;
    this.sink = sink;
  }

  /** An empty collector at the root scope (problem keys are the names given to {@link #at}). */
  public static ConfigProblems create() {
    return new ConfigProblems("", new ArrayList<>());
  }

  /** The full key of this scope ("" at the root). */
  public String key() {
    return scope;
  }

  /**
   * A collector for the child {@code name} of this scope, writing into the same list.
   *
   * @param name a key segment ({@code port}) or a map key ({@code md.book}); not blank
   */
  public ConfigProblems at(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a config key segment must not be blank");
    }
    return new ConfigProblems(child(scope, name), sink);
  }

  /** A collector for element {@code index} of the list at this scope ({@code services.enabled[2]}). */
  public ConfigProblems at(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("a list index must not be negative, got " + index);
    }
    return new ConfigProblems(scope + "[" + index + "]", sink);
  }

  /** Records that the value at this scope is wrong. */
  public void fail(String message) {
    sink.add(new ConfigProblem(scope, Objects.requireNonNull(message, "message")));
  }

  /** Records {@code message} for child {@code name} unless {@code ok}; returns {@code ok}. */
  public boolean check(boolean ok, String name, String message) {
    if (!ok) {
      at(name).fail(message);
    }
    return ok;
  }

  /** Records a problem for child {@code name} unless {@code min <= value <= max}. */
  public boolean inRange(String name, long value, long min, long max) {
    return check(value >= min && value <= max, name, "must be within " + min + ".." + max + ", got " + value);
  }

  /** Records a problem for child {@code name} unless {@code value >= min}. */
  public boolean atLeast(String name, long value, long min) {
    return check(value >= min, name, "must be at least " + min + ", got " + value);
  }

  /** Records a problem for child {@code name} if {@code value} is blank. */
  public boolean notBlank(String name, String value) {
    return check(value != null && !value.isBlank(), name, "must not be blank");
  }

  /** Whether no problem has been recorded (in any scope sharing this collector's list). */
  public boolean isEmpty() {
    return sink.isEmpty();
  }

  /** Every problem recorded through this collector or any scope sharing its list, in the order recorded. */
  public List<ConfigProblem> all() {
    return Collections.unmodifiableList(new ArrayList<>(sink));
  }

  /** Throws a {@link ConfigException} listing every recorded problem, if there is one. */
  public void throwIfAny() {
    if (!sink.isEmpty()) {
      throw new ConfigException(sink);
    }
  }

  static String child(String key, String name) {
    return key.isEmpty() ? name : key + "." + name;
  }
}
