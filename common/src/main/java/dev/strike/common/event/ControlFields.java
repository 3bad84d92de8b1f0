package dev.strike.common.event;

import dev.strike.common.id.CommandId;

/** The checks every {@link ControlCommand} shares. */
final class ControlFields {
  private ControlFields() {}

  static void check(CommandId commandId, String issuedBy, long tsEvent, long tsInit) {
    Require.present(commandId, "commandId");
    Require.text(issuedBy, "issuedBy");
    Require.times(tsEvent, tsInit);
  }
}
