package dev.strike.risk.core.gate;

import static dev.strike.risk.core.gate.GateFixtures.NOW;
import static dev.strike.risk.core.gate.GateFixtures.SECOND_NS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.GateStateSnapshot.BreakerTrip;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PositionView;
import dev.strike.risk.core.gate.GateResult.Approved;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The gate's invariants over random portfolios, limits and signals: an approved order, once applied, leaves every
 * limit respected; a halted gate approves nothing; a paused gate or a tripped breaker approves no entry but every
 * valid exit.
 */
class RiskGateProperties {
  private static final SeriesTicker BTC = SeriesTicker.of("KXBTC15M");
  private static final SeriesTicker ETH = SeriesTicker.of("KXETH15M");
  private static final EventTicker BTC_1330 = EventTicker.of("KXBTC15M-26AUG171330");
  private static final EventTicker BTC_1345 = EventTicker.of("KXBTC15M-26AUG171345");
  private static final EventTicker ETH_1330 = EventTicker.of("KXETH15M-26AUG171330");
  /** Five markets: two in one BTC event, one in another BTC event, one ETH, and one more in the first BTC event. */
  private static final List<MarketInfo> MARKETS = List.of(
      market("KXBTC15M-26AUG171330-10", BTC_1330, BTC),
      market("KXBTC15M-26AUG171330-20", BTC_1330, BTC),
      market("KXBTC15M-26AUG171345-10", BTC_1345, BTC),
      market("KXETH15M-26AUG171330-10", ETH_1330, ETH),
      market("KXBTC15M-26AUG171330-30", BTC_1330, BTC));
  private static final KalshiFees FEES = KalshiFees.of(FeeType.QUADRATIC, BigDecimal.ONE);

  private final RiskGate gate = new RiskGate();

  private static MarketInfo market(String ticker, EventTicker event, SeriesTicker series) {
    return GateFixtures.market(MarketTicker.of(ticker), event, series, MarketStatus.ACTIVE, NOW + 300 * SECOND_NS,
        FeeType.QUADRATIC);
  }

  record Case(TestPortfolio portfolio, RiskLimits limits, Signal signal, MarketInfo market) {}

  // ---- property 1: approvals stay within every limit

  @Property(tries = 1500)
  void shouldLeaveEveryLimitRespectedWhenAnApprovedOrderIsApplied(@ForAll("cases") Case c) {
    GateResult result = gate.check(c.signal(), c.market(), c.portfolio(), new GateState(), c.limits(), NOW);
    PositionView held = c.portfolio().position(c.signal().ticker());
    boolean exit = RiskGate.isExit(c.signal(), held);
    Statistics.label("decision").collect(result instanceof Approved ? (exit ? "exit" : "entry") : "denied");
    Statistics.label("decision").coverage(check -> check.check("entry").percentage(p -> p >= 5.0));
    if (result instanceof GateResult.Denied denied) {
      denied.reasons().forEach(r -> Statistics.label("reason").collect(r.getClass().getSimpleName()));
    }
    if (!(result instanceof Approved approved)) {
      return;
    }
    Qty qty = approved.qty();
    if (!exit) {
      String sizing = approved.sizing();
      Statistics.label("capped by").collect(sizing.substring(sizing.lastIndexOf("; ") + 2, sizing.lastIndexOf(" → ")));
    }
    if (exit) {
      assertThat(qty).isEqualTo(held.qty());
      return;
    }
    RiskLimits l = c.limits();
    boolean buy = c.signal().action() == Action.BUY;
    Side side = buy ? c.signal().side() : c.signal().side().opposite();
    Price price = buy ? c.signal().limitPrice() : c.signal().limitPrice().complement();
    Money notional = price.notional(qty, RoundingMode.UP);
    Money cost = notional.plus(FEES.orderFee(price, qty, false));
    Qty heldSameSide = held != null && held.side() == side ? held.qty() : Qty.ZERO;
    boolean newMarket = held == null && c.portfolio().pendingBuyQty(c.signal().ticker(), Side.YES).isZero()
        && c.portfolio().pendingBuyQty(c.signal().ticker(), Side.NO).isZero();

    assertThat(qty).isGreaterThanOrEqualTo(l.minOrderQty()).isLessThanOrEqualTo(l.maxOrderQty());
    assertThat(qty.hundredths() % Qty.HUNDREDTHS_PER_CONTRACT).as("whole contracts").isZero();
    assertThat(notional).as("order notional").isLessThanOrEqualTo(l.maxOrderNotional());
    assertThat(heldSameSide.plus(c.portfolio().pendingBuyQty(c.signal().ticker(), side)).plus(qty))
        .as("position").isLessThanOrEqualTo(l.maxPositionQty());
    assertThat(c.portfolio().totalExposure().plus(cost)).as("total exposure")
        .isLessThanOrEqualTo(l.maxTotalExposure());
    assertThat(c.portfolio().exposureOfEvent(c.market().eventTicker()).plus(cost)).as("event exposure")
        .isLessThanOrEqualTo(l.maxEventExposure());
    assertThat(c.portfolio().exposureOfSeries(c.market().seriesTicker()).plus(cost)).as("series exposure")
        .isLessThanOrEqualTo(l.maxSeriesExposure());
    assertThat(c.portfolio().availableCash().minus(cost).isNegative()).as("cash after the order").isFalse();
    if (newMarket) {
      // an order in a market already open adds no position, even where a lowered limit is already exceeded
      assertThat(c.portfolio().openPositionCount() + 1).as("open positions")
          .isLessThanOrEqualTo(l.maxConcurrentPositions());
    }
  }

