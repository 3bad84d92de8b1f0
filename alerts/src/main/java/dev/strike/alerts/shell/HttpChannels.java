package dev.strike.alerts.shell;

import dev.strike.alerts.core.Notification;
import dev.strike.alerts.core.Outgoing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/** The HTTP channels: Telegram, Discord, Slack and a generic webhook. */
final class HttpChannels {
  private HttpChannels() {}

  /** Telegram's message limit in characters. */
  static final int TELEGRAM_MAX = 4096;
  /** Discord's content limit. */
  static final int DISCORD_MAX = 2000;
  /** Slack advises splitting above this. */
  static final int SLACK_MAX = 4000;

  static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Bot API {@code sendMessage} to one chat, plain text (no parse mode, so nothing needs escaping). */
  record Telegram(JsonPost post, String apiBase, String token, long chatId) implements Channel {
    @Override
    public String kind() {
      return "telegram";
    }

    @Override
    public String key() {
      return "telegram:" + chatId;
    }

    @Override
    public Mono<Void> send(Outgoing message) {
      return sendText(post, apiBase, token, chatId, message.plainText());
    }

    static Mono<Void> sendText(JsonPost post, String apiBase, String token, long chatId, String text) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("chat_id", chatId);
      body.put("text", truncate(text, TELEGRAM_MAX));
      body.put("disable_web_page_preview", true);
      return post.post("telegram", stripSlash(apiBase) + "/bot" + token + "/sendMessage", body);
    }

    @Override
    public String toString() {
      return "Telegram[chat " + chatId + "]";
    }
  }

  /** A Discord webhook; mentions are disabled so that a market name can never ping {@code @everyone}. */
  record Discord(JsonPost post, String url) implements Channel {
    @Override
    public String kind() {
      return "discord";
    }

    @Override
    public String key() {
      return "discord";
    }

    @Override
    public Mono<Void> send(Outgoing message) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("content", truncate(message.plainText(), DISCORD_MAX));
      body.put("allowed_mentions", Map.of("parse", List.of()));
      return post.post("discord", url, body);
    }

    @Override
    public String toString() {
      return "Discord[webhook]";
    }
  }

  /** A Slack incoming webhook. */
  record Slack(JsonPost post, String url) implements Channel {
    @Override
    public String kind() {
      return "slack";
    }

    @Override
    public String key() {
      return "slack";
    }

    @Override
    public Mono<Void> send(Outgoing message) {
      return post.post("slack", url, Map.of("text", truncate(message.plainText(), SLACK_MAX)));
    }

    @Override
    public String toString() {
      return "Slack[webhook]";
    }
  }

  /** A generic webhook: the notification (or digest) as JSON; see {@link #body}. */
  record Webhook(JsonPost post, String url) implements Channel {
    @Override
    public String kind() {
      return "webhook";
    }

    @Override
    public String key() {
      return "webhook";
    }

    @Override
    public Mono<Void> send(Outgoing message) {
      return post.post("webhook", url, body(message));
    }

    /**
     * {@code {"type","id","time","timeNs","title","text","fields"}} for one notification; a digest is
     * {@code {"type":"digest","id","time","timeNs","title","text","notifications":[…]}} with the same objects inside.
     */
    static Map<String, Object> body(Outgoing message) {
      if (message instanceof Outgoing.Single single) {
        return notification(single.notification());
      }
      List<Notification> items = message.notifications();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "digest");
      body.put("id", message.id());
      long last = items.get(items.size() - 1).timeNs();
      body.put("time", time(last));
      body.put("timeNs", last);
      body.put("title", message.title());
      body.put("text", message.plainText());
      List<Object> inner = new ArrayList<>(items.size());
      for (Notification n : items) {
        inner.add(notification(n));
      }
      body.put("notifications", inner);
      return body;
    }

    static Map<String, Object> notification(Notification n) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", n.type().wireName());
      body.put("id", n.id());
      body.put("time", time(n.timeNs()));
      body.put("timeNs", n.timeNs());
      body.put("title", n.title());
      body.put("text", n.text());
      body.put("fields", n.fields());
      return body;
    }

    private static String time(long epochNs) {
      return Instant.ofEpochSecond(Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L))
          .toString();
    }

    @Override
    public String toString() {
      return "Webhook[url hidden]";
    }
  }

  static String stripSlash(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
