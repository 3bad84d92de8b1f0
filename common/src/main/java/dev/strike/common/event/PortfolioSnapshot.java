package dev.strike.common.event;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.strike.common.id.AccountId;
import dev.strike.common.money.Money;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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
 * @param dayStartEquity equity at the start of the current trading day (the cash balance when absent)
 * @param tradingDayStartNs when the current trading day started, epoch ns (0 when unknown)
 * @param consecutiveLosses losing round trips in a row
 * @param consecutiveWins winning round trips in a row
 * @param wins round trips closed with a profit since the account started
 * @param losses round trips closed without one
 * @param openOrders resting and approved orders and the cash they hold, sorted by client order id
 * @param markets the market metadata the risk service holds, sorted by ticker
 * @param books the order books the risk service holds, sorted by ticker
 * @param gate the gate's operator switches, breakers and counters
 * @param pendingExits per ticker, when the exit now in flight was emitted, epoch ns
 * @param signalClockNs the latest signal time the gate has seen (signals older than their expiry by it are stale)
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
    @Nullable Money dayStartEquity,
    @JsonSetter(nulls = Nulls.AS_EMPTY) long tradingDayStartNs,
    @JsonSetter(nulls = Nulls.AS_EMPTY) int consecutiveLosses,
    @JsonSetter(nulls = Nulls.AS_EMPTY) int consecutiveWins,
    @JsonSetter(nulls = Nulls.AS_EMPTY) long wins,
    @JsonSetter(nulls = Nulls.AS_EMPTY) long losses,
    @Nullable List<OpenOrderSnapshot> openOrders,
    @Nullable List<MarketInfo> markets,
    @Nullable List<BookSnapshot> books,
    @Nullable GateStateSnapshot gate,
    @Nullable SortedMap<String, Long> pendingExits,
    @JsonSetter(nulls = Nulls.AS_EMPTY) long signalClockNs,
    long tsEvent,
    long tsInit)
    implements StrikeEvent {

  /** A snapshot with only the account figures (everything the gate counts starts empty). */
  public PortfolioSnapshot(AccountId account, Money cash, Money reservedCash, Money realizedPnl, Money fees,
      Money peakEquity, List<PositionSnapshot> positions, SortedMap<String, Long> inputOffsets, long tsEvent,
      long tsInit) {
    this(account, cash, reservedCash, realizedPnl, fees, peakEquity, positions, inputOffsets, null, 0, 0, 0, 0, 0,
        null, null, null, null, null, 0, tsEvent, tsInit);
  }

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
    // Fields added after schema version 1 shipped: absent in older snapshots, so they default here.
    dayStartEquity = dayStartEquity == null ? cash : dayStartEquity;
    Require.timestamp(tradingDayStartNs, "tradingDayStartNs");
    Require.notNegative(consecutiveLosses, "consecutiveLosses");
    Require.notNegative(consecutiveWins, "consecutiveWins");
    Require.notNegative(wins, "wins");
    Require.notNegative(losses, "losses");
    openOrders = openOrders == null ? List.of() : Require.list(openOrders, "openOrders");
    markets = markets == null ? List.of() : Require.list(markets, "markets");
    books = books == null ? List.of() : Require.list(books, "books");
    gate = gate == null ? GateStateSnapshot.EMPTY : gate;
    pendingExits = pendingExits == null ? new TreeMap<>() : Require.sortedMap(pendingExits, "pendingExits");
    Require.timestamp(signalClockNs, "signalClockNs");
    Require.times(tsEvent, tsInit);
  }
}