  // ---- property 2: trading state and breakers

  @Property(tries = 500)
  void shouldNeverApproveWhenHalted(@ForAll("cases") Case c) {
    GateState state = new GateState();
    state.halt("operator");

    assertThat(gate.check(c.signal(), c.market(), c.portfolio(), state, c.limits(), NOW))
        .isNotInstanceOf(Approved.class);
  }

  @Property(tries = 500)
  void shouldNeverApproveAnEntryWhenPausedOrABreakerIsTripped(@ForAll("cases") Case c,
      @ForAll("blockers") GateState state) {
    boolean exit = RiskGate.isExit(c.signal(), c.portfolio().position(c.signal().ticker()));
    GateResult result = gate.check(c.signal(), c.market(), c.portfolio(), state, c.limits(), NOW);

    if (!exit) {
      assertThat(result).isNotInstanceOf(Approved.class);
    }
  }

  @Property(tries = 500)
  void shouldApproveEveryValidExitWhenPausedOrABreakerIsTripped(@ForAll("cases") Case c,
      @ForAll("blockers") GateState state, @ForAll boolean asExitKind) {
    TestPortfolio portfolio = c.portfolio();
    PositionView held = portfolio.position(c.market().ticker());
    if (held == null) {
      portfolio = portfolio.withPosition(c.market().ticker(), c.market().eventTicker(), c.market().seriesTicker(),
          Side.NO, Qty.parse("7.25"), Price.parse("0.40"));
      held = portfolio.position(c.market().ticker());
    }
    Signal exit = GateFixtures.entry().ticker(c.market().ticker()).side(held.side()).action(Action.SELL)
        .kind(asExitKind ? SignalKind.EXIT : SignalKind.ENTRY).edge("-0.5").confidence(0.0).build();

    GateResult result = gate.check(exit, c.market(), portfolio, state, c.limits(), NOW);

    assertThat(result).isInstanceOf(Approved.class);
    assertThat(((Approved) result).qty()).isEqualTo(held.qty());
  }

  // ---- generators

  /** Uniform, not jqwik's default bias toward small numbers: cash and limits should be of any size in the range. */
  private static Arbitrary<Long> uniform(long min, long max) {
    return Arbitraries.longs().between(min, max).withDistribution(RandomDistribution.uniform());
  }

