package dev.strike.common.event;

import dev.strike.common.event.ControlCommand.HaltTrading;
import dev.strike.common.event.ControlCommand.PauseTrading;
import dev.strike.common.event.ControlCommand.ResetBreaker;
import dev.strike.common.event.ControlCommand.ResumeTrading;
import dev.strike.common.event.ControlCommand.SetParameter;
import dev.strike.common.event.ControlCommand.SetStrategyEnabled;
import dev.strike.common.event.DenialReason.BreakerOpen;
import dev.strike.common.event.DenialReason.ConfidenceBelowMinimum;
import dev.strike.common.event.DenialReason.ConsecutiveLossesReached;
import dev.strike.common.event.DenialReason.CooldownActive;
import dev.strike.common.event.DenialReason.DailyLossLimitReached;
import dev.strike.common.event.DenialReason.DrawdownLimitReached;
import dev.strike.common.event.DenialReason.EdgeBelowMinimum;
import dev.strike.common.event.DenialReason.EventConcentrationExceeded;
import dev.strike.common.event.DenialReason.InsufficientCash;
import dev.strike.common.event.DenialReason.MarketDataUnavailable;
import dev.strike.common.event.DenialReason.MarketNotTradable;
import dev.strike.common.event.DenialReason.MaxConcurrentPositionsReached;
import dev.strike.common.event.DenialReason.MaxPositionExceeded;
import dev.strike.common.event.DenialReason.OrderNotionalExceeded;
import dev.strike.common.event.DenialReason.OrderRateExceeded;
import dev.strike.common.event.DenialReason.OrderSizeExceeded;
import dev.strike.common.event.DenialReason.OutsideTimeToCloseWindow;
import dev.strike.common.event.DenialReason.PriceOutsideClamp;
import dev.strike.common.event.DenialReason.SeriesConcentrationExceeded;
import dev.strike.common.event.DenialReason.SeriesNotAllowed;
import dev.strike.common.event.DenialReason.SignalExpired;
import dev.strike.common.event.DenialReason.SizeBelowMinimum;
import dev.strike.common.event.DenialReason.StrategyNotAllowed;
import dev.strike.common.event.DenialReason.TotalExposureExceeded;
import dev.strike.common.event.DenialReason.TradingPaused;
import dev.strike.common.id.AccountId;
import dev.strike.common.id.AlertId;
import dev.strike.common.id.Asset;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.SourceId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGridArbitraries;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.Tuple.Tuple4;
import net.jqwik.api.Tuple.Tuple5;
import net.jqwik.api.Tuple.Tuple6;

/**
 * jqwik arbitraries of valid instances of every concrete event and denial-reason type: each respects every
 * constructor invariant (ascending book levels, floor below cap, {@code clientOrderId = forIntent(intentId)},
 * probabilities in [0, 1], positive sizes where required, a payout matching the result, …) and otherwise ranges
 * widely: full {@code long} ranges, any finite double, decimals of any scale, text with quotes, backslashes,
 * control characters and non-BMP code points, absent nullable fields. Use {@link #forType(Class)}; a type that is
 * registered with the codec but missing here fails {@code RoundTripProperties}.
 */
public final class EventArbitraries {
  private EventArbitraries() {}

  private static final Map<Class<?>, Arbitrary<?>> BY_TYPE = registry();

  /** Valid instances of {@code type}. */
  public static <T> Arbitrary<T> forType(Class<T> type) {
    Arbitrary<?> arbitrary = BY_TYPE.get(type);
    if (arbitrary == null) {
      throw new IllegalArgumentException("no arbitrary for " + type.getName() + ": add one to EventArbitraries");
    }
    return arbitrary.map(type::cast);
  }

  /** The types {@link #forType(Class)} knows. */
  public static Set<Class<?>> types() {
    return BY_TYPE.keySet();
  }

  /** Any event, every concrete type equally likely. */
  public static Arbitrary<StrikeEvent> events() {
    return oneOfTypes(StrikeEvent.class);
  }

  /** Any denial reason, every concrete type equally likely. */
  public static Arbitrary<DenialReason> denialReasons() {
    return oneOfTypes(DenialReason.class);
  }

  private static <F> Arbitrary<F> oneOfTypes(Class<F> family) {
    List<Arbitrary<F>> arbitraries = BY_TYPE.keySet().stream()
        .filter(family::isAssignableFrom)
        .map(type -> forType(type).map(family::cast))
        .collect(Collectors.toList());
    return Arbitraries.oneOf(arbitraries);
  }

