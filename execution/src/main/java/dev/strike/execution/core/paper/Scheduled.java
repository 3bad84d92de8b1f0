package dev.strike.execution.core.paper;

import dev.strike.common.event.CancelReason;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * Something the paper exchange must do at a given exchange time: an order or a cancel arrives, an order expires, a
 * market closes. Ordered by time, then by when it was scheduled, so equal times keep call order.
 */
record Scheduled(long atNs, long seq, Kind kind, @Nullable PaperOrder order, @Nullable PaperMarket market,
    @Nullable CancelReason reason) {

  enum Kind { ORDER_ARRIVES, CANCEL_ARRIVES, ORDER_EXPIRES, MARKET_CLOSES }

  static final Comparator<Scheduled> BY_TIME =
      Comparator.comparingLong(Scheduled::atNs).thenComparingLong(Scheduled::seq);
}
