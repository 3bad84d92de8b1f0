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
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One realistic, hand-built instance of every concrete event and denial-reason type, for golden files and as
 * ready-made valid values in tests. They tell one story: on 17 Aug 2026 the 13:15–13:30 EDT BTC up/down market
 * {@code KXBTC15M-26AUG171330-30} (target $63,485.16, tapered deci-cent grid) trades; a fair-value strategy buys
 * 25 YES at $0.47, takes 10 on arrival, rests 15; the market settles YES. Times are epoch nanoseconds matching the
 * Kalshi fixtures in {@code shared/fixtures/kalshi}. Every value is a fresh, immutable record.
 */
public final class EventSamples {
  private EventSamples() {}

  public static final SeriesTicker SERIES = SeriesTicker.of("KXBTC15M");
  public static final EventTicker EVENT = EventTicker.of("KXBTC15M-26AUG171330");
  public static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");
  public static final StrategyId STRATEGY = StrategyId.of("fair-value-edge");
  public static final SignalId SIGNAL_ID = SignalId.of("9c2e41d07a5b4f3e8d61b0a2c7f5e913");
  /** Derived from the signal and the sized decision, as the risk gate does. */
  public static final IntentId INTENT_ID = IntentId.derive(SIGNAL_ID, "buy", "yes", "25.00", "0.4700");
  public static final ClientOrderId CLIENT_ORDER_ID = ClientOrderId.forIntent(INTENT_ID);
  public static final VenueOrderId VENUE_ORDER_ID = VenueOrderId.of("b7c1e2d3-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
  public static final TradeId TRADE_ID = TradeId.of("d91bc706-ee49-470d-82d8-11418bda6fed");
  public static final AccountId ACCOUNT = AccountId.of("kalshi-demo");

  /** 2026-08-17T17:15:00Z, the market's open. */
  public static final long OPEN_NS = 1_786_986_900_000_000_000L;
  /** 2026-08-17T17:30:00Z, the market's close. */
  public static final long CLOSE_NS = 1_786_987_800_000_000_000L;
  /** 2026-08-17T17:35:00Z. */
  public static final long EXPECTED_EXPIRATION_NS = 1_786_988_100_000_000_000L;
  /** 17:21:08.903512Z: the spot print that triggered the signal; our decisions carry it as tsEvent. */
  public static final long SIGNAL_NS = 1_786_987_268_903_512_000L;
  /** 17:21:09.118Z: the execution at the venue (Kalshi fill created_time, trade ts_ms). */
  public static final long FILL_NS = 1_786_987_269_118_000_000L;

  private static Price price(String dollars) {
    return Price.parse(dollars);
  }

  private static Qty qty(String contracts) {
    return Qty.parse(contracts);
  }

  private static Money money(String dollars) {
    return Money.parse(dollars);
  }

  /** The market after determination: result, settlement and expiration values present; no cap strike. */
  public static MarketInfo marketInfo() {
    return new MarketInfo(TICKER, EVENT, SERIES, "BTC price up in next 15 mins?", "Target Price: $63,485.16",
        MarketStatus.DETERMINED, StrikeType.GREATER_OR_EQUAL, new BigDecimal("63485.16"), null, OPEN_NS, CLOSE_NS,
        EXPECTED_EXPIRATION_NS, PriceGrid.TAPERED_DECI_CENT, FeeType.QUADRATIC, BigDecimal.ONE, MarketResult.YES,
        Price.ONE, new BigDecimal("63512.48"), 0, 1_786_987_801_000_000_000L, 1_786_987_801_184_236_918L);
  }

  public static BookSnapshot bookSnapshot() {
    return new BookSnapshot(TICKER, 1, 1,
        List.of(level("0.4300", "120.00"), level("0.4400", "85.00"), level("0.4500", "310.00")),
        List.of(level("0.5000", "40.00"), level("0.5200", "95.50"), level("0.5300", "150.00")),
        1_786_987_267_298_000_000L, 1_786_987_267_299_871_455L);
  }

  private static BookLevel level(String price, String qty) {
    return new BookLevel(price(price), qty(qty));
  }

  /**
   * Our buy took 10 contracts from the best NO bid (the YES ask); Kalshi tags the delta with our order. The book
   * after it: YES bid 0.45 x 310, YES ask 1 - 0.53 = 0.47 x 140.
   */
  public static BookDelta bookDelta() {
    return new BookDelta(TICKER, 1, 3, Side.NO, price("0.5300"), -1_000, CLIENT_ORDER_ID,
        new TopOfBook(price("0.4500"), qty("310.00"), price("0.4700"), qty("140.00")), FILL_NS,
        1_786_987_269_120_104_577L);
  }

  public static BookGap bookGap() {
    return new BookGap(TICKER, 1, 118, 120, "sequence gap on sid 1: expected 118, got 120",
        1_786_987_503_000_000_000L, 1_786_987_503_000_912_374L);
  }

  public static MarketTrade marketTrade() {
    return new MarketTrade(TRADE_ID, TICKER, price("0.4700"), qty("10.00"), Side.YES, false, FILL_NS,
        1_786_987_269_120_761_902L);
  }

  public static SpotTick spotTick() {
    return new SpotTick(Asset.of("BTC"), SourceId.of("coinbase"), new BigDecimal("63501.37"),
        new BigDecimal("0.00412"), SIGNAL_NS, 1_786_987_268_905_127_332L);
  }

  public static Signal signal() {
    Map<String, Double> inputs = new LinkedHashMap<>();
    inputs.put("spot", 63501.37);
    inputs.put("strike", 63485.16);
    inputs.put("sigmaAnnual", 0.4231);
    inputs.put("secondsToClose", 531.096488);
    inputs.put("zScore", 0.1071);
    return new Signal(SIGNAL_ID, STRATEGY, TICKER, SignalKind.ENTRY, Side.YES, Action.BUY, 0.5412, price("0.4700"),
        money("0.053763"), 0.8, price("0.4700"), 2_000_000_000L,
        "fair value 0.5412 vs ask 0.4700: edge 0.0538 after the 0.0174 taker fee", new TreeMap<>(inputs), SIGNAL_NS,
        1_786_987_268_905_390_118L);
  }

  /** Buy 25 YES at $0.47, good till the market closes. */
  public static OrderIntent orderIntent() {
    return new OrderIntent(INTENT_ID, CLIENT_ORDER_ID, SIGNAL_ID, STRATEGY, TICKER, Side.YES, Action.BUY,
        price("0.4700"), qty("25.00"), TimeInForce.GTC, false, false, CLOSE_NS);
  }

  public static OrderApproved orderApproved() {
    return new OrderApproved(orderIntent(), "quarter Kelly 31.40 contracts, capped at maxOrderNotional $12.00",
        SIGNAL_NS, 1_786_987_268_905_611_742L);
  }

  /** A second signal, on the NO side, refused for two reasons. */
  public static OrderDenied orderDenied() {
    return new OrderDenied(SignalId.of("41f0b7d2c9e84a6b9f3d2e1c0b5a7968"), STRATEGY, TICKER, Side.NO, Action.BUY,
        List.of(edgeBelowMinimum(), eventConcentrationExceeded()), 1_786_987_335_250_000_000L,
        1_786_987_335_251_408_116L);
  }

  public static OrderSubmitted orderSubmitted() {
    return OrderSubmitted.of(orderIntent(), Venue.DEMO, SIGNAL_NS, 1_786_987_268_906_020_417L);
  }

  public static OrderAccepted orderAccepted() {
    return new OrderAccepted(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, VENUE_ORDER_ID,
        qty("10.00"), qty("15.00"), FILL_NS, 1_786_987_269_121_544_870L);
  }

  public static OrderRejected orderRejected() {
    return new OrderRejected(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, "insufficient_balance",
        "Insufficient balance to place this order", 1_786_987_269_030_000_000L, 1_786_987_269_031_220_045L);
  }

  public static OrderAmended orderAmended() {
    return new OrderAmended(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, VENUE_ORDER_ID,
        price("0.4600"), qty("15.00"), 1_786_987_481_502_000_000L, 1_786_987_481_503_377_190L);
  }

  public static OrderCanceled orderCanceled() {
    return new OrderCanceled(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, VENUE_ORDER_ID,
        qty("15.00"), CancelReason.REQUESTED, 1_786_987_690_077_000_000L, 1_786_987_690_079_864_201L);
  }

  public static OrderExpired orderExpired() {
    return new OrderExpired(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, VENUE_ORDER_ID, qty("15.00"),
        CLOSE_NS, 1_786_987_800_004_318_520L);
  }

  /** 10 @ $0.47 taker: fee round_up(0.07 × 10 × 0.47 × 0.53) = $0.18, as in the Kalshi fill fixture. */
  public static Fill fill() {
    return new Fill(TRADE_ID, CLIENT_ORDER_ID, VENUE_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, Side.YES,
        Action.BUY, price("0.4700"), qty("10.00"), money("0.18"), Liquidity.TAKER, FILL_NS,
        1_786_987_269_122_003_311L);
  }

  public static MarketSettled marketSettled() {
    return new MarketSettled(TICKER, ACCOUNT, Venue.DEMO, MarketResult.YES, Price.ONE, qty("10.00"), Qty.ZERO,
        money("10.00"), Money.ZERO, 1_786_987_802_000_000_000L, 1_786_987_802_412_009_337L);
  }

  /** After the fill: $1,000 − $4.70 − $0.18 fee in cash; 15 × $0.47 reserved for the contracts still resting. */
  public static PortfolioSnapshot portfolioSnapshot() {
    PositionSnapshot position = new PositionSnapshot(TICKER, EVENT, SERIES, Side.YES, qty("10.00"), money("4.88"),
        Money.ZERO, price("0.4900"), price("0.5100"), 1_786_987_262_000_000_000L);
    Map<String, Long> offsets = new LinkedHashMap<>();
    offsets.put("trades-3", 977L);
    offsets.put("orders.events-3", 1_842L);
    offsets.put("settlements-3", 17L);
    OpenOrderSnapshot resting = new OpenOrderSnapshot(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Side.YES,
        Action.BUY, price("0.4700"), qty("15.00"), money("7.05"), true, 1_786_987_262_000_000_000L);
    GateStateSnapshot gate = new GateStateSnapshot("PAUSED", "BTC volatility spike, pausing new entries",
        List.of(new GateStateSnapshot.BreakerTrip("consecutive_losses", 1_786_987_100_000_000_000L,
            "3 losing round trips in a row (limit 3)")),
        List.of(StrategyId.of("market-maker")),
        GateStateSnapshot.OrderSeconds.builder().add(1_786_987_201L, 2).add(1_786_987_262L, 1).build(),
        new TreeMap<>(Map.of(TICKER.value() + "|yes|buy", 1_786_987_292_000_000_000L)),
        new TreeMap<>(Map.of("max-order-qty", "25")), new TreeMap<>(Map.of("consecutive_losses", 3L)), List.of());
    return new PortfolioSnapshot(ACCOUNT, money("995.12"), money("7.05"), Money.ZERO, money("0.18"),
        money("1000.00"), List.of(position), new TreeMap<>(offsets), money("1000.00"), 1_786_939_200_000_000_000L,
        3, 0, 4, 3, List.of(resting), List.of(marketInfo()), List.of(bookSnapshot()), gate,
        new TreeMap<>(Map.of(TICKER.value(), 1_786_987_265_000_000_000L)), 1_786_987_268_903_512_000L,
        1_786_987_270_000_000_000L,
        1_786_987_270_000_811_653L);
  }

  public static PauseTrading pauseTrading() {
    return new PauseTrading(CommandId.of("cmd-20260817-1802-01"), "telegram:alice",
        "BTC volatility spike, pausing new entries", 1_786_989_720_000_000_000L, 1_786_989_720_003_114_250L);
  }

  public static ResumeTrading resumeTrading() {
    return new ResumeTrading(CommandId.of("cmd-20260817-1815-02"), "cli", 1_786_990_500_000_000_000L,
        1_786_990_500_002_048_911L);
  }

  public static HaltTrading haltTrading() {
    return new HaltTrading(CommandId.of("cmd-20260817-1840-03"), "api:ops", "exchange maintenance announced",
        1_786_992_000_000_000_000L, 1_786_992_000_001_530_002L);
  }

  public static ResetBreaker resetBreaker() {
    return new ResetBreaker(CommandId.of("cmd-20260818-0900-04"), "cli", "daily_loss", 1_787_043_600_000_000_000L,
        1_787_043_600_001_207_777L);
  }

  public static SetStrategyEnabled setStrategyEnabled() {
    return new SetStrategyEnabled(CommandId.of("cmd-20260818-0901-05"), "api:ops", STRATEGY, false,
        1_787_043_660_000_000_000L, 1_787_043_660_000_980_114L);
  }

  public static SetParameter setParameter() {
    return new SetParameter(CommandId.of("cmd-20260818-0902-06"), "cli", "risk.maxOrderNotional", "25.00",
        1_787_043_720_000_000_000L, 1_787_043_720_001_003_560L);
  }

  public static Alert alert() {
    Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    numbers.put("qty", new BigDecimal("10.00"));
    numbers.put("price", new BigDecimal("0.4700"));
    numbers.put("fee", new BigDecimal("0.18"));
    return new Alert(AlertId.of("trade-" + TRADE_ID.value()), Severity.INFO, "trade_executed",
        "Bought 10.00 YES KXBTC15M-26AUG171330-30 at $0.4700 (taker, fee $0.18)", new TreeMap<>(numbers), FILL_NS,
        1_786_987_269_125_660_871L);
  }

  public static DeadLetter deadLetter() {
    byte[] key = TICKER.value().getBytes(StandardCharsets.UTF_8);
    byte[] value = "{\"type\":\"BookDelta\",\"schemaVersion\":1,\"ticker\":\"KXBTC15M-26AUG171330-30\",\"sid\":-1}"
        .getBytes(StandardCharsets.UTF_8);
    return new DeadLetter("md.book", 3, 48_213L, key, value, "decode",
        "invalid BookEvent: sid must not be negative, got -1", 1_786_987_503_000_000_000L,
        1_786_987_503_002_715_448L);
  }

  public static EdgeBelowMinimum edgeBelowMinimum() {
    return new EdgeBelowMinimum(money("0.0062"), money("0.0150"));
  }

  public static ConfidenceBelowMinimum confidenceBelowMinimum() {
    return new ConfidenceBelowMinimum(0.42, 0.6);
  }

  public static StrategyNotAllowed strategyNotAllowed() {
    return new StrategyNotAllowed(StrategyId.of("mean-revert-v0"));
  }

  public static SeriesNotAllowed seriesNotAllowed() {
    return new SeriesNotAllowed(SeriesTicker.of("KXETH15M"));
  }

  public static MarketNotTradable marketNotTradable() {
    return new MarketNotTradable(MarketStatus.CLOSED);
  }

  /** 45 s to close, the window is 60 s to 14 min. */
  public static OutsideTimeToCloseWindow outsideTimeToCloseWindow() {
    return new OutsideTimeToCloseWindow(45_000_000_000L, 60_000_000_000L, 840_000_000_000L);
  }

  public static SignalExpired signalExpired() {
    return new SignalExpired(1_786_987_270_903_512_000L, 1_786_987_271_012_000_000L);
  }

  public static OrderSizeExceeded orderSizeExceeded() {
    return new OrderSizeExceeded(qty("50.00"), qty("75.00"));
  }

  public static OrderNotionalExceeded orderNotionalExceeded() {
    return new OrderNotionalExceeded(money("25.00"), money("35.25"));
  }

  public static SizeBelowMinimum sizeBelowMinimum() {
    return new SizeBelowMinimum(qty("0.40"), qty("1.00"));
  }

  public static MaxPositionExceeded maxPositionExceeded() {
    return new MaxPositionExceeded(qty("100.00"), qty("125.00"));
  }

  public static MaxConcurrentPositionsReached maxConcurrentPositionsReached() {
    return new MaxConcurrentPositionsReached(5, 5);
  }

  public static TotalExposureExceeded totalExposureExceeded() {
    return new TotalExposureExceeded(money("250.00"), money("262.40"));
  }

  public static EventConcentrationExceeded eventConcentrationExceeded() {
    return new EventConcentrationExceeded(EVENT, money("50.00"), money("58.75"));
  }

  public static SeriesConcentrationExceeded seriesConcentrationExceeded() {
    return new SeriesConcentrationExceeded(SERIES, money("100.00"), money("104.70"));
  }

  /** Lost $51.37 today against a $50 (5%) limit: 514 bps of a $1,000 start. */
  public static DailyLossLimitReached dailyLossLimitReached() {
    return new DailyLossLimitReached(money("50.00"), money("-51.37"), 500, 514);
  }

  /** (1012.50 − 908.01) / 1012.50 = 10.32% from the peak, against a 10% breaker. */
  public static DrawdownLimitReached drawdownLimitReached() {
    return new DrawdownLimitReached(1_000, 1_032, money("1012.50"), money("908.01"));
  }

  public static ConsecutiveLossesReached consecutiveLossesReached() {
    return new ConsecutiveLossesReached(4, 4);
  }

  public static BreakerOpen breakerOpen() {
    return new BreakerOpen("daily_loss", 1_786_980_000_000_000_000L);
  }

  public static OrderRateExceeded orderRateExceeded() {
    return new OrderRateExceeded("minute", 30, 31);
  }

  public static CooldownActive cooldownActive() {
    return new CooldownActive(1_786_987_298_903_512_000L);
  }

  public static PriceOutsideClamp priceOutsideClamp() {
    return new PriceOutsideClamp(price("0.9700"), price("0.0500"), price("0.9500"));
  }

  public static InsufficientCash insufficientCash() {
    return new InsufficientCash(money("3.12"), money("4.88"));
  }

  public static TradingPaused tradingPaused() {
    return new TradingPaused("operator pause: BTC volatility spike");
  }

  public static MarketDataUnavailable marketDataUnavailable() {
    return new MarketDataUnavailable("book of KXBTC15M-26AUG171330-30 is stale after a sequence gap");
  }

  /** One sample of every concrete StrikeEvent type. */
  public static List<StrikeEvent> events() {
    return List.of(marketInfo(), bookSnapshot(), bookDelta(), bookGap(), marketTrade(), spotTick(), signal(),
        orderApproved(), orderDenied(), orderSubmitted(), orderAccepted(), orderRejected(), orderAmended(),
        orderCanceled(), orderExpired(), fill(), marketSettled(), portfolioSnapshot(), pauseTrading(),
        resumeTrading(), haltTrading(), resetBreaker(), setStrategyEnabled(), setParameter(), alert(),
        deadLetter());
  }

  /** One sample of every concrete DenialReason type. */
  public static List<DenialReason> denialReasons() {
    return List.of(edgeBelowMinimum(), confidenceBelowMinimum(), strategyNotAllowed(), seriesNotAllowed(),
        marketNotTradable(), outsideTimeToCloseWindow(), signalExpired(), orderSizeExceeded(),
        orderNotionalExceeded(), sizeBelowMinimum(), maxPositionExceeded(), maxConcurrentPositionsReached(),
        totalExposureExceeded(), eventConcentrationExceeded(), seriesConcentrationExceeded(),
        dailyLossLimitReached(), drawdownLimitReached(), consecutiveLossesReached(), breakerOpen(),
        orderRateExceeded(), cooldownActive(), priceOutsideClamp(), insufficientCash(), tradingPaused(),
        marketDataUnavailable());
  }

  /** Every sample, events then denial reasons. */
  public static List<Object> all() {
    List<Object> all = new ArrayList<>(events());
    all.addAll(denialReasons());
    return List.copyOf(all);
  }
}