  private static Map<Class<?>, Arbitrary<?>> registry() {
    Map<Class<?>, Arbitrary<?>> map = new LinkedHashMap<>();
    put(map, MarketInfo.class, marketInfos());
    put(map, BookSnapshot.class, bookSnapshots());
    put(map, BookDelta.class, bookDeltas());
    put(map, BookGap.class, bookGaps());
    put(map, MarketTrade.class, marketTrades());
    put(map, SpotTick.class, spotTicks());
    put(map, Signal.class, signals());
    put(map, OrderApproved.class, orderApproveds());
    put(map, OrderDenied.class, orderDenieds());
    put(map, OrderSubmitted.class, orderSubmitteds());
    put(map, OrderAccepted.class, orderAccepteds());
    put(map, OrderRejected.class, orderRejecteds());
    put(map, OrderAmended.class, orderAmendeds());
    put(map, OrderCanceled.class, orderCanceleds());
    put(map, OrderExpired.class, orderExpireds());
    put(map, Fill.class, fills());
    put(map, MarketSettled.class, marketSettleds());
    put(map, PortfolioSnapshot.class, portfolioSnapshots());
    put(map, PauseTrading.class, Combinators.combine(commandIds(), texts(), texts(), times())
        .as((id, by, reason, t) -> new PauseTrading(id, by, reason, t.get1(), t.get2())));
    put(map, ResumeTrading.class, Combinators.combine(commandIds(), texts(), times())
        .as((id, by, t) -> new ResumeTrading(id, by, t.get1(), t.get2())));
    put(map, HaltTrading.class, Combinators.combine(commandIds(), texts(), texts(), times())
        .as((id, by, reason, t) -> new HaltTrading(id, by, reason, t.get1(), t.get2())));
    put(map, ResetBreaker.class, Combinators.combine(commandIds(), texts(), texts(), times())
        .as((id, by, breaker, t) -> new ResetBreaker(id, by, breaker, t.get1(), t.get2())));
    put(map, SetStrategyEnabled.class, Combinators.combine(commandIds(), texts(), strategyIds(), booleans(), times())
        .as((id, by, strategy, enabled, t) -> new SetStrategyEnabled(id, by, strategy, enabled, t.get1(), t.get2())));
    put(map, SetParameter.class, Combinators.combine(commandIds(), texts(), texts(), anyTexts(), times())
        .as((id, by, key, value, t) -> new SetParameter(id, by, key, value, t.get1(), t.get2())));
    put(map, Alert.class, alerts());
    put(map, DeadLetter.class, deadLetters());

    put(map, EdgeBelowMinimum.class, Combinators.combine(moneys(), moneys()).as(EdgeBelowMinimum::new));
    put(map, ConfidenceBelowMinimum.class,
        Combinators.combine(probabilities(), probabilities()).as(ConfidenceBelowMinimum::new));
    put(map, StrategyNotAllowed.class, strategyIds().map(StrategyNotAllowed::new));
    put(map, SeriesNotAllowed.class, seriesTickers().map(SeriesNotAllowed::new));
    put(map, MarketNotTradable.class, Arbitraries.of(MarketStatus.class).map(MarketNotTradable::new));
    put(map, OutsideTimeToCloseWindow.class, Combinators.combine(anyLongs(), anyLongs(), anyLongs())
        .as(OutsideTimeToCloseWindow::new));
    put(map, SignalExpired.class, Combinators.combine(anyLongs(), anyLongs()).as(SignalExpired::new));
    put(map, OrderSizeExceeded.class, Combinators.combine(qtys(), qtys()).as(OrderSizeExceeded::new));
    put(map, OrderNotionalExceeded.class, Combinators.combine(moneys(), moneys()).as(OrderNotionalExceeded::new));
    put(map, SizeBelowMinimum.class, Combinators.combine(qtys(), qtys()).as(SizeBelowMinimum::new));
    put(map, MaxPositionExceeded.class, Combinators.combine(qtys(), qtys()).as(MaxPositionExceeded::new));
    put(map, MaxConcurrentPositionsReached.class, Combinators.combine(anyInts(), anyInts())
        .as(MaxConcurrentPositionsReached::new));
    put(map, TotalExposureExceeded.class, Combinators.combine(moneys(), moneys()).as(TotalExposureExceeded::new));
    put(map, EventConcentrationExceeded.class, Combinators.combine(eventTickers(), moneys(), moneys())
        .as(EventConcentrationExceeded::new));
    put(map, SeriesConcentrationExceeded.class, Combinators.combine(seriesTickers(), moneys(), moneys())
        .as(SeriesConcentrationExceeded::new));
    put(map, DailyLossLimitReached.class, Combinators.combine(moneys(), moneys(), anyLongs(), anyLongs())
        .as(DailyLossLimitReached::new));
    put(map, DrawdownLimitReached.class, Combinators.combine(anyLongs(), anyLongs(), moneys(), moneys())
        .as(DrawdownLimitReached::new));
    put(map, ConsecutiveLossesReached.class, Combinators.combine(anyInts(), anyInts())
        .as(ConsecutiveLossesReached::new));
    put(map, BreakerOpen.class, Combinators.combine(texts(), anyLongs()).as(BreakerOpen::new));
    put(map, OrderRateExceeded.class, Combinators.combine(texts(), anyInts(), anyInts())
        .as(OrderRateExceeded::new));
    put(map, CooldownActive.class, anyLongs().map(CooldownActive::new));
    put(map, PriceOutsideClamp.class, Combinators.combine(prices(), prices(), prices()).as(PriceOutsideClamp::new));
    put(map, InsufficientCash.class, Combinators.combine(moneys(), moneys()).as(InsufficientCash::new));
    put(map, TradingPaused.class, texts().map(TradingPaused::new));
    put(map, MarketDataUnavailable.class, texts().map(MarketDataUnavailable::new));
    return map;
  }

