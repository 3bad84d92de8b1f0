package dev.strike.risk.core.gate;

import static dev.strike.risk.core.gate.GateFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.GateStateSnapshot.BreakerTrip;
import dev.strike.common.money.Money;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BreakersTest {
  /** $50 or 500 bps of day-start equity, 1,500 bps drawdown, 3 losses in a row. */
  private static final RiskLimits LIMITS = RiskProfile.BALANCED.limits();
  private final Breakers breakers = new Breakers();
  private final GateState state = new GateState();

  /** Started the day (and peaked) at $2,000, so the $50 limit is the one that bites (500 bps would be $100). */
  private static TestPortfolio dayPnl(String dollars) {
    Money start = Money.ofDollars(2000);
    return TestPortfolio.flat("2000").withEquity(start.plus(Money.parse(dollars)));
  }

  private static TestPortfolio drawdownFromPeak(String peak, String equity) {
    return TestPortfolio.flat(peak).withEquity(Money.parse(equity)).withDayStartEquity(Money.parse(equity));
  }

  private static TestPortfolio losses(int count) {
    return TestPortfolio.flat("1000").withConsecutiveLosses(count);
  }

  // ---- thresholds

  @Test
  void shouldTripDailyLossWhenTheLossEqualsTheLimit() {
    var tripped = breakers.evaluate(dayPnl("-50"), LIMITS, state, NOW);

    assertThat(tripped).extracting(BreakerTrip::breaker).containsExactly(Breakers.DAILY_LOSS);
    assertThat(tripped.get(0).trippedAtNs()).isEqualTo(NOW);
    assertThat(tripped.get(0).detail()).contains("$-50.00", "$50.00");
    assertThat(state.trippedBreaker(Breakers.DAILY_LOSS)).isEqualTo(tripped.get(0));
  }

  @Test
  void shouldNotTripDailyLossWhenOneMicroDollarShortOfTheLimit() {
    assertThat(breakers.evaluate(dayPnl("-49.999999"), LIMITS, state, NOW)).isEmpty();
    assertThat(state.trippedBreakers()).isEmpty();
  }

  @Test
  void shouldTripDailyLossWhenTheLossReachesItsBasisPointsOfDayStartEquity() {
    // day start $800: 500 bps is $40, below the $50 limit
    TestPortfolio portfolio = TestPortfolio.flat("800").withEquity(Money.ofDollars(760));

    assertThat(breakers.evaluate(portfolio, LIMITS, state, NOW)).extracting(BreakerTrip::breaker)
        .containsExactly(Breakers.DAILY_LOSS);
  }

  @Test
  void shouldNotTripDailyLossWhenOneMicroDollarShortOfItsBasisPoints() {
    TestPortfolio portfolio = TestPortfolio.flat("800").withEquity(Money.parse("760.000001"));

    assertThat(breakers.evaluate(portfolio, LIMITS, state, NOW)).isEmpty();
  }

  @Test
  void shouldTripDrawdownWhenItEqualsTheLimit() {
    assertThat(breakers.evaluate(drawdownFromPeak("1000", "850"), LIMITS, state, NOW))
        .extracting(BreakerTrip::breaker).containsExactly(Breakers.DRAWDOWN);
  }

  @Test
  void shouldNotTripDrawdownWhenOneMicroDollarShortOfTheLimit() {
    assertThat(breakers.evaluate(drawdownFromPeak("1000", "850.000001"), LIMITS, state, NOW)).isEmpty();
  }

  @Test
  void shouldTripConsecutiveLossesWhenTheStreakEqualsTheLimit() {
    assertThat(breakers.evaluate(losses(3), LIMITS, state, NOW)).extracting(BreakerTrip::breaker)
        .containsExactly(Breakers.CONSECUTIVE_LOSSES);
  }

  @Test
  void shouldNotTripConsecutiveLossesWhenOneLossShortOfTheLimit() {
    assertThat(breakers.evaluate(losses(2), LIMITS, state, NOW)).isEmpty();
  }

  // ---- staying tripped

  @Test
  void shouldReportATripOnlyOnceWhenEvaluatedAgain() {
    breakers.evaluate(losses(3), LIMITS, state, NOW);

    assertThat(breakers.evaluate(losses(4), LIMITS, state, NOW + 1)).isEmpty();
    assertThat(state.trippedBreaker(Breakers.CONSECUTIVE_LOSSES).trippedAtNs()).isEqualTo(NOW);
  }

  @Test
  void shouldStayTrippedWhenTheConditionClears() {
    breakers.evaluate(dayPnl("-60"), LIMITS, state, NOW);

    breakers.evaluate(dayPnl("10"), LIMITS, state, NOW + 1);

    assertThat(state.trippedBreaker(Breakers.DAILY_LOSS)).isNotNull();
  }

  @Test
  void shouldClearTheTripWhenReset() {
    breakers.evaluate(dayPnl("-60"), LIMITS, state, NOW);

    assertThat(breakers.reset(Breakers.DAILY_LOSS, dayPnl("-60"), state)).containsExactly(Breakers.DAILY_LOSS);
    assertThat(state.trippedBreakers()).isEmpty();
  }

  @Test
  void shouldResetEveryBreakerWhenTheNameIsAll() {
    breakers.evaluate(losses(3).withEquity(Money.ofDollars(800)), LIMITS, state, NOW);

    assertThat(breakers.reset(Breakers.ALL, losses(3), state)).containsExactlyInAnyOrder(Breakers.DAILY_LOSS,
        Breakers.DRAWDOWN, Breakers.CONSECUTIVE_LOSSES);
    assertThat(state.trippedBreakers()).isEmpty();
  }

  @Test
  void shouldRejectAnUnknownBreakerWhenReset() {
    assertThatThrownBy(() -> breakers.reset("leverage", losses(0), state))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("daily_loss, drawdown");
  }

  // ---- baselines after a reset

  @Test
  void shouldNotTripAgainAtTheMeasureItWasResetAt() {
    breakers.evaluate(dayPnl("-60"), LIMITS, state, NOW);
    breakers.reset(Breakers.DAILY_LOSS, dayPnl("-60"), state);

    assertThat(breakers.evaluate(dayPnl("-60"), LIMITS, state, NOW + 1)).isEmpty();
    assertThat(state.breakerBaseline(Breakers.DAILY_LOSS)).isEqualTo(OptionalLong.of(60_000_000));
  }

  @Test
  void shouldTripAgainWhenTheLossGetsWorseThanAtTheReset() {
    breakers.evaluate(dayPnl("-60"), LIMITS, state, NOW);
    breakers.reset(Breakers.DAILY_LOSS, dayPnl("-60"), state);

    assertThat(breakers.evaluate(dayPnl("-60.000001"), LIMITS, state, NOW + 1)).extracting(BreakerTrip::breaker)
        .containsExactly(Breakers.DAILY_LOSS);
  }

  @Test
  void shouldTripAgainWhenTheStreakGrowsPastTheReset() {
    breakers.evaluate(losses(3), LIMITS, state, NOW);
    breakers.reset(Breakers.CONSECUTIVE_LOSSES, losses(3), state);

    assertThat(breakers.evaluate(losses(3), LIMITS, state, NOW + 1)).isEmpty();
    assertThat(breakers.evaluate(losses(4), LIMITS, state, NOW + 2)).hasSize(1);
  }

  @Test
  void shouldTripAtTheLimitAgainWhenAWinEndedTheStreakAfterTheReset() {
    breakers.evaluate(losses(4), LIMITS, state, NOW);
    breakers.reset(Breakers.CONSECUTIVE_LOSSES, losses(4), state);

    breakers.evaluate(losses(0), LIMITS, state, NOW + 1);

    assertThat(state.breakerBaseline(Breakers.CONSECUTIVE_LOSSES)).isEmpty();
    assertThat(breakers.evaluate(losses(3), LIMITS, state, NOW + 2)).hasSize(1);
  }

  @Test
  void shouldTripAtTheLimitAgainWhenANewEquityPeakEndedTheDrawdownAfterTheReset() {
    breakers.evaluate(drawdownFromPeak("1000", "800"), LIMITS, state, NOW);
    breakers.reset(Breakers.DRAWDOWN, drawdownFromPeak("1000", "800"), state);

    breakers.evaluate(drawdownFromPeak("1100", "1100"), LIMITS, state, NOW + 1);

    assertThat(breakers.evaluate(drawdownFromPeak("1100", "935"), LIMITS, state, NOW + 2)).hasSize(1);
  }

  @Test
  void shouldTripAtTheLimitAgainWhenANewTradingDayStartedAfterTheReset() {
    breakers.evaluate(dayPnl("-60"), LIMITS, state, NOW);
    breakers.reset(Breakers.DAILY_LOSS, dayPnl("-60"), state);

    breakers.onNewTradingDay(state);

    assertThat(breakers.evaluate(dayPnl("-50"), LIMITS, state, NOW + 1)).hasSize(1);
  }

  @Test
  void shouldReportWhatWouldTripWithoutChangingTheState() {
    var before = state.export();

    assertThat(breakers.wouldTrip(losses(3), LIMITS, state)).hasSize(1);
    assertThat(state.export()).isEqualTo(before);
  }
}
