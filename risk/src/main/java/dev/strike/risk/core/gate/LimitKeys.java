package dev.strike.risk.core.gate;

import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The kebab-case configuration key of every {@link RiskLimits} field: how to read it and how to write it. */
final class LimitKeys {
  private LimitKeys() {}

  private record Key(BiConsumer<RiskLimits.Builder, String> read, Function<RiskLimits, String> write) {}

  private static final Map<String, Key> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("min-edge", new Key((b, v) -> b.minEdge(Money.parse(v)), l -> l.minEdge().toDollarString()));
    KEYS.put("min-confidence", new Key((b, v) -> b.minConfidence(number(v)), l -> Double.toString(l.minConfidence())));
    KEYS.put("allowed-strategies", new Key((b, v) -> b.allowedStrategies(list(v, StrategyId::of)),
        l -> joined(l.allowedStrategies())));
    KEYS.put("allowed-series", new Key((b, v) -> b.allowedSeries(list(v, SeriesTicker::of)),
        l -> joined(l.allowedSeries())));
    KEYS.put("min-time-to-close", new Key((b, v) -> b.minTimeToCloseNs(DurationValue.parseNs(v)),
        l -> DurationValue.format(l.minTimeToCloseNs())));
    KEYS.put("max-time-to-close", new Key((b, v) -> b.maxTimeToCloseNs(DurationValue.parseNs(v)),
        l -> DurationValue.format(l.maxTimeToCloseNs())));
    KEYS.put("max-order-qty", new Key((b, v) -> b.maxOrderQty(Qty.parse(v)), l -> l.maxOrderQty().toString()));
    KEYS.put("max-order-notional", new Key((b, v) -> b.maxOrderNotional(Money.parse(v)),
        l -> l.maxOrderNotional().toDollarString()));
    KEYS.put("max-position-qty", new Key((b, v) -> b.maxPositionQty(Qty.parse(v)),
        l -> l.maxPositionQty().toString()));
    KEYS.put("max-concurrent-positions", new Key((b, v) -> b.maxConcurrentPositions(integer(v)),
        l -> Integer.toString(l.maxConcurrentPositions())));
    KEYS.put("max-total-exposure", new Key((b, v) -> b.maxTotalExposure(Money.parse(v)),
        l -> l.maxTotalExposure().toDollarString()));
    KEYS.put("max-event-exposure", new Key((b, v) -> b.maxEventExposure(Money.parse(v)),
        l -> l.maxEventExposure().toDollarString()));
    KEYS.put("max-series-exposure", new Key((b, v) -> b.maxSeriesExposure(Money.parse(v)),
        l -> l.maxSeriesExposure().toDollarString()));
    KEYS.put("max-daily-loss", new Key((b, v) -> b.maxDailyLoss(Money.parse(v)),
        l -> l.maxDailyLoss().toDollarString()));
    KEYS.put("max-daily-loss-bps", new Key((b, v) -> b.maxDailyLossBps(whole(v)),
        l -> Long.toString(l.maxDailyLossBps())));
    KEYS.put("max-drawdown-bps", new Key((b, v) -> b.maxDrawdownBps(whole(v)),
        l -> Long.toString(l.maxDrawdownBps())));
    KEYS.put("max-consecutive-losses", new Key((b, v) -> b.maxConsecutiveLosses(integer(v)),
        l -> Integer.toString(l.maxConsecutiveLosses())));
    KEYS.put("max-orders-per-minute", new Key((b, v) -> b.maxOrdersPerMinute(integer(v)),
        l -> Integer.toString(l.maxOrdersPerMinute())));
    KEYS.put("max-orders-per-hour", new Key((b, v) -> b.maxOrdersPerHour(integer(v)),
        l -> Integer.toString(l.maxOrdersPerHour())));
    KEYS.put("max-orders-per-day", new Key((b, v) -> b.maxOrdersPerDay(integer(v)),
        l -> Integer.toString(l.maxOrdersPerDay())));
    KEYS.put("cooldown", new Key((b, v) -> b.cooldownNs(DurationValue.parseNs(v)),
        l -> DurationValue.format(l.cooldownNs())));
    KEYS.put("min-price", new Key((b, v) -> b.minPrice(Price.parse(v)), l -> l.minPrice().toDollarString()));
    KEYS.put("max-price", new Key((b, v) -> b.maxPrice(Price.parse(v)), l -> l.maxPrice().toDollarString()));
    KEYS.put("kelly-fraction", new Key((b, v) -> b.kellyFraction(new BigDecimal(v)),
        l -> l.kellyFraction().toPlainString()));
    KEYS.put("min-order-qty", new Key((b, v) -> b.minOrderQty(Qty.parse(v)), l -> l.minOrderQty().toString()));
  }

  static List<String> names() {
    return List.copyOf(KEYS.keySet());
  }

  /** Reads {@code value} into {@code builder}; throws naming the key for an unknown key or an unreadable value. */
  static void apply(RiskLimits.Builder builder, String key, String value) {
    Key k = find(key);
    if (value == null) {
      throw new IllegalArgumentException(key + ": a value is required");
    }
    try {
      k.read().accept(builder, value.trim());
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new IllegalArgumentException(key + ": cannot read \"" + value + "\": " + e.getMessage(), e);
    }
  }

  static String format(RiskLimits limits, String key) {
    return find(key).write().apply(limits);
  }

  private static Key find(String key) {
    Key k = key == null ? null : KEYS.get(key);
    if (k == null) {
      throw new IllegalArgumentException("unknown risk limit key \"" + key + "\"; known keys: "
          + String.join(", ", KEYS.keySet()));
    }
    return k;
  }

  private static double number(String v) {
    double d = Double.parseDouble(v);
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("not a finite number");
    }
    return d;
  }

  private static int integer(String v) {
    return Integer.parseInt(v);
  }

  private static long whole(String v) {
    return Long.parseLong(v);
  }

  private static <T> Set<T> list(String v, Function<String, T> id) {
    if (v.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(v.split(",")).map(String::trim).map(id).collect(Collectors.toUnmodifiableSet());
  }

  private static String joined(Set<?> values) {
    TreeSet<String> sorted = new TreeSet<>();
    values.forEach(value -> sorted.add(value.toString()));
    return String.join(",", sorted);
  }
}