  private static <T> void put(Map<Class<?>, Arbitrary<?>> map, Class<T> type, Arbitrary<? extends T> arbitrary) {
    map.put(type, arbitrary);
  }

  // ---- events

  static Arbitrary<MarketInfo> marketInfos() {
    Arbitrary<Tuple6<MarketTicker, EventTicker, SeriesTicker, String, String, MarketStatus>> names =
        Combinators.combine(marketTickers(), eventTickers(), seriesTickers(), anyTexts(), anyTexts(),
            Arbitraries.of(MarketStatus.class)).as(Tuple::of);
    Arbitrary<Tuple3<Long, Long, Long>> schedule = Combinators.combine(timestamps(), timestamps(), timestamps())
        .as((a, b, expected) -> Tuple.of(Math.min(a, b), Math.max(a, b), expected));
    Arbitrary<Tuple3<MarketResult, Price, BigDecimal>> outcome = Combinators.combine(
            Arbitraries.of(MarketResult.class).injectNull(0.5), prices().injectNull(0.5), decimals().injectNull(0.5))
        .as(Tuple::of);
    Arbitrary<Tuple2<FeeType, BigDecimal>> fees =
        Combinators.combine(Arbitraries.of(FeeType.class), nonNegativeDecimals()).as(Tuple::of);
    return Combinators.combine(names, strikes(), schedule, PriceGridArbitraries.grids(), fees, outcome,
            withExtremes(Arbitraries.integers().greaterOrEqual(0), List.of(0, Integer.MAX_VALUE)), times())
        .as((n, s, t, grid, fee, o, exchangeIndex, ts) -> new MarketInfo(n.get1(), n.get2(), n.get3(), n.get4(),
            n.get5(), n.get6(), s.get1(), s.get2(), s.get3(), t.get1(), t.get2(), t.get3(), grid, fee.get1(),
            fee.get2(), o.get1(), o.get2(), o.get3(), exchangeIndex, ts.get1(), ts.get2()));
  }

  /** Strike type with the bounds it needs, sometimes also the ones it doesn't; floor below cap when both. */
  static Arbitrary<Tuple3<StrikeType, BigDecimal, BigDecimal>> strikes() {
    return Combinators.combine(Arbitraries.of(StrikeType.class), decimals(), positiveDecimals(), booleans(),
            booleans())
        .as((type, floor, width, extraFloor, extraCap) -> {
          BigDecimal f = type.needsFloor() || extraFloor ? floor : null;
          BigDecimal c = type.needsCap() || extraCap ? (f == null ? floor : f.add(width)) : null;
          return Tuple.of(type, f, c);
        });
  }

  static Arbitrary<BookSnapshot> bookSnapshots() {
    return Combinators.combine(marketTickers(), nonNegativeLongs(), nonNegativeLongs(), ladders(), ladders(),
            times())
        .as((ticker, sid, seq, yes, no, t) -> new BookSnapshot(ticker, sid, seq, yes, no, t.get1(), t.get2()));
  }

