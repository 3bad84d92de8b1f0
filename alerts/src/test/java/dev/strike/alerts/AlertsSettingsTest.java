package dev.strike.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.config.ConfigProblem;
import dev.strike.common.config.ConfigProblems;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertsSettingsTest {
  private static List<String> problems(dev.strike.common.config.Validatable settings) {
    ConfigProblems problems = ConfigProblems.create();
    settings.validate(problems);
    return problems.all().stream().map(ConfigProblem::key).toList();
  }

  @Test
  void shouldAcceptTheDefaultsWithEveryChannelOff() {
    AlertsSettings defaults = AlertsSettings.defaults();

    assertThat(problems(defaults)).isEmpty();
    assertThat(defaults.anyChannel()).isFalse();
  }

  @Test
  void shouldReportEveryBadKeyWhenTheSectionIsWrong() {
    AlertsSettings d = AlertsSettings.defaults();
    AlertsSettings bad = new AlertsSettings(d.dataDir(), new BigDecimal("-1"), 20_000, "Mars/Olympus", "25:00", 0,
        Duration.ZERO, 0, d.retryBackoff(), Duration.ofMillis(1), d.requestTimeout(), d.telegram(), d.discord(),
        d.slack(), d.webhook(), d.email());

    assertThat(problems(bad)).containsExactly("bigWinDollars", "drawdownWarningBps", "summaryZone", "summaryTime",
        "digestThreshold", "digestWindow", "maxAttempts", "maxBackoff");
  }

  @Test
  void shouldRefuseUnknownEventTypesAndAChatWithoutTokenWhenTelegramIsHalfConfigured() {
    AlertsSettings.TelegramSettings telegram = new AlertsSettings.TelegramSettings("", "", List.of(42L), List.of(),
        List.of("trade_executed", "trades"), "https://api.telegram.org", Duration.ofSeconds(30));

    assertThat(problems(telegram)).containsExactly("botToken", "events[1]");
  }

  @Test
  void shouldRefuseAnEmailWithoutRecipientsWhenAHostIsSet() {
    AlertsSettings.EmailSettings email = new AlertsSettings.EmailSettings("smtp.example.test", 587,
        AlertsSettings.SmtpSecurity.STARTTLS, "", "secret", "", "nobody", List.of("ok@example.test", "bad"),
        List.of());

    assertThat(problems(email)).containsExactly("from", "to[1]", "username");
  }

  @Test
  void shouldHideSecretsWhenSettingsArePrinted() {
    AlertsSettings.TelegramSettings telegram = new AlertsSettings.TelegramSettings("123:TOKEN", "", List.of(1L),
        List.of(), List.of(), "https://api.telegram.org", Duration.ofSeconds(30));
    AlertsSettings.HookSettings hook = new AlertsSettings.HookSettings("https://hooks.slack.com/services/T/B/SECRET",
        "", List.of());

    assertThat(telegram.toString()).doesNotContain("TOKEN").contains("botToken=***");
    assertThat(hook.toString()).doesNotContain("SECRET");
    assertThat(problems(new AlertsSettings.HookSettings("ftp://x/SECRET", "", List.of())))
        .containsExactly("url");
  }
}
