package dev.strike.risk;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import dev.strike.common.id.AccountId;
import dev.strike.common.money.Money;
import dev.strike.risk.core.RiskEngine;
import dev.strike.risk.core.exit.ExitRules;
import dev.strike.risk.core.gate.RiskLimits;
import dev.strike.risk.core.gate.RiskProfile;
import dev.strike.risk.core.portfolio.TradingDay;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The {@code risk} configuration section: the account, the risk profile and its key-by-key overrides, the exit rules,
 * where trading days begin and how often the state is snapshotted.
 *
 * @param account the account the portfolio belongs to (the key of its snapshots on {@code portfolio})
 * @param startingCash the paper account's cash in dollars, exact
 * @param profile sets every limit at once: conservative, balanced or aggressive
 * @param limits overrides of the profile's limits by key ({@code max-order-qty: 10}, {@code min-edge: "0.04"}, …)
 * @param exits overrides of the default exit rules by key ({@code stop-loss-bps: 4000}, …)
 * @param tradingDayZone the time zone of the trading-day boundary
 * @param tradingDayStart the local time trading days begin ({@code HH:mm})
 * @param snapshotInterval how often the state is written to {@code portfolio}
 * @param approvalTimeout how long an approved order may stay unreported by execution before its cash is released
 * @param exitRetry how long an exit in flight blocks another exit of the same position
 */
public record RiskSettings(String account, BigDecimal startingCash, RiskProfile profile, Map<String, String> limits,
    Map<String, String> exits, String tradingDayZone, String tradingDayStart, Duration snapshotInterval,
    Duration approvalTimeout, Duration exitRetry) implements Validatable {

  /** Copies. */
  public RiskSettings {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(startingCash, "startingCash");
    Objects.requireNonNull(profile, "profile");
    limits = Map.copyOf(limits);
    exits = Map.copyOf(exits);
    Objects.requireNonNull(tradingDayZone, "tradingDayZone");
    Objects.requireNonNull(tradingDayStart, "tradingDayStart");
    Objects.requireNonNull(snapshotInterval, "snapshotInterval");
    Objects.requireNonNull(approvalTimeout, "approvalTimeout");
    Objects.requireNonNull(exitRetry, "exitRetry");
  }

  /** A $1,000 paper account, the balanced profile, default exits, days from midnight New York, snapshots every 10 s. */
  public static RiskSettings defaults() {
    return new RiskSettings("paper", new BigDecimal("1000.00"), RiskProfile.BALANCED, Map.of(), Map.of(),
        "America/New_York", "00:00", Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(10));
  }

  /** The limits in force at start: the profile's with the overrides applied. */
  public RiskLimits effectiveLimits() {
    return profile.limits().with(new TreeMap<>(limits));
  }

  /** The exit rules in force at start. */
  public ExitRules effectiveExits() {
    ExitRules rules = ExitRules.defaults();
    for (Map.Entry<String, String> entry : new TreeMap<>(exits).entrySet()) {
      rules = rules.with(entry.getKey(), entry.getValue());
    }
    return rules;
  }

  /** The engine's settings (call after validation). */
  public RiskEngine.Settings toEngineSettings() {
    return new RiskEngine.Settings(AccountId.of(account), Money.parse(startingCash.toPlainString()),
        effectiveLimits(), effectiveExits(),
        new TradingDay(ZoneId.of(tradingDayZone), LocalTime.parse(tradingDayStart)), approvalTimeout.toNanos(),
        exitRetry.toNanos());
  }

  @Override
  public void validate(ConfigProblems problems) {
    try {
      AccountId.of(account);
    } catch (IllegalArgumentException e) {
      problems.at("account").fail(e.getMessage());
    }
    try {
      Money cash = Money.parse(startingCash.toPlainString());
      problems.check(cash.isPositive(), "startingCash", "must be positive, got " + startingCash.toPlainString());
    } catch (IllegalArgumentException | ArithmeticException e) {
      problems.at("startingCash").fail(e.getMessage());
    }
    RiskLimits base = profile.limits();
    for (Map.Entry<String, String> entry : new TreeMap<>(limits).entrySet()) {
      try {
        base = base.with(entry.getKey(), entry.getValue());
      } catch (IllegalArgumentException e) {
        problems.at("limits").at(entry.getKey()).fail(e.getMessage());
      }
    }
    ExitRules rules = ExitRules.defaults();
    for (Map.Entry<String, String> entry : new TreeMap<>(exits).entrySet()) {
      try {
        rules = rules.with(entry.getKey(), entry.getValue());
      } catch (IllegalArgumentException e) {
        problems.at("exits").at(entry.getKey()).fail(e.getMessage());
      }
    }
    try {
      ZoneId.of(tradingDayZone);
    } catch (DateTimeException e) {
      problems.at("tradingDayZone").fail("not a time zone: '" + tradingDayZone + "' (e.g. America/New_York, UTC)");
    }
    try {
      LocalTime.parse(tradingDayStart);
    } catch (DateTimeException e) {
      problems.at("tradingDayStart").fail("not a time of day HH:mm: '" + tradingDayStart + "'");
    }
    positive(problems, "snapshotInterval", snapshotInterval);
    positive(problems, "approvalTimeout", approvalTimeout);
    positive(problems, "exitRetry", exitRetry);
  }

  private static void positive(ConfigProblems problems, String key, Duration value) {
    problems.check(!value.isNegative() && !value.isZero(), key, "must be positive, got " + value);
  }
}
