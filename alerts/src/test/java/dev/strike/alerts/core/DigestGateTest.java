package dev.strike.alerts.core;

import static dev.strike.alerts.core.Fixtures.SECOND;
import static dev.strike.alerts.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestGateTest {
  private final DigestGate gate = new DigestGate(3, 60 * SECOND);

  @Test
  void shouldSendOneDigestInsteadOfTheRestWhenABurstPassesTheThreshold() {
    List<Outgoing> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.addAll(gate.offer(Fixtures.notification("n" + i, EventType.TRADE_EXECUTED, T0 + i), T0 + i * SECOND));
    }

    assertThat(out).hasSize(3).allMatch(o -> o instanceof Outgoing.Single);
    assertThat(gate.flush(T0 + 59 * SECOND)).isEmpty();
    List<Outgoing> digest = gate.flush(T0 + 60 * SECOND);
    assertThat(digest).singleElement().isInstanceOf(Outgoing.Digest.class);
    assertThat(digest.get(0).notifications()).extracting(Notification::id)
        .containsExactly("n3", "n4", "n5", "n6", "n7", "n8", "n9");
    assertThat(digest.get(0).plainText()).startsWith("Digest: 7 more notifications within 1m\n• title n3\n");
    assertThat(gate.flush(T0 + 120 * SECOND)).isEmpty();
  }

  @Test
  void shouldNeverHoldUrgentNotificationsWhenTheWindowIsFull() {
    for (int i = 0; i < 3; i++) {
      gate.offer(Fixtures.notification("n" + i, EventType.ERROR, T0), T0);
    }

    assertThat(gate.offer(Fixtures.notification("stop", EventType.EMERGENCY_STOP, T0), T0 + 1)).singleElement()
        .isEqualTo(new Outgoing.Single(Fixtures.notification("stop", EventType.EMERGENCY_STOP, T0)));
    assertThat(gate.heldCount()).isZero();
  }

  @Test
  void shouldStartAFreshWindowAndFlushTheOldDigestWhenTheWindowHasPassed() {
    for (int i = 0; i < 4; i++) {
      gate.offer(Fixtures.notification("n" + i, EventType.ERROR, T0), T0);
    }

    List<Outgoing> out = gate.offer(Fixtures.notification("late", EventType.ERROR, T0), T0 + 61 * SECOND);
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isInstanceOf(Outgoing.Digest.class);
    assertThat(out.get(1)).isEqualTo(new Outgoing.Single(Fixtures.notification("late", EventType.ERROR, T0)));
  }

  @Test
  void shouldGiveADigestTheSameIdWhenItHoldsTheSameNotifications() {
    Outgoing.Digest a = new Outgoing.Digest(List.of(Fixtures.notification("x", EventType.ERROR, T0)), 1000);
    Outgoing.Digest b = new Outgoing.Digest(List.of(Fixtures.notification("x", EventType.ERROR, T0)), 1000);

    assertThat(a.id()).isEqualTo(b.id()).startsWith("digest:");
  }
}