  /** Levels with distinct prices, ascending. */
  static Arbitrary<List<BookLevel>> ladders() {
    return Combinators.combine(prices(), positiveQtys()).as(BookLevel::new)
        .list().ofMaxSize(20).uniqueElements(BookLevel::price)
        .map(levels -> levels.stream().sorted(Comparator.comparing(BookLevel::price)).collect(Collectors.toList()));
  }

  static Arbitrary<BookDelta> bookDeltas() {
    return Combinators.combine(marketTickers(), nonNegativeLongs(), nonNegativeLongs(), sides(), prices(),
            anyLongs().filter(delta -> delta != 0), clientOrderIds().injectNull(0.5),
            Combinators.combine(tops().injectNull(0.3), times()).as(Tuple::of))
        .as((ticker, sid, seq, side, price, delta, order, t) -> new BookDelta(ticker, sid, seq, side, price, delta,
            order, t.get1(), t.get2().get1(), t.get2().get2()));
  }

  /** Any top of book: each side present (price with a positive size) or empty. */
  static Arbitrary<TopOfBook> tops() {
    return Combinators.combine(ladders(), ladders()).as((yes, no) -> TopOfBook.of(yes, no));
  }

  static Arbitrary<BookGap> bookGaps() {
    return Combinators.combine(marketTickers(), nonNegativeLongs(), nonNegativeLongs(), nonNegativeLongs(), texts(),
            times())
        .as((ticker, sid, expected, received, reason, t) -> new BookGap(ticker, sid, expected, received, reason,
            t.get1(), t.get2()));
  }

  static Arbitrary<MarketTrade> marketTrades() {
    return Combinators.combine(tradeIds(), marketTickers(), prices(), positiveQtys(), sides(), booleans(), times())
        .as((id, ticker, price, qty, taker, block, t) -> new MarketTrade(id, ticker, price, qty, taker, block,
            t.get1(), t.get2()));
  }

  static Arbitrary<SpotTick> spotTicks() {
    return Combinators.combine(assets(), sourceIds(), positiveDecimals(), nonNegativeDecimals(), times())
        .as((asset, source, price, size, t) -> new SpotTick(asset, source, price, size, t.get1(), t.get2()));
  }

  static Arbitrary<Signal> signals() {
    Arbitrary<Tuple3<SignalId, StrategyId, MarketTicker>> ids =
        Combinators.combine(signalIds(), strategyIds(), marketTickers()).as(Tuple::of);
    Arbitrary<Tuple3<SignalKind, Side, Action>> what =
        Combinators.combine(Arbitraries.of(SignalKind.class), sides(), actions()).as(Tuple::of);
    Arbitrary<Tuple4<Long, String, Map<String, Double>, Tuple2<Long, Long>>> rest = Combinators.combine(
            withExtremes(Arbitraries.longs().greaterOrEqual(1), List.of(1L, Long.MAX_VALUE)), texts(),
            Arbitraries.maps(mapKeys(), finiteDoubles()).ofMaxSize(6), times())
        .as(Tuple::of);
    return Combinators.combine(ids, what, probabilities(), prices(), moneys(), probabilities(), prices(), rest)
        .as((i, w, model, market, edge, confidence, limit, r) -> new Signal(i.get1(), i.get2(), i.get3(), w.get1(),
            w.get2(), w.get3(), model, market, edge, confidence, limit, r.get1(), r.get2(), new TreeMap<>(r.get3()),
            r.get4().get1(), r.get4().get2()));
  }

  /** Intents as the risk gate makes them: derived client order id, tradable price, GTC-only expiry and post-only. */
  public static Arbitrary<OrderIntent> orderIntents() {
    Arbitrary<Tuple4<IntentId, SignalId, StrategyId, MarketTicker>> ids =
        Combinators.combine(intentIds(), signalIds(), strategyIds(), marketTickers()).as(Tuple::of);
    Arbitrary<Tuple4<TimeInForce, Boolean, Boolean, Long>> execution = Arbitraries.of(TimeInForce.class)
        .flatMap(tif -> tif == TimeInForce.GTC
            ? Combinators.combine(booleans(), booleans(),
                    Arbitraries.oneOf(List.of(Arbitraries.just(0L), timestamps())))
                .as((postOnly, reduceOnly, expiresAt) -> Tuple.of(tif, postOnly, reduceOnly, expiresAt))
            : booleans().map(reduceOnly -> Tuple.of(tif, false, reduceOnly, 0L)));
    return Combinators.combine(ids, sides(), actions(), tradablePrices(), positiveQtys(), execution)
        .as((i, side, action, price, qty, x) -> new OrderIntent(i.get1(), ClientOrderId.forIntent(i.get1()),
            i.get2(), i.get3(), i.get4(), side, action, price, qty, x.get1(), x.get2(), x.get3(), x.get4()));
  }

