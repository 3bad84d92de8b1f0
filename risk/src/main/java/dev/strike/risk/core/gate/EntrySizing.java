package dev.strike.risk.core.gate;

import dev.strike.common.event.Action;
import dev.strike.common.event.DenialReason;
import dev.strike.common.event.DenialReason.EventConcentrationExceeded;
import dev.strike.common.event.DenialReason.InsufficientCash;
import dev.strike.common.event.DenialReason.MaxPositionExceeded;
import dev.strike.common.event.DenialReason.OrderNotionalExceeded;
import dev.strike.common.event.DenialReason.OrderSizeExceeded;
import dev.strike.common.event.DenialReason.SeriesConcentrationExceeded;
import dev.strike.common.event.DenialReason.SizeBelowMinimum;
import dev.strike.common.event.DenialReason.TotalExposureExceeded;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PortfolioView;
import dev.strike.risk.core.PositionView;
import dev.strike.risk.core.gate.KellySizer.KellySize;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The size of one entry or quote: the Kelly size capped by every size limit, in whole contracts, and, when that
 * leaves less than the minimum order, the reasons of the limits that bound it (with their numbers at the minimum
 * order).
 */
final class EntrySizing {
  /** One limit on the size: the most it allows, in hundredths, and its denial at the minimum order. */
  private record Cap(String limit, long maxHundredths, Supplier<DenialReason> atMinimum) {}

  /** More contracts than any account could buy; keeps the cost arithmetic far from overflow. */
  private static final long MAX_CONTRACTS = 1_000_000_000L;

  private final Side side;
  private final Price price;
  private final double winProbability;
  private final KellySize kelly;
  private final List<Cap> binding;
  private final Qty qty;
  private final List<DenialReason> denials;

  private EntrySizing(Side side, Price price, double winProbability, KellySize kelly, List<Cap> binding, Qty qty,
      List<DenialReason> denials) {
    this.side = side;
    this.price = price;
    this.winProbability = winProbability;
    this.kelly = kelly;
    this.binding = binding;
    this.qty = qty;
    this.denials = denials;
  }

  static EntrySizing of(Signal signal, MarketInfo market, PortfolioView portfolio, RiskLimits limits,
      KalshiFees fees) {
    // selling a side we do not hold opens the other side: $1 − c of collateral a contract, winning with 1 − p
    boolean buy = signal.action() == Action.BUY;
    Side side = buy ? signal.side() : signal.side().opposite();
    Price price = buy ? signal.limitPrice() : signal.limitPrice().complement();
    double p = buy ? signal.modelProbability() : 1.0 - signal.modelProbability();
    Cost cost = new Cost(price, fees);

    KellySize kelly = new KellySizer(limits.kellyFraction())
        .size(p, price, fees.perContractMicros(price.micros(), false), portfolio.equity());

    Qty min = limits.minOrderQty();
    List<Cap> caps = new ArrayList<>();
    caps.add(new Cap("max-order-qty", limits.maxOrderQty().hundredths(),
        () -> new OrderSizeExceeded(limits.maxOrderQty(), min)));
    caps.add(new Cap("max-order-notional", notionalCap(limits.maxOrderNotional(), price),
        () -> new OrderNotionalExceeded(limits.maxOrderNotional(), price.notional(min, RoundingMode.UP))));
    PositionView held = portfolio.position(signal.ticker());
    Qty heldAndPending = (held != null && held.side() == side ? held.qty() : Qty.ZERO)
        .plus(portfolio.pendingBuyQty(signal.ticker(), side));
    caps.add(new Cap("max-position-qty",
        Math.max(0, limits.maxPositionQty().hundredths() - heldAndPending.hundredths()),
        () -> new MaxPositionExceeded(limits.maxPositionQty(), heldAndPending.plus(min))));
    Money available = portfolio.availableCash();
    caps.add(new Cap("cash", cost.maxAffordable(available),
        () -> new InsufficientCash(available, cost.of(min))));
    Money total = portfolio.totalExposure();
    caps.add(new Cap("max-total-exposure", cost.maxAffordable(limits.maxTotalExposure().minus(total)),
        () -> new TotalExposureExceeded(limits.maxTotalExposure(), total.plus(cost.of(min)))));
    Money event = portfolio.exposureOfEvent(market.eventTicker());
    caps.add(new Cap("max-event-exposure", cost.maxAffordable(limits.maxEventExposure().minus(event)),
        () -> new EventConcentrationExceeded(market.eventTicker(), limits.maxEventExposure(),
            event.plus(cost.of(min)))));
    Money series = portfolio.exposureOfSeries(market.seriesTicker());
    caps.add(new Cap("max-series-exposure", cost.maxAffordable(limits.maxSeriesExposure().minus(series)),
        () -> new SeriesConcentrationExceeded(market.seriesTicker(), limits.maxSeriesExposure(),
            series.plus(cost.of(min)))));

    long sized = kelly.qty().hundredths();
    for (Cap cap : caps) {
      sized = Math.min(sized, cap.maxHundredths());
    }
    sized -= sized % Qty.HUNDREDTHS_PER_CONTRACT;
    Qty qty = Qty.ofHundredths(sized);

    List<Cap> binding = new ArrayList<>();
    for (Cap cap : caps) {
      if (cap.maxHundredths() < kelly.qty().hundredths() && cap.maxHundredths() - cap.maxHundredths()
          % Qty.HUNDREDTHS_PER_CONTRACT == sized) {
        binding.add(cap);
      }
    }
    List<DenialReason> denials = new ArrayList<>();
    if (qty.compareTo(min) < 0) {
      denials.add(new SizeBelowMinimum(qty, min));
      for (Cap cap : caps) {
        if (cap.maxHundredths() < min.hundredths()) {
          denials.add(cap.atMinimum().get());
        }
      }
    }
    return new EntrySizing(side, price, p, kelly, List.copyOf(binding), qty, List.copyOf(denials));
  }

