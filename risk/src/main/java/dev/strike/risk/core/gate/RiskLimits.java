package dev.strike.risk.core.gate;

import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The limits the {@link RiskGate} and the {@link Breakers} enforce. Immutable, validated on construction, thread-safe.
 *
 * <p><b>No value switches a limit off.</b> Every maximum must be positive and always applies; to make one irrelevant,
 * set it above anything the account can reach. The only "neutral" values are the natural ones: an empty allowlist
 * allows everything, a zero cooldown or a zero minimum time to close has no effect, a zero minimum edge or confidence
 * accepts every non-negative one.
 *
 * <p>Units: money in micro-dollars ({@link Money}), prices in micro-dollars per contract ({@link Price}), quantities in
 * hundredths of a contract ({@link Qty}), durations in nanoseconds, ratios of equity in basis points (1/10,000).
 *
 * @param minEdge the smallest {@code Signal.edgeAfterFees} (expected value per contract after fees), not negative
 * @param minConfidence the smallest {@code Signal.confidence}, in [0, 1]
 * @param allowedStrategies the strategies that may trade; empty allows every strategy
 * @param allowedSeries the series that may be traded; empty allows every series
 * @param minTimeToCloseNs the shortest time from now to the market's close at which entries are allowed, ns, ≥ 0
 * @param maxTimeToCloseNs the longest time from now to the market's close at which entries are allowed, ns,
 *     ≥ {@code minTimeToCloseNs}
 * @param maxOrderQty the largest order, positive
 * @param maxOrderNotional the largest order cost (limit price × quantity, fees excluded), positive
 * @param maxPositionQty the largest position per market (held plus pending buys plus the new order), positive
 * @param maxConcurrentPositions the most markets with a position or an order at once, positive
 * @param maxTotalExposure the most money at risk in the whole account, positive
 * @param maxEventExposure the most money at risk in one event, positive
 * @param maxSeriesExposure the most money at risk in one series, positive
 * @param maxDailyLoss the daily loss that trips the {@code daily_loss} breaker, positive
 * @param maxDailyLossBps the daily loss, in basis points of start-of-day equity, that trips it too; 1 to 10,000
 * @param maxDrawdownBps the drawdown from peak equity that trips the {@code drawdown} breaker; 1 to 10,000
 * @param maxConsecutiveLosses the losing round trips in a row that trip the {@code consecutive_losses} breaker, ≥ 1
 * @param maxOrdersPerMinute approved orders allowed in any rolling minute, ≥ 1; orders are counted per second, each
 *     as if at the end of its second, so the window can reach up to 1 s further back (never looser than exact)
 * @param maxOrdersPerHour approved orders allowed in any rolling hour, ≥ 1; counted per second like
 *     {@code maxOrdersPerMinute} (up to 1 s stricter than exact times)
 * @param maxOrdersPerDay approved orders allowed in any rolling 24 hours, ≥ 1; counted per second like
 *     {@code maxOrdersPerMinute} (up to 1 s stricter than exact times)
 * @param cooldownNs after an approved order, how long the same ticker, side and action wait, ns, ≥ 0
 * @param minPrice the lowest limit price an entry may carry
 * @param maxPrice the highest limit price an entry may carry, ≥ {@code minPrice}
 * @param kellyFraction the share of the full Kelly stake to bet, in (0, 1]
 * @param minOrderQty the smallest entry worth sending, whole contracts, positive and at most {@code maxOrderQty}
 */