  static Arbitrary<OrderApproved> orderApproveds() {
    return Combinators.combine(orderIntents(), texts(), times())
        .as((intent, sizing, t) -> new OrderApproved(intent, sizing, t.get1(), t.get2()));
  }

  static Arbitrary<OrderDenied> orderDenieds() {
    Arbitrary<List<DenialReason>> reasons =
        Arbitraries.lazy(EventArbitraries::denialReasons).list().ofMinSize(1).ofMaxSize(5);
    return Combinators.combine(signalIds(), strategyIds(), marketTickers(), sides(), actions(), reasons, times())
        .as((signal, strategy, ticker, side, action, why, t) -> new OrderDenied(signal, strategy, ticker, side,
            action, why, t.get1(), t.get2()));
  }

  static Arbitrary<OrderSubmitted> orderSubmitteds() {
    return Combinators.combine(orderIntents(), venues(), times())
        .as((intent, venue, t) -> OrderSubmitted.of(intent, venue, t.get1(), t.get2()));
  }

  /** The ids every order event carries, with the client order id derived from the intent. */
  private record OrderKey(ClientOrderId clientOrderId, IntentId intentId, StrategyId strategy, MarketTicker ticker,
      Venue venue) {}

  private static Arbitrary<OrderKey> orderKeys() {
    return Combinators.combine(intentIds(), strategyIds(), marketTickers(), venues())
        .as((intent, strategy, ticker, venue) -> new OrderKey(ClientOrderId.forIntent(intent), intent, strategy,
            ticker, venue));
  }

  static Arbitrary<OrderAccepted> orderAccepteds() {
    return Combinators.combine(orderKeys(), venueOrderIds(), qtys(), qtys(), times())
        .as((k, venueOrder, filled, resting, t) -> new OrderAccepted(k.clientOrderId(), k.intentId(), k.strategy(),
            k.ticker(), k.venue(), venueOrder, filled, resting, t.get1(), t.get2()));
  }

  static Arbitrary<OrderRejected> orderRejecteds() {
    return Combinators.combine(orderKeys(), texts(), anyTexts(), times())
        .as((k, code, message, t) -> new OrderRejected(k.clientOrderId(), k.intentId(), k.strategy(), k.ticker(),
            k.venue(), code, message, t.get1(), t.get2()));
  }

  static Arbitrary<OrderAmended> orderAmendeds() {
    return Combinators.combine(orderKeys(), venueOrderIds(), prices(), qtys(), times())
        .as((k, venueOrder, price, resting, t) -> new OrderAmended(k.clientOrderId(), k.intentId(), k.strategy(),
            k.ticker(), k.venue(), venueOrder, price, resting, t.get1(), t.get2()));
  }

  static Arbitrary<OrderCanceled> orderCanceleds() {
    return Combinators.combine(orderKeys(), venueOrderIds().injectNull(0.3), qtys(),
            Arbitraries.of(CancelReason.class), times())
        .as((k, venueOrder, canceled, reason, t) -> new OrderCanceled(k.clientOrderId(), k.intentId(), k.strategy(),
            k.ticker(), k.venue(), venueOrder, canceled, reason, t.get1(), t.get2()));
  }

  static Arbitrary<OrderExpired> orderExpireds() {
    return Combinators.combine(orderKeys(), venueOrderIds().injectNull(0.3), qtys(), times())
        .as((k, venueOrder, expired, t) -> new OrderExpired(k.clientOrderId(), k.intentId(), k.strategy(),
            k.ticker(), k.venue(), venueOrder, expired, t.get1(), t.get2()));
  }

