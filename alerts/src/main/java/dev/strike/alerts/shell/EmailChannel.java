package dev.strike.alerts.shell;

import dev.strike.alerts.AlertsSettings;
import dev.strike.alerts.AlertsSettings.EmailSettings;
import dev.strike.alerts.core.Outgoing;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * E-mail over SMTP with Jakarta Mail (Eclipse Angus): plain text, UTF-8, subject {@code [Strike] <headline>}, one
 * message to all recipients. STARTTLS, when configured, is required (not opportunistic), so a password never crosses
 * the network in clear. Sending blocks, so it runs on the bounded-elastic scheduler.
 */
final class EmailChannel implements Channel {
  private final EmailSettings settings;
  private final Session session;
  private final InternetAddress from;
  private final InternetAddress[] to;

  EmailChannel(EmailSettings settings, Duration timeout) {
    this.settings = settings;
    Properties props = new Properties();
    String protocol = settings.security() == AlertsSettings.SmtpSecurity.TLS ? "smtps" : "smtp";
    props.put("mail.transport.protocol", protocol);
    props.put("mail." + protocol + ".host", settings.host());
    props.put("mail." + protocol + ".port", Integer.toString(settings.port()));
    props.put("mail." + protocol + ".connectiontimeout", Long.toString(timeout.toMillis()));
    props.put("mail." + protocol + ".timeout", Long.toString(timeout.toMillis()));
    props.put("mail." + protocol + ".writetimeout", Long.toString(timeout.toMillis()));
    boolean auth = !settings.username().isBlank();
    props.put("mail." + protocol + ".auth", Boolean.toString(auth));
    if (settings.security() == AlertsSettings.SmtpSecurity.STARTTLS) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    if (settings.security() != AlertsSettings.SmtpSecurity.NONE) {
      props.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    String password = settings.secret();
    Authenticator authenticator = auth ? new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.username(), password);
      }
    } : null;
    this.session = Session.getInstance(props, authenticator);
    try {
      this.from = new InternetAddress(settings.from(), true);
      this.to = new InternetAddress[settings.to().size()];
      for (int i = 0; i < to.length; i++) {
        to[i] = new InternetAddress(settings.to().get(i), true);
      }
    } catch (AddressException e) {
      throw new IllegalArgumentException("alerts.email: " + e.getMessage(), e);
    }
  }

  @Override
  public String kind() {
    return "email";
  }

  @Override
  public String key() {
    return "email";
  }

  @Override
  public Mono<Void> send(Outgoing message) {
    return Mono.<Void>fromRunnable(() -> {
      try {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(from);
        mail.setRecipients(Message.RecipientType.TO, to);
        mail.setSubject("[Strike] " + message.title(), StandardCharsets.UTF_8.name());
        mail.setText(message.plainText() + "\n", StandardCharsets.UTF_8.name());
        mail.setSentDate(new Date());
        mail.setHeader("X-Strike-Id", message.id());
        Transport.send(mail);
      } catch (SendFailedException e) {
        throw new DeliveryException("email: recipients refused (" + e.getClass().getSimpleName() + ")", false, 0);
      } catch (MessagingException e) {
        // Connection problems and 4xx replies may pass; the message never includes the password.
        boolean connect = e.getCause() instanceof ConnectException || e.getCause() instanceof java.io.IOException;
        throw new DeliveryException("email: " + e.getClass().getSimpleName()
            + (connect ? " (cannot reach " + settings.host() + ":" + settings.port() + ")" : ""), true, 0);
      }
    }).subscribeOn(Schedulers.boundedElastic());
  }

  @Override
  public String toString() {
    return "Email[" + settings.host() + ":" + settings.port() + "]";
  }
}
