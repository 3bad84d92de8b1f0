package dev.strike.app.api.core;

import dev.strike.common.event.ControlCommand;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.StrategyId;
import dev.strike.risk.core.RiskEngine;
import dev.strike.risk.core.exit.ExitRules;
import dev.strike.risk.core.gate.Breakers;
import dev.strike.risk.core.gate.RiskLimits;
import dev.strike.signals.SignalsSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds and checks the operator commands of the {@code control} topic: one place for the CLI
 * ({@code strike control …}, {@code strike strategy …}) and the operator API, so both accept and refuse exactly the
 * same requests with the same words. Pure and stateless; ids and times come from the caller.
 */
public final class OperatorCommands {
  private OperatorCommands() {}

  /**
   * A command, or why there is none.
   *
   * @param command the command to publish, null when refused
   * @param problem one line saying what is wrong, null when accepted
   */
  public record Outcome(@Nullable ControlCommand command, @Nullable String problem) {
    static Outcome ok(ControlCommand command) {
      return new Outcome(command, null);
    }

    static Outcome refused(String problem) {
      return new Outcome(null, problem);
    }

    /** Whether a command was built. */
    public boolean accepted() {
      return command != null;
    }
  }

  /** Stop new entries. */
  public static ControlCommand pause(CommandId id, String issuedBy, String reason, long nowNs) {
    return new ControlCommand.PauseTrading(id, issuedBy, reason, nowNs, nowNs);
  }

  /** Allow new entries again. */
  public static ControlCommand resume(CommandId id, String issuedBy, long nowNs) {
    return new ControlCommand.ResumeTrading(id, issuedBy, nowNs, nowNs);
  }

  /** The kill switch. */
  public static ControlCommand halt(CommandId id, String issuedBy, String reason, long nowNs) {
    return new ControlCommand.HaltTrading(id, issuedBy, reason, nowNs, nowNs);
  }

  /** Close the breaker {@code breaker} (a name of {@link Breakers#NAMES} or {@code all}). */
  public static Outcome resetBreaker(CommandId id, String issuedBy, String breaker, long nowNs) {
    if (!Breakers.NAMES.contains(breaker) && !Breakers.ALL.equals(breaker)) {
      return Outcome.refused("unknown breaker '" + breaker + "'; breakers: " + String.join(", ", Breakers.NAMES)
          + " or " + Breakers.ALL);
    }
    return Outcome.ok(new ControlCommand.ResetBreaker(id, issuedBy, breaker, nowNs, nowNs));
  }

  /** Switch the strategy {@code strategy} (one of {@link SignalsSettings#STRATEGIES}) on or off. */
  public static Outcome setStrategyEnabled(CommandId id, String issuedBy, String strategy, boolean enabled,
      long nowNs) {
    StrategyId strategyId;
    try {
      strategyId = StrategyId.of(strategy);
    } catch (IllegalArgumentException e) {
      return Outcome.refused(e.getMessage());
    }
    if (!SignalsSettings.STRATEGIES.contains(strategyId)) {
      return Outcome.refused("unknown strategy '" + strategy + "'; strategies: "
          + String.join(", ", strategyNames()));
    }
    return Outcome.ok(new ControlCommand.SetStrategyEnabled(id, issuedBy, strategyId, enabled, nowNs, nowNs));
  }

  /**
   * Change the risk limit or exit rule {@code key} ({@code risk.limits.<key>} or {@code risk.exits.<key>}) to
   * {@code value}, checked against {@code limits} and {@code exits} as the risk service will check it.
   */
  public static Outcome setParameter(CommandId id, String issuedBy, String key, String value, RiskLimits limits,
      ExitRules exits, long nowNs) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    try {
      if (key.startsWith(RiskEngine.LIMITS_PREFIX)) {
        limits.with(key.substring(RiskEngine.LIMITS_PREFIX.length()), value);
      } else if (key.startsWith(RiskEngine.EXITS_PREFIX)) {
        exits.with(key.substring(RiskEngine.EXITS_PREFIX.length()), value);
      } else {
        return Outcome.refused("unknown key '" + key + "'; keys: " + String.join(", ", parameterKeys()));
      }
    } catch (IllegalArgumentException e) {
      return Outcome.refused(key + " = " + value + " refused: " + e.getMessage());
    }
    return Outcome.ok(new ControlCommand.SetParameter(id, issuedBy, key, value, nowNs, nowNs));
  }

  /** Every key {@link #setParameter} accepts, limits first. */
  public static List<String> parameterKeys() {
    List<String> keys = new ArrayList<>();
    RiskLimits.keys().forEach(k -> keys.add(RiskEngine.LIMITS_PREFIX + k));
    ExitRules.keys().forEach(k -> keys.add(RiskEngine.EXITS_PREFIX + k));
    return keys;
  }

  /** The strategy ids, in catalogue order. */
  public static List<String> strategyNames() {
    return SignalsSettings.STRATEGIES.stream().map(StrategyId::value).toList();
  }

  /**
   * Checks every change of {@code changes} (key to value text) as {@link #setParameter} does; all of them or none.
   *
   * @param ids one id per key, in the map's iteration order
   * @return the commands in the map's order, or every problem (one per bad key) when any key is refused
   */
  public static ParameterChanges setParameters(List<CommandId> ids, String issuedBy, Map<String, String> changes,
      RiskLimits limits, ExitRules exits, long nowNs) {
    if (ids.size() != changes.size()) {
      throw new IllegalArgumentException("one id per change: " + ids.size() + " ids for " + changes.size());
    }
    List<ControlCommand> commands = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, String> change : changes.entrySet()) {
      Outcome outcome = setParameter(ids.get(i++), issuedBy, change.getKey(), change.getValue(), limits, exits,
          nowNs);
      if (outcome.accepted()) {
        commands.add(outcome.command());
      } else {
        problems.add(outcome.problem());
      }
    }
    return problems.isEmpty() ? new ParameterChanges(commands, List.of())
        : new ParameterChanges(List.of(), problems);
  }

  /**
   * The result of {@link #setParameters}: commands when every change was accepted, else the problems.
   *
   * @param commands one {@code SetParameter} per change, empty when any was refused
   * @param problems one line per refused change, empty when all were accepted
   */
  public record ParameterChanges(List<ControlCommand> commands, List<String> problems) {
    /** Copies. */
    public ParameterChanges {
      commands = List.copyOf(commands);
      problems = List.copyOf(problems);
    }
  }
}
