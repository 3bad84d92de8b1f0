package dev.strike.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.DenialReason.BreakerOpen;
import dev.strike.common.event.DenialReason.ConfidenceBelowMinimum;
import dev.strike.common.event.DenialReason.EdgeBelowMinimum;
import dev.strike.common.event.DenialReason.OrderRateExceeded;
import dev.strike.common.event.DenialReason.PriceOutsideClamp;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import org.junit.jupiter.api.Test;

class DenialReasonValidationTest {

  @Test
  void shouldRejectConfidenceDenialWhenConfidenceIsAboveOne() {
    assertThatThrownBy(() -> new ConfidenceBelowMinimum(1.5, 0.6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be a finite number within [0, 1], got 1.5");
  }

  @Test
  void shouldRejectConfidenceDenialWhenMinimumIsNaN() {
    assertThatThrownBy(() -> new ConfidenceBelowMinimum(0.4, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minConfidence must be a finite number within [0, 1], got NaN");
  }

  @Test
  void shouldRejectEdgeDenialWhenEdgeIsMissing() {
    assertThatThrownBy(() -> new EdgeBelowMinimum(null, Money.parse("0.015")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("edge is required");
  }

  @Test
  void shouldAcceptEdgeDenialWhenEdgeIsNegative() {
    assertThat(new EdgeBelowMinimum(Money.parse("-0.02"), Money.parse("0.015")).edge().isNegative()).isTrue();
  }

  @Test
  void shouldRejectBreakerDenialWhenBreakerIsBlank() {
    assertThatThrownBy(() -> new BreakerOpen("", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("breaker must not be blank");
  }

  @Test
  void shouldRejectRateDenialWhenWindowIsBlank() {
    assertThatThrownBy(() -> new OrderRateExceeded(" ", 30, 31))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window must not be blank");
  }

  @Test
  void shouldRejectClampDenialWhenABoundIsMissing() {
    assertThatThrownBy(() -> new PriceOutsideClamp(Price.ofCents(97), Price.ofCents(5), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max is required");
  }
}
