package dev.strike.kalshi.ws;

/**
 * Kalshi's WebSocket command error codes (kalshi-api.md §8.2). Code 23 is unassigned; codes outside the documented
 * list (third parties report 26 "per-session market limit" and 27 "command rate") map to {@link #UNKNOWN}, and the
 * raw number stays available on {@link CommandRejected#rawCode()}.
 */
public enum WsErrorCode {
  UNABLE_TO_PROCESS_MESSAGE(1),
  PARAMS_REQUIRED(2),
  CHANNELS_REQUIRED(3),
  SUBSCRIPTION_IDS_REQUIRED(4),
  UNKNOWN_COMMAND(5),
  ALREADY_SUBSCRIBED(6),
  UNKNOWN_SUBSCRIPTION_ID(7),
  UNKNOWN_CHANNEL_NAME(8),
  AUTHENTICATION_REQUIRED(9),
  CHANNEL_ERROR(10),
  INVALID_PARAMETER(11),
  EXACTLY_ONE_SUBSCRIPTION_ID_REQUIRED(12),
  UNSUPPORTED_ACTION(13),
  MARKET_TICKER_REQUIRED(14),
  ACTION_REQUIRED(15),
  MARKET_NOT_FOUND(16),
  INTERNAL_ERROR(17),
  COMMAND_TIMEOUT(18),
  SHARD_FACTOR_MUST_BE_POSITIVE(19),
  SHARD_FACTOR_REQUIRED(20),
  SHARD_KEY_OUT_OF_RANGE(21),
  SHARD_FACTOR_TOO_LARGE(22),
  INDEX_IDS_REQUIRED(24),
  SUBSCRIPTION_BUFFER_OVERFLOW(25),
  /** A code not in the documented list. */
  UNKNOWN(-1);

  private final int code;

  WsErrorCode(int code) {
    this.code = code;
  }

  /** The number on the wire; -1 for {@link #UNKNOWN}. */
  public int code() {
    return code;
  }

  /** The code for {@code code}, {@link #UNKNOWN} when it is not documented. */
  public static WsErrorCode of(int code) {
    for (WsErrorCode value : values()) {
      if (value.code == code && value != UNKNOWN) {
        return value;
      }
    }
    return UNKNOWN;
  }
}
