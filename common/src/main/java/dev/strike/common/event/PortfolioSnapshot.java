package dev.strike.common.event;

import dev.strike.common.id.AccountId;
import dev.strike.common.money.Money;
import java.util.List;
import java.util.SortedMap;

/**
 * The risk service's portfolio at a point of its input ({@code portfolio}, compacted, keyed by account), so that a
 * restart is this snapshot plus the input after {@code inputOffsets}.
 *
 * @param cash cash balance
 * @param reservedCash cash held for resting orders
 * @param realizedPnl realized P&amp;L since the account started
 * @param fees fees paid since the account started
 * @param peakEquity highest equity seen (for drawdown)
 * @param positions open positions, sorted by ticker and side
 * @param inputOffsets for each input {@code topic-partition}, the next offset the snapshot has not folded
 */
public record PortfolioSnapshot(
    AccountId account,
    Money cash,
    Money reservedCash,
    Money realizedPnl,
    Money fees,
    Money peakEquity,
    List<PositionSnapshot> positions,
    SortedMap<String, Long> inputOffsets,
    long tsEvent,
    long tsInit)
    implements StrikeEvent {

  /** Validates presence and non-negative reservations and offsets. */
  public PortfolioSnapshot {
    Require.present(account, "account");
    Require.present(cash, "cash");
    Require.present(reservedCash, "reservedCash");
    Require.present(realizedPnl, "realizedPnl");
    Require.present(fees, "fees");
    Require.present(peakEquity, "peakEquity");
    positions = Require.list(positions, "positions");
    inputOffsets = Require.sortedMap(inputOffsets, "inputOffsets");
    if (reservedCash.isNegative()) {
      throw new IllegalArgumentException("reservedCash must not be negative, got " + reservedCash);
    }
    inputOffsets.forEach((partition, offset) -> Require.notNegative(offset, "inputOffsets." + partition));
    Require.times(tsEvent, tsInit);
  }
}
