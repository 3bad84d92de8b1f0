package dev.strike.common.event;

import dev.strike.common.id.CommandId;
import dev.strike.common.id.StrategyId;

/**
 * An operator command ({@code control}, compacted, keyed by {@link #scope()}): the latest command per scope is the
 * standing state (paused or not, a strategy on or off), so a restarted service reads it back from the topic.
 * {@code commandId} lets consumers drop a redelivered command.
 */
public sealed interface ControlCommand extends StrikeEvent {
  /** Identifies this command. */
  CommandId commandId();

  /** Who issued it (an API user, {@code cli}, a Telegram chat). */
  String issuedBy();

  /** What the command governs; commands with the same scope replace each other on the compacted topic. */
  String scope();

  /** Stop new entries (exits still pass). */
  record PauseTrading(CommandId commandId, String issuedBy, String reason, long tsEvent, long tsInit)
      implements ControlCommand {
    public PauseTrading {
      ControlFields.check(commandId, issuedBy, tsEvent, tsInit);
      Require.text(reason, "reason");
    }

    @Override
    public String scope() {
      return "trading";
    }
  }

  /** Allow new entries again after a pause or a halt. */
  record ResumeTrading(CommandId commandId, String issuedBy, long tsEvent, long tsInit) implements ControlCommand {
    public ResumeTrading {
      ControlFields.check(commandId, issuedBy, tsEvent, tsInit);
    }

    @Override
    public String scope() {
      return "trading";
    }
  }

  /** The kill switch: cancel every resting order and stop all new orders until resumed. */
  record HaltTrading(CommandId commandId, String issuedBy, String reason, long tsEvent, long tsInit)
      implements ControlCommand {
    public HaltTrading {
      ControlFields.check(commandId, issuedBy, tsEvent, tsInit);
      Require.text(reason, "reason");
    }

    @Override
    public String scope() {
      return "trading";
    }
  }

  /** Close a tripped breaker ({@code breaker} names it, or {@code all}). */
  record ResetBreaker(CommandId commandId, String issuedBy, String breaker, long tsEvent, long tsInit)
      implements ControlCommand {
    public ResetBreaker {
      ControlFields.check(commandId, issuedBy, tsEvent, tsInit);
      Require.text(breaker, "breaker");
    }

    @Override
    public String scope() {
      return "breaker:" + breaker;
    }
  }

  /** Switch a strategy on or off. */
  record SetStrategyEnabled(CommandId commandId, String issuedBy, StrategyId strategy, boolean enabled,
      long tsEvent, long tsInit) implements ControlCommand {
    public SetStrategyEnabled {
      ControlFields.check(commandId, issuedBy, tsEvent, tsInit);
      Require.present(strategy, "strategy");
    }

    @Override
    public String scope() {
      return "strategy:" + strategy.value();
    }
  }

  /** Change one configuration key at run time; the owning service validates it before applying. */
  record SetParameter(CommandId commandId, String issuedBy, String key, String value, long tsEvent, long tsInit)
      implements ControlCommand {
    public SetParameter {
      ControlFields.check(commandId, issuedBy, tsEvent, tsInit);
      Require.text(key, "key");
      Require.present(value, "value");
    }

    @Override
    public String scope() {
      return "param:" + key;
    }
  }
}
