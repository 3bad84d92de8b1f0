package dev.strike.alerts.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryLogTest {
  @TempDir Path dir;

  @Test
  void shouldRememberDeliveriesWhenReopened() {
    Path file = dir.resolve("x.delivered");
    try (DeliveryLog log = DeliveryLog.open(file, 100)) {
      log.delivered("webhook", "trade_executed:1");
    }
    try (DeliveryLog log = DeliveryLog.open(file, 100)) {
      assertThat(log.contains("webhook", "trade_executed:1")).isTrue();
      assertThat(log.contains("discord", "trade_executed:1")).isFalse();
    }
  }

  @Test
  void shouldIgnoreATornLastLineWhenTheProcessDiedMidWrite() throws Exception {
    Path file = dir.resolve("x.delivered");
    Files.writeString(file, "webhook a\nwebhook b", StandardCharsets.UTF_8);
    try (DeliveryLog log = DeliveryLog.open(file, 100)) {
      assertThat(log.contains("webhook", "a")).isTrue();
      assertThat(log.contains("webhook", "b")).isFalse();
      log.delivered("webhook", "c");
    }
    assertThat(Files.readString(file)).isEqualTo("webhook a\nwebhook c\n");
  }

  @Test
  void shouldKeepTheNewestEntriesWhenTheFileOutgrowsItsCapacity() throws Exception {
    Path file = dir.resolve("x.delivered");
    try (DeliveryLog log = DeliveryLog.open(file, 600)) {
      for (int i = 0; i < 1500; i++) {
        log.delivered("webhook", "n" + i);
      }
      assertThat(log.contains("webhook", "n1499")).isTrue();
      assertThat(log.contains("webhook", "n0")).isFalse();
    }
    assertThat(Files.readAllLines(file).size()).isLessThan(1500);
    try (DeliveryLog log = DeliveryLog.open(file, 600)) {
      assertThat(log.size()).isEqualTo(600);
      assertThat(log.contains("webhook", "n1499")).isTrue();
    }
  }
}