  static Arbitrary<Fill> fills() {
    Arbitrary<Tuple3<Side, Action, Liquidity>> how =
        Combinators.combine(sides(), actions(), Arbitraries.of(Liquidity.class)).as(Tuple::of);
    return Combinators.combine(tradeIds(), orderKeys(), venueOrderIds().injectNull(0.3), how, prices(),
            positiveQtys(), nonNegativeMoneys(), times())
        .as((trade, k, venueOrder, h, price, qty, fee, t) -> new Fill(trade, k.clientOrderId(), venueOrder,
            k.intentId(), k.strategy(), k.ticker(), k.venue(), h.get1(), h.get2(), price, qty, fee, h.get3(),
            t.get1(), t.get2()));
  }

  static Arbitrary<MarketSettled> marketSettleds() {
    Arbitrary<Tuple2<MarketResult, Price>> outcome = Arbitraries.of(MarketResult.class).flatMap(result -> {
      switch (result) {
        case YES:
          return Arbitraries.just(Tuple.of(result, Price.ONE));
        case NO:
          return Arbitraries.just(Tuple.of(result, Price.ZERO));
        default:
          return prices().map(payout -> Tuple.of(result, payout));
      }
    });
    return Combinators.combine(marketTickers(), accountIds(), venues(), outcome, qtys(), qtys(),
            Combinators.combine(nonNegativeMoneys(), nonNegativeMoneys()).as(Tuple::of), times())
        .as((ticker, account, venue, o, yes, no, paid, t) -> new MarketSettled(ticker, account, venue, o.get1(),
            o.get2(), yes, no, paid.get1(), paid.get2(), t.get1(), t.get2()));
  }

  static Arbitrary<PortfolioSnapshot> portfolioSnapshots() {
    Arbitrary<Tuple5<Money, Money, Money, Money, Money>> money =
        Combinators.combine(moneys(), nonNegativeMoneys(), moneys(), moneys(), moneys()).as(Tuple::of);
    Arbitrary<PositionSnapshot> positions = Combinators.combine(marketTickers(), eventTickers(), seriesTickers(),
            sides(), positiveQtys(), moneys(), moneys())
        .as(PositionSnapshot::new);
    return Combinators.combine(accountIds(), money, positions.list().ofMaxSize(5),
            Arbitraries.maps(mapKeys(), nonNegativeLongs()).ofMaxSize(6), times())
        .as((account, m, held, offsets, t) -> new PortfolioSnapshot(account, m.get1(), m.get2(), m.get3(), m.get4(),
            m.get5(), held, new TreeMap<>(offsets), t.get1(), t.get2()));
  }

  static Arbitrary<Alert> alerts() {
    return Combinators.combine(alertIds(), Arbitraries.of(Severity.class), snakeCase(), texts(),
            Arbitraries.maps(mapKeys(), decimals()).ofMaxSize(6), times())
        .as((id, severity, kind, text, numbers, t) -> new Alert(id, severity, kind, text, new TreeMap<>(numbers),
            t.get1(), t.get2()));
  }

  static Arbitrary<DeadLetter> deadLetters() {
    return Combinators.combine(texts(),
            withExtremes(Arbitraries.integers().greaterOrEqual(-1), List.of(-1, Integer.MAX_VALUE)),
            withExtremes(Arbitraries.longs().greaterOrEqual(-1), List.of(-1L, Long.MAX_VALUE)),
            byteArrays().injectNull(0.2), byteArrays().injectNull(0.2), texts(), texts(), times())
        .as((source, partition, offset, key, value, kind, error, t) -> new DeadLetter(source, partition, offset, key,
            value, kind, error, t.get1(), t.get2()));
  }

  // ---- building blocks