  @Provide
  Arbitrary<GateState> blockers() {
    Arbitrary<String> breaker = Arbitraries.of(Breakers.NAMES);
    return Arbitraries.oneOf(
        Arbitraries.just(0).map(ignored -> {
          GateState state = new GateState();
          state.pause("operator");
          return state;
        }),
        breaker.map(name -> {
          GateState state = new GateState();
          state.trip(new BreakerTrip(name, NOW - SECOND_NS, name + " tripped"));
          return state;
        }));
  }

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(portfolios(), limits(), signals(), Arbitraries.integers().between(0, 4))
        .as((portfolio, limits, spec, market) -> new Case(portfolio, limits,
            spec.ticker(MARKETS.get(market).ticker()).build(), MARKETS.get(market)));
  }

  private record Holding(Side side, long qtyHundredths, long priceCents) {}

  private record Resting(Side side, long contracts, long reservedMicros) {}

  private Arbitrary<TestPortfolio> portfolios() {
    Arbitrary<Holding> holding = Combinators.combine(Arbitraries.of(Side.class),
        uniform(1, 20_000), uniform(1, 99)).as(Holding::new);
    Arbitrary<Resting> resting = Combinators.combine(Arbitraries.of(Side.class), uniform(1, 50),
        uniform(10_000, 50_000_000)).as(Resting::new);
    Arbitrary<List<Holding>> holdings = holding.injectNull(0.5).list().ofSize(MARKETS.size() - 1);
    Arbitrary<List<Resting>> restings = resting.injectNull(0.7).list().ofSize(MARKETS.size() - 1);
    Arbitrary<Long> dollarsMicros = uniform(0, 2_000_000_000L);
    Arbitrary<Long> swingMicros = uniform(-200_000_000L, 200_000_000L);
    return Combinators.combine(holdings, restings, dollarsMicros, dollarsMicros, swingMicros,
        uniform(0, 200_000_000L), Arbitraries.integers().between(0, 4))
        .as((held, rest, cash, equity, dayMove, belowPeak, losses) -> {
          TestPortfolio p = new TestPortfolio(Money.ofMicros(cash), Money.ofMicros(equity),
              Money.ofMicros(equity + belowPeak), Money.ofMicros(Math.max(0, equity - dayMove)), losses, List.of(),
              List.of());
          // the last market of MARKETS stays empty: a market the account has never touched
          for (int i = 0; i < MARKETS.size() - 1; i++) {
            MarketInfo m = MARKETS.get(i);
            Holding h = held.get(i);
            if (h != null) {
              p = p.withPosition(m.ticker(), m.eventTicker(), m.seriesTicker(), h.side(),
                  Qty.ofHundredths(h.qtyHundredths()), Price.ofCents(h.priceCents()));
            }
            Resting r = rest.get(i);
            if (r != null) {
              p = p.withPending(new TestPortfolio.Pending(m.ticker(), m.eventTicker(), m.seriesTicker(), r.side(),
                  Qty.ofContracts(r.contracts()), Money.ofMicros(r.reservedMicros())));
            }
          }
          return p;
        });
  }

  private Arbitrary<RiskLimits> limits() {
    Arbitrary<Long> contracts = uniform(1, 100);
    Arbitrary<Long> money = uniform(1_000_000L, 500_000_000L);
    Arbitrary<RiskLimits.Builder> sizes = Combinators.combine(contracts, contracts,
        uniform(1, 20_000), money, money, money, money, Arbitraries.integers().between(1, 6))
        .as((maxOrder, minOrder, maxPosition, notional, total, event, series, concurrent) ->
            RiskProfile.AGGRESSIVE.limits().toBuilder()
                .maxOrderQty(Qty.ofContracts(maxOrder))
                .minOrderQty(Qty.ofContracts(Math.min(maxOrder, 1 + minOrder % 3)))
                .maxPositionQty(Qty.ofHundredths(maxPosition))
                .maxOrderNotional(Money.ofMicros(notional))
                .maxTotalExposure(Money.ofMicros(total))
                .maxEventExposure(Money.ofMicros(event))
                .maxSeriesExposure(Money.ofMicros(series))
                .maxConcurrentPositions(concurrent));
    // breakers mostly out of the way (10,000 bps is only reached with nothing left), so that entries get sized
    Arbitrary<Long> bps = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(10_000L)),
        Tuple.of(1, uniform(100, 10_000)));
    return Combinators.combine(sizes, Arbitraries.integers().between(1, 100), Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(Money.ofDollars(1_000_000))), Tuple.of(1, money.map(Money::ofMicros))),
            bps)
        .as((builder, kellyPercent, dailyLoss, breakerBps) -> builder
            .kellyFraction(BigDecimal.valueOf(kellyPercent, 2))
            .minEdge(Money.ZERO).minConfidence(0.0)
            .minPrice(Price.ofCents(1)).maxPrice(Price.ofCents(99))
            .maxDailyLoss(dailyLoss).maxDailyLossBps(breakerBps).maxDrawdownBps(breakerBps).maxConsecutiveLosses(5)
            .build());
  }

  private Arbitrary<GateFixtures.SignalSpec> signals() {
    return Combinators.combine(Arbitraries.of(SignalKind.ENTRY, SignalKind.ENTRY, SignalKind.QUOTE, SignalKind.EXIT),
        Arbitraries.of(Side.class), Arbitraries.of(Action.BUY, Action.BUY, Action.SELL),
        Arbitraries.doubles().between(-0.2, 0.6), uniform(1, 99))
        .as((kind, side, action, edge, cents) -> {
          // the model's probability of the side bought sits around the price it pays, mostly above it
          double paid = action == Action.BUY ? cents / 100.0 : 1.0 - cents / 100.0;
          double win = Math.max(0.0, Math.min(1.0, paid + edge));
          return GateFixtures.entry().kind(kind).side(side).action(action)
              .probability(action == Action.BUY ? win : 1.0 - win).limit(Price.ofCents(cents));
        });
  }
}
