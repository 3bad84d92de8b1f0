package dev.strike.alerts.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.strike.alerts.AlertsSettings;
import dev.strike.alerts.core.EventType;
import dev.strike.alerts.core.Notification;
import dev.strike.alerts.core.Outgoing;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** E-mail against GreenMail, a real SMTP server on 127.0.0.1 with a login. */
class EmailChannelTest {
  private static final ServerSetup SMTP = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
      .dynamicPort();

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("strike@example.test", "bot", "pa55word"));

  private static Notification notification() {
    return new Notification("alert:1", EventType.BREAKER, 1_786_987_200_000_000_000L, "[CRITICAL] breaker",
        "breaker daily-loss tripped: P&L -$51.20 — new entries stop", new TreeMap<>());
  }

  private AlertsSettings.EmailSettings settings(String password) {
    return new AlertsSettings.EmailSettings("127.0.0.1", mail.getSmtp().getPort(),
        AlertsSettings.SmtpSecurity.NONE, "bot", password, "", "strike@example.test",
        List.of("ops@example.test", "trader@example.test"), List.of());
  }

  @Test
  void shouldSendSubjectBodyFromAndToWhenTheServerAcceptsTheLogin() throws Exception {
    new EmailChannel(settings("pa55word"), Duration.ofSeconds(5)).send(new Outgoing.Single(notification()))
        .block(Duration.ofSeconds(15));

    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per recipient mailbox
    MimeMessage message = received[0];
    assertThat(message.getSubject()).isEqualTo("[Strike] [CRITICAL] breaker");
    assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("strike@example.test");
    assertThat(message.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly("ops@example.test", "trader@example.test");
    assertThat(GreenMailUtil.getBody(message).replace("\r\n", "\n").strip())
        .isEqualTo("[CRITICAL] breaker\nbreaker daily-loss tripped: P&L -$51.20 =E2=80=94 new entries stop");
    assertThat(message.getHeader("X-Strike-Id")).containsExactly("alert:1");
  }

  @Test
  void shouldFailWithoutThePasswordInTheMessageWhenTheLoginIsRefused() {
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> new EmailChannel(
        settings("wrong-secret"), Duration.ofSeconds(5)).send(new Outgoing.Single(notification()))
        .block(Duration.ofSeconds(15)));

    assertThat(failure).isInstanceOf(DeliveryException.class);
    assertThat(failure.getMessage()).startsWith("email: ").doesNotContain("wrong-secret");
    assertThat(settings("wrong-secret").toString()).doesNotContain("wrong-secret").contains("password=***");
  }
}