  /** Epoch nanoseconds: mostly around 2024–2030, sometimes anywhere in the non-negative long range. */
  public static Arbitrary<Long> timestamps() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(1_700_000_000_000_000_000L, 1_900_000_000_000_000_000L)),
        Tuple.of(1, nonNegativeLongs()));
  }

  /** A (tsEvent, tsInit) pair. */
  public static Arbitrary<Tuple2<Long, Long>> times() {
    return Combinators.combine(timestamps(), timestamps()).as(Tuple::of);
  }

  static Arbitrary<Long> nonNegativeLongs() {
    return withExtremes(Arbitraries.longs().greaterOrEqual(0), List.of(0L, 1L, Long.MAX_VALUE));
  }

  /** Any long, the extremes included. */
  static Arbitrary<Long> anyLongs() {
    return withExtremes(Arbitraries.longs(), List.of(Long.MIN_VALUE, -1L, 0L, Long.MAX_VALUE));
  }

  /** Any int, the extremes included. */
  static Arbitrary<Integer> anyInts() {
    return withExtremes(Arbitraries.integers(), List.of(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE));
  }

  /**
   * {@code base}, and one time in ten one of {@code extremes}. The round-trip properties mix all types, where
   * jqwik's own edge cases would go to the first few types only, so extremes are drawn here instead.
   */
  static <T> Arbitrary<T> withExtremes(Arbitrary<T> base, List<T> extremes) {
    return Arbitraries.frequencyOf(Tuple.of(9, base), Tuple.of(1, Arbitraries.of(extremes)));
  }

  static Arbitrary<Boolean> booleans() {
    return Arbitraries.of(true, false);
  }

  static Arbitrary<Side> sides() {
    return Arbitraries.of(Side.class);
  }

  static Arbitrary<Action> actions() {
    return Arbitraries.of(Action.class);
  }

  static Arbitrary<Venue> venues() {
    return Arbitraries.of(Venue.class);
  }

  /** Any price from $0 to $1. */
  public static Arbitrary<Price> prices() {
    return withExtremes(Arbitraries.longs().between(0, Price.MICROS_PER_DOLLAR),
            List.of(0L, Price.MICROS_PER_DOLLAR))
        .map(Price::ofMicros);
  }

  /** Prices strictly between $0 and $1. */
  public static Arbitrary<Price> tradablePrices() {
    return Arbitraries.longs().between(1, Price.MICROS_PER_DOLLAR - 1).map(Price::ofMicros);
  }

  /** Any quantity, zero included. */
  public static Arbitrary<Qty> qtys() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(0, 10_000_000)), Tuple.of(1, nonNegativeLongs()))
        .map(Qty::ofHundredths);
  }

  /** Quantities above zero. */
  public static Arbitrary<Qty> positiveQtys() {
    return qtys().filter(qty -> !qty.isZero());
  }

  /** Any amount of money, negative included. */
  public static Arbitrary<Money> moneys() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)),
        Tuple.of(1, anyLongs()))
        .map(Money::ofMicros);
  }

  /** Amounts of zero or more. */
  public static Arbitrary<Money> nonNegativeMoneys() {
    return moneys().map(m -> m.isNegative() ? Money.ofMicros(-(m.micros() + 1)) : m);
  }

  /** Every double in [0, 1] (−0.0 included), not just short decimals. */
  public static Arbitrary<Double> probabilities() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.longs().between(0, Double.doubleToLongBits(1.0)).map(Double::longBitsToDouble)),
        Tuple.of(2, Arbitraries.doubles().between(0.0, 1.0)),
        Tuple.of(1, Arbitraries.of(0.0, -0.0, 1.0, 0.5, Double.MIN_VALUE, Math.nextDown(1.0))));
  }

  /** Any finite double, with its full precision. */
  public static Arbitrary<Double> finiteDoubles() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)),
        Tuple.of(2, Arbitraries.doubles()),
        Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300)));
  }

  /** Decimals of scale 0 to 12, any sign; BigDecimal equality is scale-sensitive, so scales must survive. */
  public static Arbitrary<BigDecimal> decimals() {
    return Combinators.combine(anyLongs(), Arbitraries.integers().between(0, 12)).as(BigDecimal::valueOf);
  }

  static Arbitrary<BigDecimal> positiveDecimals() {
    return Combinators.combine(withExtremes(Arbitraries.longs().greaterOrEqual(1), List.of(1L, Long.MAX_VALUE)),
            Arbitraries.integers().between(0, 12))
        .as(BigDecimal::valueOf);
  }

  static Arbitrary<BigDecimal> nonNegativeDecimals() {
    return Combinators.combine(nonNegativeLongs(), Arbitraries.integers().between(0, 12)).as(BigDecimal::valueOf);
  }

  static Arbitrary<byte[]> byteArrays() {
    return Arbitraries.bytes().list().ofMaxSize(64).map(list -> {
      byte[] bytes = new byte[list.size()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = list.get(i);
      }
      return bytes;
    });
  }

  /** Text an id accepts: 1 to 40 visible code points (ASCII mostly, also Latin-1, CJK, emoji), or 128 ASCII. */
  public static Arbitrary<String> idTexts() {
    Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.integers().between(0x21, 0x7e)),
        Tuple.of(2, Arbitraries.integers().between(0xa1, 0xff)),
        Tuple.of(1, Arbitraries.integers().between(0x4e00, 0x4eff)),
        Tuple.of(1, Arbitraries.integers().between(0x1f600, 0x1f64f)));
    return Arbitraries.frequencyOf(
        Tuple.of(20, codePoints.list().ofMinSize(1).ofMaxSize(40).map(EventArbitraries::fromCodePoints)),
        Tuple.of(1, Arbitraries.strings().withCharRange('!', '~').ofLength(128)));
  }

  /**
   * Non-blank text of anything JSON must escape: quotes, backslashes, controls, U+2028, non-BMP code points, even
   * unpaired surrogates (an exchange's error text can carry them).
   */
  public static Arbitrary<String> texts() {
    return anyTexts().filter(text -> !text.isBlank());
  }

  /** Like {@link #texts()}, and also empty or blank. */
  public static Arbitrary<String> anyTexts() {
    return textsOf(true);
  }

  /**
   * Non-blank text for map keys: as {@link #texts()} but well-formed UTF-16. Jackson writes an unpaired surrogate
   * in a field name as an escape that its own parser then refuses ("Broken surrogate pair in field name"), so such
   * keys encode but do not decode; in values they round-trip.
   */
  public static Arbitrary<String> mapKeys() {
    return textsOf(false).filter(text -> !text.isBlank());
  }

  private static Arbitrary<String> textsOf(boolean unpairedSurrogates) {
    List<Tuple2<Integer, Arbitrary<Integer>>> ranges = new ArrayList<>(List.of(
        Tuple.of(12, Arbitraries.integers().between(0x20, 0x7e)),
        Tuple.of(2, Arbitraries.integers().between(0x00, 0x1f)),
        Tuple.of(1, Arbitraries.integers().between(0x7f, 0x9f)),
        Tuple.of(2, Arbitraries.integers().between(0xa0, 0xd7ff)),
        Tuple.of(1, Arbitraries.integers().between(0xe000, 0xffff)),
        Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10ffff)),
        Tuple.of(2, Arbitraries.of((int) '"', (int) '\\', (int) '/', 0x2028, 0x2029))));
    if (unpairedSurrogates) {
      ranges.add(Tuple.of(1, Arbitraries.integers().between(0xd800, 0xdfff)));
    }
    return Arbitraries.frequencyOf(ranges).list().ofMaxSize(60).map(EventArbitraries::fromCodePoints);
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }

  static Arbitrary<String> snakeCase() {
    return Combinators.combine(Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('_').ofMaxLength(30))
        .as((first, rest) -> first + rest);
  }

  static Arbitrary<MarketTicker> marketTickers() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(EventSamples.TICKER)), Tuple.of(4, idTexts().map(MarketTicker::of)));
  }

  static Arbitrary<EventTicker> eventTickers() {
    return idTexts().map(EventTicker::of);
  }

  static Arbitrary<SeriesTicker> seriesTickers() {
    return idTexts().map(SeriesTicker::of);
  }

  static Arbitrary<StrategyId> strategyIds() {
    return idTexts().map(StrategyId::of);
  }

  static Arbitrary<SignalId> signalIds() {
    return idTexts().map(SignalId::of);
  }

  /** Mostly what IntentId.derive makes (32 hex digits), sometimes any id text. */
  public static Arbitrary<IntentId> intentIds() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().withChars("0123456789abcdef").ofLength(32)), Tuple.of(1, idTexts()))
        .map(IntentId::of);
  }

  /** Mostly derived from an intent, sometimes any id text (as read back from a venue). */
  static Arbitrary<ClientOrderId> clientOrderIds() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, intentIds().map(ClientOrderId::forIntent)), Tuple.of(1, idTexts().map(ClientOrderId::of)));
  }

  static Arbitrary<VenueOrderId> venueOrderIds() {
    return idTexts().map(VenueOrderId::of);
  }

  static Arbitrary<TradeId> tradeIds() {
    return idTexts().map(TradeId::of);
  }

  static Arbitrary<AccountId> accountIds() {
    return idTexts().map(AccountId::of);
  }

  static Arbitrary<AlertId> alertIds() {
    return idTexts().map(AlertId::of);
  }

  static Arbitrary<CommandId> commandIds() {
    return idTexts().map(CommandId::of);
  }

  static Arbitrary<SourceId> sourceIds() {
    return idTexts().map(SourceId::of);
  }

  static Arbitrary<Asset> assets() {
    return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(2).ofMaxLength(10)
        .map(Asset::of);
  }
}
