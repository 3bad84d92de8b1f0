package dev.strike.alerts;

import dev.strike.alerts.core.EventType;
import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * The alerts service (configuration section {@code alerts}): where notifications go, which events each channel
 * wants, and how bursts, retries and restarts are handled. Every channel is off until it is configured. Secrets (the
 * bot token, webhook URLs, the SMTP password) may stand in the file, in the environment
 * ({@code STRIKE_ALERTS_TELEGRAM_BOT_TOKEN}, …) or in a file named by the {@code …File} key; {@link #toString()} of
 * every part shows them as {@code ***}.
 *
 * @param dataDir where the ids of delivered notifications are kept across restarts
 * @param bigWinDollars a closed position or a settlement that realizes at least this gain is also a {@code big_win}
 * @param drawdownWarningBps a portfolio drawdown from peak equity of at least this many basis points gives one
 *     {@code drawdown_warning} per trading day; 0 turns it off
 * @param summaryZone the time zone of the trading day (as risk's {@code tradingDayZone})
 * @param summaryTime the local time the daily summary is sent for the day that just ended ({@code HH:mm})
 * @param digestThreshold a channel sends at most this many single messages per {@code digestWindow}; the rest of the
 *     window's notifications go out as one digest at its end
 * @param digestWindow see {@code digestThreshold}
 * @param maxAttempts attempts per message (first try included) on 5xx, 429 and connection errors
 * @param retryBackoff the first retry's delay; each retry doubles it (with ±50% jitter), up to {@code maxBackoff}
 * @param maxBackoff the longest delay between two attempts
 * @param requestTimeout how long one HTTP request or SMTP session may take
 * @param telegram the Telegram bot: messages and commands
 * @param discord a Discord webhook
 * @param slack a Slack incoming webhook
 * @param webhook a generic webhook that gets each notification as JSON
 * @param email e-mail over SMTP
 */
public record AlertsSettings(Path dataDir, BigDecimal bigWinDollars, int drawdownWarningBps, String summaryZone,
    String summaryTime, int digestThreshold, Duration digestWindow, int maxAttempts, Duration retryBackoff,
    Duration maxBackoff, Duration requestTimeout, TelegramSettings telegram, HookSettings discord,
    HookSettings slack, HookSettings webhook, EmailSettings email) implements Validatable {

  /** Checks presence. */
  public AlertsSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(bigWinDollars, "bigWinDollars");
    Objects.requireNonNull(summaryZone, "summaryZone");
    Objects.requireNonNull(summaryTime, "summaryTime");
    Objects.requireNonNull(digestWindow, "digestWindow");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(telegram, "telegram");
    Objects.requireNonNull(discord, "discord");
    Objects.requireNonNull(slack, "slack");
    Objects.requireNonNull(webhook, "webhook");
    Objects.requireNonNull(email, "email");
  }

  /** No channel; summaries at 00:00 America/New_York; digests past 5 messages a minute; 5 attempts. */
  public static AlertsSettings defaults() {
    return new AlertsSettings(Path.of("data", "alerts"), new BigDecimal("100"), 500, "America/New_York", "00:00",
        5, Duration.ofMinutes(1), 5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(10),
        TelegramSettings.defaults(), HookSettings.defaults(), HookSettings.defaults(), HookSettings.defaults(),
        EmailSettings.defaults());
  }

  /** The trading day's zone. */
  public ZoneId zone() {
    return ZoneId.of(summaryZone);
  }

  /** When the daily summary goes out, local time. */
  public LocalTime summaryLocalTime() {
    return LocalTime.parse(summaryTime);
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.check(bigWinDollars.signum() > 0, "bigWinDollars", "must be positive, got " + bigWinDollars);
    problems.check(bigWinDollars.stripTrailingZeros().scale() <= 6, "bigWinDollars",
        "has digits below a micro-dollar: " + bigWinDollars);
    problems.inRange("drawdownWarningBps", drawdownWarningBps, 0, 10_000);
    try {
      ZoneId.of(summaryZone);
    } catch (DateTimeException e) {
      problems.at("summaryZone").fail("is not a time zone: '" + summaryZone + "'");
    }
    try {
      LocalTime.parse(summaryTime);
    } catch (DateTimeParseException e) {
      problems.at("summaryTime").fail("must be a local time HH:mm, got '" + summaryTime + "'");
    }
    problems.atLeast("digestThreshold", digestThreshold, 1);
    problems.check(!digestWindow.isNegative() && !digestWindow.isZero(), "digestWindow", "must be positive");
    problems.inRange("maxAttempts", maxAttempts, 1, 20);
    problems.check(retryBackoff.toMillis() >= 1, "retryBackoff", "must be at least 1ms");
    problems.check(maxBackoff.compareTo(retryBackoff) >= 0, "maxBackoff", "must not be below retryBackoff");
    problems.check(requestTimeout.toMillis() >= 1, "requestTimeout", "must be at least 1ms");
  }

  /** Whether any channel is configured. */
  public boolean anyChannel() {
    return telegram.enabled() || discord.enabled() || slack.enabled() || webhook.enabled() || email.enabled();
  }

  /**
   * The Telegram bot.
   *
   * @param botToken the bot's token (from BotFather); a secret
   * @param botTokenFile a file holding the token instead (mode 600 advised)
   * @param chatIds the chats notifications go to; empty for none
   * @param allowedChatIds the chats whose commands are answered; empty turns commands off
   * @param events the event types sent (see {@link EventType}); empty for all
   * @param apiBase the Bot API root
   * @param pollTimeout the long-poll timeout of {@code getUpdates}
   */
  public record TelegramSettings(String botToken, String botTokenFile, List<Long> chatIds, List<Long> allowedChatIds,
      List<String> events, String apiBase, Duration pollTimeout) implements Validatable {
    /** Checks presence. */
    public TelegramSettings {
      Objects.requireNonNull(botToken, "botToken");
      Objects.requireNonNull(botTokenFile, "botTokenFile");
      chatIds = List.copyOf(chatIds);
      allowedChatIds = List.copyOf(allowedChatIds);
      events = List.copyOf(events);
      Objects.requireNonNull(apiBase, "apiBase");
      Objects.requireNonNull(pollTimeout, "pollTimeout");
    }

    /** Off. */
    public static TelegramSettings defaults() {
      return new TelegramSettings("", "", List.of(), List.of(), List.of(), "https://api.telegram.org",
          Duration.ofSeconds(30));
    }

    /** Whether the bot is configured (a token and a chat or an allowed chat). */
    public boolean enabled() {
      return (!botToken.isBlank() || !botTokenFile.isBlank()) && (!chatIds.isEmpty() || !allowedChatIds.isEmpty());
    }

    /** The token, read from {@link #botTokenFile} when set. */
    public String token() {
      return Secrets.value(botToken, botTokenFile);
    }

    @Override
    public void validate(ConfigProblems problems) {
      Secrets.check(problems, "botToken", botToken, "botTokenFile", botTokenFile);
      if (botToken.isBlank() && botTokenFile.isBlank() && (!chatIds.isEmpty() || !allowedChatIds.isEmpty())) {
        problems.at("botToken").fail("is required with chatIds or allowedChatIds (or set botTokenFile)");
      }
      EventType.checkNames(problems, "events", events);
      Secrets.checkUrl(problems, "apiBase", apiBase);
      problems.check(pollTimeout.toSeconds() >= 1 && pollTimeout.toSeconds() <= 50, "pollTimeout",
          "must be 1s to 50s");
    }

    @Override
    public String toString() {
      return "TelegramSettings[botToken=" + Secrets.redact(botToken) + ", botTokenFile=" + botTokenFile
          + ", chatIds=" + chatIds + ", allowedChatIds=" + allowedChatIds + ", events=" + events + ", apiBase="
          + apiBase + ", pollTimeout=" + pollTimeout + "]";
    }
  }

  /**
   * A webhook channel (Discord, Slack or generic). The URL holds the secret that lets anyone post, so it is never
   * logged.
   *
   * @param url the webhook URL; empty turns the channel off
   * @param urlFile a file holding the URL instead
   * @param events the event types sent; empty for all
   */
  public record HookSettings(String url, String urlFile, List<String> events) implements Validatable {
    /** Checks presence. */
    public HookSettings {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(urlFile, "urlFile");
      events = List.copyOf(events);
    }

    /** Off. */
    public static HookSettings defaults() {
      return new HookSettings("", "", List.of());
    }

    /** Whether the channel is configured. */
    public boolean enabled() {
      return !url.isBlank() || !urlFile.isBlank();
    }

    /** The URL, read from {@link #urlFile} when set. */
    public String target() {
      return Secrets.value(url, urlFile);
    }

    @Override
    public void validate(ConfigProblems problems) {
      Secrets.check(problems, "url", url, "urlFile", urlFile);
      if (!url.isBlank()) {
        Secrets.checkUrl(problems, "url", url);
      }
      EventType.checkNames(problems, "events", events);
    }

    @Override
    public String toString() {
      return "HookSettings[url=" + Secrets.redact(url) + ", urlFile=" + urlFile + ", events=" + events + "]";
    }
  }

  /** How the SMTP connection is secured. */
  public enum SmtpSecurity {
    /** Plain SMTP (a local relay). */
    NONE,
    /** Plain connection upgraded with STARTTLS (required, not opportunistic). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, usually port 465). */
    TLS
  }

  /**
   * E-mail over SMTP.
   *
   * @param host the SMTP server; empty turns e-mail off
   * @param port its port
   * @param security none, starttls or tls
   * @param username the login; empty for none
   * @param password the password; a secret
   * @param passwordFile a file holding the password instead
   * @param from the sender address
   * @param to the recipients
   * @param events the event types sent; empty for all
   */
  public record EmailSettings(String host, int port, SmtpSecurity security, String username, String password,
      String passwordFile, String from, List<String> to, List<String> events) implements Validatable {
    /** Checks presence. */
    public EmailSettings {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(security, "security");
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(passwordFile, "passwordFile");
      Objects.requireNonNull(from, "from");
      to = List.copyOf(to);
      events = List.copyOf(events);
    }

    /** Off. */
    public static EmailSettings defaults() {
      return new EmailSettings("", 587, SmtpSecurity.STARTTLS, "", "", "", "", List.of(), List.of());
    }

    /** Whether e-mail is configured. */
    public boolean enabled() {
      return !host.isBlank();
    }

    /** The password, read from {@link #passwordFile} when set; empty for none. */
    public String secret() {
      return Secrets.value(password, passwordFile);
    }

    @Override
    public void validate(ConfigProblems problems) {
      problems.inRange("port", port, 1, 65535);
      Secrets.check(problems, "password", password, "passwordFile", passwordFile);
      if (!enabled()) {
        return;
      }
      problems.check(from.contains("@"), "from", "must be an e-mail address, got '" + from + "'");
      problems.check(!to.isEmpty(), "to", "needs at least one recipient");
      for (int i = 0; i < to.size(); i++) {
        if (!to.get(i).contains("@")) {
          problems.at("to").at(i).fail("must be an e-mail address, got '" + to.get(i) + "'");
        }
      }
      if (username.isBlank() && (!password.isBlank() || !passwordFile.isBlank())) {
        problems.at("username").fail("is required with a password");
      }
      EventType.checkNames(problems, "events", events);
    }

    @Override
    public String toString() {
      return "EmailSettings[host=" + host + ", port=" + port + ", security=" + security + ", username=" + username
          + ", password=" + Secrets.redact(password) + ", passwordFile=" + passwordFile + ", from=" + from + ", to="
          + to + ", events=" + events + "]";
    }
  }

  /** Secrets given inline or in a file. */
  static final class Secrets {
    private Secrets() {}

    static String redact(String secret) {
      return secret.isEmpty() ? "" : "***";
    }

    static String value(String inline, String file) {
      if (file.isBlank()) {
        return inline;
      }
      try {
        return Files.readString(Path.of(file)).strip();
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("cannot read " + file + ": " + e.getClass().getSimpleName(), e);
      }
    }

    static void check(ConfigProblems problems, String key, String inline, String fileKey, String file) {
      if (!inline.isBlank() && !file.isBlank()) {
        problems.at(fileKey).fail("is given together with " + key + "; keep one");
      } else if (!file.isBlank()) {
        Path path = Path.of(file);
        problems.check(Files.isRegularFile(path) && Files.isReadable(path), fileKey,
            "is not a readable file: " + file);
      }
    }

    static void checkUrl(ConfigProblems problems, String key, String url) {
      try {
        java.net.URI uri = java.net.URI.create(url);
        boolean ok = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        // The URL itself may carry the secret, so the message shows only its scheme and host.
        problems.check(ok, key, "must be an http(s):// URL");
      } catch (IllegalArgumentException e) {
        problems.at(key).fail("is not a URL");
      }
    }
  }
}
