package dev.strike.risk.core.gate;

import dev.strike.common.event.DenialReason;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import java.util.Objects;

/** What {@link RiskGate#check} decided about one signal: an order of a given size, or every reason it was refused. */
public sealed interface GateResult {

  /**
   * The signal may become an order.
   *
   * @param qty the order size, positive: the Kelly size capped by every limit for an entry or quote, the held
   *     quantity for an exit (reduce-only)
   * @param limitPrice the order's limit price (the signal's), micro-dollars per contract of the signal's side
   * @param sizing one line for operators: the Kelly fraction, {@code f*}, the stake and the limit that capped the size
   */
  record Approved(Qty qty, Price limitPrice, String sizing) implements GateResult {
    /** Validates a positive size and presence. */
    public Approved {
      Objects.requireNonNull(qty, "qty");
      Objects.requireNonNull(limitPrice, "limitPrice");
      Objects.requireNonNull(sizing, "sizing");
      if (qty.isZero()) {
        throw new IllegalArgumentException("an approved order needs a positive quantity");
      }
    }
  }

  /**
   * The signal was refused.
   *
   * @param reasons every check that failed, with its numbers, in the order the gate checks them; never empty
   */
  record Denied(List<DenialReason> reasons) implements GateResult {
    /** Validates that there is at least one reason. */
    public Denied {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a denial needs at least one reason");
      }
    }
  }
}