  /** The size, whole contracts (zero when Kelly sees no edge or a limit leaves no room). */
  Qty qty() {
    return qty;
  }

  /** Empty if the size is at least the minimum order; else why not, with the numbers. */
  List<DenialReason> denials() {
    return denials;
  }

  /** One line: what was bought, the Kelly numbers, and the limit that capped the size. */
  String describe() {
    String capped = binding.isEmpty() ? "not capped"
        : "capped by " + String.join(", ", binding.stream().map(Cap::limit).toList());
    return "buy " + side.name().toLowerCase(Locale.ROOT) + " at " + price + " (p "
        + String.format(Locale.ROOT, "%.4f", winProbability) + "): "
        + kelly.describe() + "; " + capped + " → " + qty;
  }

  private static long notionalCap(Money maxNotional, Price price) {
    if (price.micros() == 0) {
      return Long.MAX_VALUE;
    }
    // price × hundredths / 100 ≤ maxNotional, rounded up, holds exactly when price × hundredths ≤ 100 × maxNotional
    return Math.multiplyExact(maxNotional.micros(), Qty.HUNDREDTHS_PER_CONTRACT) / price.micros();
  }

  /** What buying whole contracts at one price costs, taker fee included. */
  private record Cost(Price price, KalshiFees fees) {
    /** Cost of {@code qty} at the price, rounded up, plus the order's taker fee (rounded up to the cent). */
    Money of(Qty qty) {
      return price.notional(qty, RoundingMode.UP).plus(fees.orderFee(price, qty, false));
    }

    /** The most whole contracts, in hundredths, whose {@linkplain #of cost} is at most {@code room}. */
    long maxAffordable(Money room) {
      if (!room.isPositive()) {
        return 0;
      }
      if (price.micros() == 0) {
        return MAX_CONTRACTS * Qty.HUNDREDTHS_PER_CONTRACT;
      }
      // the per-contract fee is rounded up, so this overshoots only by the order fee's rounding to the cent
      long perContract = Math.addExact(price.micros(), fees.perContractMicros(price.micros(), false));
      long contracts = Math.min(MAX_CONTRACTS, room.micros() / perContract);
      while (contracts > 0 && of(Qty.ofContracts(contracts)).compareTo(room) > 0) {
        contracts--;
      }
      return Math.multiplyExact(contracts, Qty.HUNDREDTHS_PER_CONTRACT);
    }
  }
}