public record RiskLimits(
    Money minEdge,
    double minConfidence,
    Set<StrategyId> allowedStrategies,
    Set<SeriesTicker> allowedSeries,
    long minTimeToCloseNs,
    long maxTimeToCloseNs,
    Qty maxOrderQty,
    Money maxOrderNotional,
    Qty maxPositionQty,
    int maxConcurrentPositions,
    Money maxTotalExposure,
    Money maxEventExposure,
    Money maxSeriesExposure,
    Money maxDailyLoss,
    long maxDailyLossBps,
    long maxDrawdownBps,
    int maxConsecutiveLosses,
    int maxOrdersPerMinute,
    int maxOrdersPerHour,
    int maxOrdersPerDay,
    long cooldownNs,
    Price minPrice,
    Price maxPrice,
    BigDecimal kellyFraction,
    Qty minOrderQty) {

  /** The default minimum edge after fees, $0.03 per contract. */
  public static final Money DEFAULT_MIN_EDGE = Money.parse("0.03");
  /** The default number of losses in a row that trips the breaker. */
  public static final int DEFAULT_MAX_CONSECUTIVE_LOSSES = 3;
  /** The default Kelly fraction, a quarter Kelly. */
  public static final BigDecimal DEFAULT_KELLY_FRACTION = new BigDecimal("0.25");
  /** The default smallest order, one contract. */
  public static final Qty DEFAULT_MIN_ORDER_QTY = Qty.ofContracts(1);

  /** Validates every limit; the message names the field and the value. */
  public RiskLimits {
    present(minEdge, "minEdge");
    present(allowedStrategies, "allowedStrategies");
    present(allowedSeries, "allowedSeries");
    present(maxOrderQty, "maxOrderQty");
    present(maxOrderNotional, "maxOrderNotional");
    present(maxPositionQty, "maxPositionQty");
    present(maxTotalExposure, "maxTotalExposure");
    present(maxEventExposure, "maxEventExposure");
    present(maxSeriesExposure, "maxSeriesExposure");
    present(maxDailyLoss, "maxDailyLoss");
    present(minPrice, "minPrice");
    present(maxPrice, "maxPrice");
    present(kellyFraction, "kellyFraction");
    present(minOrderQty, "minOrderQty");
    if (minEdge.isNegative()) {
      throw new IllegalArgumentException("minEdge must not be negative, got " + minEdge);
    }
    if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
      throw new IllegalArgumentException("minConfidence must be within [0, 1], got " + minConfidence);
    }
    allowedStrategies = Set.copyOf(allowedStrategies);
    allowedSeries = Set.copyOf(allowedSeries);
    if (minTimeToCloseNs < 0) {
      throw new IllegalArgumentException("minTimeToCloseNs must not be negative, got " + minTimeToCloseNs);
    }
    if (maxTimeToCloseNs < minTimeToCloseNs) {
      throw new IllegalArgumentException("maxTimeToCloseNs " + maxTimeToCloseNs
          + " must not be below minTimeToCloseNs " + minTimeToCloseNs);
    }
    positive(maxOrderQty.hundredths(), "maxOrderQty", maxOrderQty);
    positive(maxOrderNotional.micros(), "maxOrderNotional", maxOrderNotional);
    positive(maxPositionQty.hundredths(), "maxPositionQty", maxPositionQty);
    positive(maxConcurrentPositions, "maxConcurrentPositions", maxConcurrentPositions);
    positive(maxTotalExposure.micros(), "maxTotalExposure", maxTotalExposure);
    positive(maxEventExposure.micros(), "maxEventExposure", maxEventExposure);
    positive(maxSeriesExposure.micros(), "maxSeriesExposure", maxSeriesExposure);
    positive(maxDailyLoss.micros(), "maxDailyLoss", maxDailyLoss);
    basisPoints(maxDailyLossBps, "maxDailyLossBps");
    basisPoints(maxDrawdownBps, "maxDrawdownBps");
    positive(maxConsecutiveLosses, "maxConsecutiveLosses", maxConsecutiveLosses);
    positive(maxOrdersPerMinute, "maxOrdersPerMinute", maxOrdersPerMinute);
    positive(maxOrdersPerHour, "maxOrdersPerHour", maxOrdersPerHour);
    positive(maxOrdersPerDay, "maxOrdersPerDay", maxOrdersPerDay);
    if (cooldownNs < 0) {
      throw new IllegalArgumentException("cooldownNs must not be negative, got " + cooldownNs);
    }
    if (minPrice.isAbove(maxPrice)) {
      throw new IllegalArgumentException("minPrice " + minPrice + " must not be above maxPrice " + maxPrice);
    }
    if (kellyFraction.signum() <= 0 || kellyFraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("kellyFraction must be within (0, 1], got " + kellyFraction.toPlainString());
    }
    positive(minOrderQty.hundredths(), "minOrderQty", minOrderQty);
    if (minOrderQty.hundredths() % Qty.HUNDREDTHS_PER_CONTRACT != 0) {
      throw new IllegalArgumentException("minOrderQty must be whole contracts, got " + minOrderQty);
    }
    if (minOrderQty.compareTo(maxOrderQty) > 0) {
      throw new IllegalArgumentException("minOrderQty " + minOrderQty + " must not be above maxOrderQty "
          + maxOrderQty);
    }
  }

  /** The balanced profile's limits: the defaults. */
  public static RiskLimits defaults() {
    return RiskProfile.BALANCED.limits();
  }

  /**
   * These limits with one value replaced, parsed from configuration text.
   *
   * @param key a kebab-case key from {@link #keys()}, e.g. {@code max-order-qty}
   * @param value the value as an operator writes it: dollars for money ({@code "25.00"}), dollars for prices
   *     ({@code "0.05"}), contracts for quantities ({@code "25"}), duration text for durations ({@code "30s"},
   *     {@code "14m"}, {@code "PT1M"}), a plain number for counts, basis points and ratios, a comma-separated list for
   *     allowlists (empty allows all)
   * @throws IllegalArgumentException naming the key and the problem, for an unknown key or a bad value
   */
  public RiskLimits with(String key, String value) {
    return with(Map.of(key, value));
  }

  /**
   * These limits with several values replaced at once ({@link #with(String, String)} for each), validated together,
   * so that related limits (a minimum and its maximum) can move in one step.
   *
   * @throws IllegalArgumentException naming the key and the problem, for an unknown key or a bad value
   */
  public RiskLimits with(Map<String, String> overrides) {
    Builder builder = toBuilder();
    for (Map.Entry<String, String> override : new java.util.TreeMap<>(overrides).entrySet()) {
      LimitKeys.apply(builder, override.getKey(), override.getValue());
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(String.join(", ", new java.util.TreeSet<>(overrides.keySet())) + ": "
          + e.getMessage(), e);
    }
  }

  /** The value of {@code key} as {@link #with(String, String)} reads it. */
  public String value(String key) {
    return LimitKeys.format(this, key);
  }

  /** Every key {@link #with(String, String)} accepts, one per limit, in declaration order. */
  public static List<String> keys() {
    return LimitKeys.names();
  }

  /** A builder holding these limits, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void present(Object value, String field) {
    Objects.requireNonNull(value, () -> field + " is required");
  }

  private static void positive(long value, String field, Object shown) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be positive, got " + shown);
    }
  }

  private static void basisPoints(long value, String field) {
    if (value <= 0 || value > 10_000) {
      throw new IllegalArgumentException(field + " must be within 1 and 10,000 basis points, got " + value);
    }
  }

  /** A mutable copy of a {@link RiskLimits}, validated when {@linkplain #build() built}. Not thread-safe. */
  public static final class Builder {
    private Money minEdge;
    private double minConfidence;
    private Set<StrategyId> allowedStrategies;
    private Set<SeriesTicker> allowedSeries;
    private long minTimeToCloseNs;
    private long maxTimeToCloseNs;
    private Qty maxOrderQty;
    private Money maxOrderNotional;
    private Qty maxPositionQty;
    private int maxConcurrentPositions;
    private Money maxTotalExposure;
    private Money maxEventExposure;
    private Money maxSeriesExposure;
    private Money maxDailyLoss;
    private long maxDailyLossBps;
    private long maxDrawdownBps;
    private int maxConsecutiveLosses;
    private int maxOrdersPerMinute;
    private int maxOrdersPerHour;
    private int maxOrdersPerDay;
    private long cooldownNs;
    private Price minPrice;
    private Price maxPrice;
    private BigDecimal kellyFraction;
    private Qty minOrderQty;

    private Builder(RiskLimits l) {
      minEdge = l.minEdge;
      minConfidence = l.minConfidence;
      allowedStrategies = l.allowedStrategies;
      allowedSeries = l.allowedSeries;
      minTimeToCloseNs = l.minTimeToCloseNs;
      maxTimeToCloseNs = l.maxTimeToCloseNs;
      maxOrderQty = l.maxOrderQty;
      maxOrderNotional = l.maxOrderNotional;
      maxPositionQty = l.maxPositionQty;
      maxConcurrentPositions = l.maxConcurrentPositions;
      maxTotalExposure = l.maxTotalExposure;
      maxEventExposure = l.maxEventExposure;
      maxSeriesExposure = l.maxSeriesExposure;
      maxDailyLoss = l.maxDailyLoss;
      maxDailyLossBps = l.maxDailyLossBps;
      maxDrawdownBps = l.maxDrawdownBps;
      maxConsecutiveLosses = l.maxConsecutiveLosses;
      maxOrdersPerMinute = l.maxOrdersPerMinute;
      maxOrdersPerHour = l.maxOrdersPerHour;
      maxOrdersPerDay = l.maxOrdersPerDay;
      cooldownNs = l.cooldownNs;
      minPrice = l.minPrice;
      maxPrice = l.maxPrice;
      kellyFraction = l.kellyFraction;
      minOrderQty = l.minOrderQty;
    }

    public Builder minEdge(Money v) {
      minEdge = v;
      return this;
    }

    public Builder minConfidence(double v) {
      minConfidence = v;
      return this;
    }

    public Builder allowedStrategies(Set<StrategyId> v) {
      allowedStrategies = v;
      return this;
    }

    public Builder allowedSeries(Set<SeriesTicker> v) {
      allowedSeries = v;
      return this;
    }

    public Builder minTimeToCloseNs(long v) {
      minTimeToCloseNs = v;
      return this;
    }

    public Builder maxTimeToCloseNs(long v) {
      maxTimeToCloseNs = v;
      return this;
    }

    public Builder maxOrderQty(Qty v) {
      maxOrderQty = v;
      return this;
    }

    public Builder maxOrderNotional(Money v) {
      maxOrderNotional = v;
      return this;
    }

    public Builder maxPositionQty(Qty v) {
      maxPositionQty = v;
      return this;
    }

    public Builder maxConcurrentPositions(int v) {
      maxConcurrentPositions = v;
      return this;
    }

    public Builder maxTotalExposure(Money v) {
      maxTotalExposure = v;
      return this;
    }

    public Builder maxEventExposure(Money v) {
      maxEventExposure = v;
      return this;
    }

    public Builder maxSeriesExposure(Money v) {
      maxSeriesExposure = v;
      return this;
    }

    public Builder maxDailyLoss(Money v) {
      maxDailyLoss = v;
      return this;
    }

    public Builder maxDailyLossBps(long v) {
      maxDailyLossBps = v;
      return this;
    }

    public Builder maxDrawdownBps(long v) {
      maxDrawdownBps = v;
      return this;
    }

    public Builder maxConsecutiveLosses(int v) {
      maxConsecutiveLosses = v;
      return this;
    }

    public Builder maxOrdersPerMinute(int v) {
      maxOrdersPerMinute = v;
      return this;
    }

    public Builder maxOrdersPerHour(int v) {
      maxOrdersPerHour = v;
      return this;
    }

    public Builder maxOrdersPerDay(int v) {
      maxOrdersPerDay = v;
      return this;
    }

    public Builder cooldownNs(long v) {
      cooldownNs = v;
      return this;
    }

    public Builder minPrice(Price v) {
      minPrice = v;
      return this;
    }

    public Builder maxPrice(Price v) {
      maxPrice = v;
      return this;
    }

    public Builder kellyFraction(BigDecimal v) {
      kellyFraction = v;
      return this;
    }

    public Builder minOrderQty(Qty v) {
      minOrderQty = v;
      return this;
    }

    /**
     * The limits.
     *
     * @throws IllegalArgumentException if one is invalid
     */
    public RiskLimits build() {
      return new RiskLimits(minEdge, minConfidence, allowedStrategies, allowedSeries, minTimeToCloseNs,
          maxTimeToCloseNs, maxOrderQty, maxOrderNotional, maxPositionQty, maxConcurrentPositions, maxTotalExposure,
          maxEventExposure, maxSeriesExposure, maxDailyLoss, maxDailyLossBps, maxDrawdownBps, maxConsecutiveLosses,
          maxOrdersPerMinute, maxOrdersPerHour, maxOrdersPerDay, cooldownNs, minPrice, maxPrice, kellyFraction,
          minOrderQty);
    }
  }
}
