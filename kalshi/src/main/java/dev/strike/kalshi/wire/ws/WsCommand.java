package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * One client → server command: {@code {"id": 1, "cmd": "subscribe", "params": {…}}}. Ids are unique per connection,
 * start at 1 and increase by one (0 would mean "no id").
 *
 * @param id the command id
 * @param cmd {@code subscribe}, {@code unsubscribe}, {@code update_subscription} or {@code list_subscriptions}
 * @param params the command's parameters, null for {@code list_subscriptions} (then omitted)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WsCommand(long id, String cmd, @Nullable WsCommandParams params) {
  /** Validates the id and the command name. */
  public WsCommand {
    if (id <= 0) {
      throw new IllegalArgumentException("a command id starts at 1, got " + id);
    }
    if (cmd == null || cmd.isBlank()) {
      throw new IllegalArgumentException("cmd is required");
    }
  }
}
