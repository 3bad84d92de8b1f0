package dev.strike.alerts.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps one channel from flooding its reader. In each window (which starts with the first notification after the
 * previous one ended) the first {@code threshold} notifications go out one by one; later ones are held and go out as
 * one {@link Outgoing.Digest} when the window ends ({@link #flush}). Urgent types ({@link EventType#urgent()}) are
 * never held. Pure and not thread-safe: the caller serialises calls and passes the time.
 */
public final class DigestGate {
  private final int threshold;
  private final long windowNs;
  private long windowStartNs = Long.MIN_VALUE;
  private int sentInWindow;
  private final List<Notification> held = new ArrayList<>();

  /** A gate that lets {@code threshold} notifications per {@code windowNs} through. */
  public DigestGate(int threshold, long windowNs) {
    if (threshold < 1 || windowNs <= 0) {
      throw new IllegalArgumentException("threshold >= 1 and a positive window needed");
    }
    this.threshold = threshold;
    this.windowNs = windowNs;
  }

  /** What to send now for {@code notification} arriving at {@code nowNs}: it, a digest of an ended window, or nothing. */
  public List<Outgoing> offer(Notification notification, long nowNs) {
    List<Outgoing> out = new ArrayList<>(2);
    if (windowStartNs == Long.MIN_VALUE || nowNs - windowStartNs >= windowNs) {
      out.addAll(flush(nowNs));
      windowStartNs = nowNs;
      sentInWindow = 0;
    }
    if (notification.type().urgent() || sentInWindow < threshold) {
      sentInWindow++;
      out.add(new Outgoing.Single(notification));
    } else {
      held.add(notification);
    }
    return out;
  }

  /** The digest of the held notifications once their window has ended by {@code nowNs}, else nothing. */
  public List<Outgoing> flush(long nowNs) {
    if (held.isEmpty() || nowNs - windowStartNs < windowNs) {
      return List.of();
    }
    Outgoing digest = new Outgoing.Digest(held, windowNs / 1_000_000);
    held.clear();
    return List.of(digest);
  }

  /** Notifications held for the current window's digest. */
  public int heldCount() {
    return held.size();
  }

  static String describe(long millis) {
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    if (millis % 1_000 == 0) {
      return millis / 1_000 + "s";
    }
    return millis + "ms";
  }
}
