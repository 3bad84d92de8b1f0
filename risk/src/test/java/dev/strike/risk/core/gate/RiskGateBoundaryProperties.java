package dev.strike.risk.core.gate;

import static dev.strike.risk.core.gate.GateFixtures.EVENT;
import static dev.strike.risk.core.gate.GateFixtures.NOW;
import static dev.strike.risk.core.gate.GateFixtures.SERIES;
import static dev.strike.risk.core.gate.GateFixtures.TICKER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.DenialReason.SizeBelowMinimum;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.gate.GateResult.Approved;
import dev.strike.risk.core.gate.GateResult.Denied;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.LongPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The size limits at their exact edge: one limit is set a few micro-dollars (or hundredths) around what {@code n}
 * contracts need, everything else is loose and Kelly asks for far more, so the gate must approve exactly the largest
 * whole number of contracts that fits, found here by brute force, and refuse when not even one does.
 */
class RiskGateBoundaryProperties {
  private static final KalshiFees FEES = KalshiFees.of(FeeType.QUADRATIC, BigDecimal.ONE);
  private static final RiskLimits LOOSE = RiskProfile.AGGRESSIVE.limits().toBuilder()
      .maxOrderQty(Qty.ofContracts(1_000_000)).maxPositionQty(Qty.ofContracts(1_000_000))
      .maxOrderNotional(Money.ofDollars(10_000_000)).maxTotalExposure(Money.ofDollars(10_000_000))
      .maxEventExposure(Money.ofDollars(10_000_000)).maxSeriesExposure(Money.ofDollars(10_000_000))
      .maxDailyLoss(Money.ofDollars(10_000_000)).maxConcurrentPositions(100)
      .kellyFraction(BigDecimal.ONE).minEdge(Money.ZERO).minConfidence(0.0)
      .minPrice(Price.ofCents(1)).maxPrice(Price.ofCents(99)).build();
  /** Kelly with p = 1 bets the whole $10M: far more than any tight limit allows. */
  private static final TestPortfolio RICH = TestPortfolio.flat("10000000");

  private final RiskGate gate = new RiskGate();

  enum Tight { CASH, TOTAL_EXPOSURE, EVENT_EXPOSURE, SERIES_EXPOSURE, ORDER_NOTIONAL, POSITION }

  @Property(tries = 2000)
  void shouldApproveExactlyTheLargestSizeThatFitsTheTightLimit(@ForAll Tight tight,
      @ForAll @LongRange(min = 1, max = 99) long cents, @ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll("nearby") long delta) {
    Price price = Price.ofCents(cents);
    Signal signal = GateFixtures.entry().probability(1.0).limit(price).build();
    long edge = tight == Tight.POSITION ? n * 100L + delta / 1_000 : cost(price, n) + delta;
    if (edge <= 0) {
      return;
    }
    Money other = Money.ofDollars(3);
    TestPortfolio portfolio = RICH;
    RiskLimits limits = LOOSE;
    LongPredicate fits; // in whole contracts
    switch (tight) {
      case CASH -> {
        portfolio = RICH.withCash(Money.ofMicros(edge));
        fits = m -> cost(price, m) <= edge;
      }
      case TOTAL_EXPOSURE -> {
        portfolio = withExposure(MarketTicker.of("KXETH15M-A"), other);
        limits = LOOSE.toBuilder().maxTotalExposure(other.plus(Money.ofMicros(edge))).build();
        fits = m -> cost(price, m) <= edge;
      }
      case EVENT_EXPOSURE -> {
        portfolio = withExposure(MarketTicker.of("KXBTC15M-26AUG171330-99"), other);
        limits = LOOSE.toBuilder().maxEventExposure(other.plus(Money.ofMicros(edge))).build();
        fits = m -> cost(price, m) <= edge;
      }
      case SERIES_EXPOSURE -> {
        portfolio = withExposure(MarketTicker.of("KXBTC15M-26AUG171330-99"), other);
        limits = LOOSE.toBuilder().maxSeriesExposure(other.plus(Money.ofMicros(edge))).build();
        fits = m -> cost(price, m) <= edge;
      }
      case ORDER_NOTIONAL -> {
        limits = LOOSE.toBuilder().maxOrderNotional(Money.ofMicros(edge)).build();
        fits = m -> price.notional(Qty.ofContracts(m), RoundingMode.UP).micros() <= edge;
      }
      case POSITION -> {
        portfolio = RICH.withPosition(TICKER, EVENT, SERIES, Side.YES, Qty.parse("2.5"), price);
        long room = edge;
        limits = LOOSE.toBuilder().maxPositionQty(Qty.ofHundredths(250 + room)).build();
        fits = m -> m * 100 <= room;
      }
      default -> throw new IllegalStateException();
    }
    long largest = 0;
    while (fits.test(largest + 1)) {
      largest++;
    }

    GateResult result = gate.check(signal, GateFixtures.market(), portfolio, new GateState(), limits, NOW);

    if (largest >= 1) {
      assertThat(result).isInstanceOf(Approved.class);
      assertThat(((Approved) result).qty()).isEqualTo(Qty.ofContracts(largest));
    } else {
      assertThat(result).isInstanceOf(Denied.class);
      assertThat(((Denied) result).reasons()).hasSize(2)
          .first().isEqualTo(new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)));
    }
  }

  @Provide
  Arbitrary<Long> nearby() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-20_000, 20_000), Arbitraries.of(-1L, 0L, 1L));
  }

  private static TestPortfolio withExposure(MarketTicker ticker, Money cost) {
    return RICH.withPending(new TestPortfolio.Pending(ticker, EVENT, SERIES, Side.NO, Qty.ofContracts(1), cost));
  }

  /** What {@code contracts} cost at {@code price}: the notional rounded up plus the taker fee of the order. */
  private static long cost(Price price, long contracts) {
    Qty qty = Qty.ofContracts(contracts);
    return price.notional(qty, RoundingMode.UP).plus(FEES.orderFee(price, qty, false)).micros();
  }
}
