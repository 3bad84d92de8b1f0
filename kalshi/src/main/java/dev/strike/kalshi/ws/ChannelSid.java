package dev.strike.kalshi.ws;

/**
 * A channel subscription and the sid the server gave it on the current connection (sids change on reconnect).
 *
 * @param channel the channel
 * @param sid the server's subscription id, positive
 */
public record ChannelSid(Channel channel, long sid) {
  /** Validates presence and a positive sid. */
  public ChannelSid {
    if (channel == null) {
      throw new IllegalArgumentException("channel is required");
    }
    if (sid <= 0) {
      throw new IllegalArgumentException("sid must be positive, got " + sid);
    }
  }
}
