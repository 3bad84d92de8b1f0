package dev.strike.alerts.core;

import dev.strike.common.id.StableHash;
import java.util.List;

/** What a channel sends: one notification, or a digest of several that came in a burst. */
public sealed interface Outgoing {
  /** Stable id of the message. */
  String id();

  /** The notifications it carries, oldest first. */
  List<Notification> notifications();

  /** Headline and body as plain text. */
  String plainText();

  /** Headline alone. */
  String title();

  /** One notification, as it is. */
  record Single(Notification notification) implements Outgoing {
    @Override
    public String id() {
      return notification.id();
    }

    @Override
    public List<Notification> notifications() {
      return List.of(notification);
    }

    @Override
    public String plainText() {
      return notification.plainText();
    }

    @Override
    public String title() {
      return notification.title();
    }
  }

  /**
   * Several notifications in one message: a count, then one line per notification (its headline).
   *
   * @param windowMillis the window the burst came in, for the headline
   */
  record Digest(List<Notification> items, long windowMillis) implements Outgoing {
    /** Copies the items; a digest holds at least one. */
    public Digest {
      items = List.copyOf(items);
      if (items.isEmpty()) {
        throw new IllegalArgumentException("an empty digest");
      }
    }

    @Override
    public String id() {
      String[] ids = new String[items.size() + 1];
      ids[0] = "digest";
      for (int i = 0; i < items.size(); i++) {
        ids[i + 1] = items.get(i).id();
      }
      return "digest:" + StableHash.hex128(ids);
    }

    @Override
    public List<Notification> notifications() {
      return items;
    }

    @Override
    public String title() {
      return "Digest: " + items.size() + " more notifications within " + DigestGate.describe(windowMillis);
    }

    @Override
    public String plainText() {
      StringBuilder out = new StringBuilder(title());
      for (Notification n : items) {
        out.append("\n• ").append(n.title());
      }
      return out.toString();
    }
  }
}
