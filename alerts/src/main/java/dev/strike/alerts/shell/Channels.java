package dev.strike.alerts.shell;

import java.time.Duration;

/** Channels built outside the service, for tools and the delivery benchmark. */
public final class Channels {
  private Channels() {}

  /** The generic webhook channel posting to {@code url}, one request per message, with its own HTTP client. */
  public static Channel webhook(String url, Duration timeout) {
    return new HttpChannels.Webhook(new JsonPost(JsonPost.client(timeout), timeout), url);
  }
}
