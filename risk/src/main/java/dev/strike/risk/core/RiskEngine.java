package dev.strike.risk.core;

import dev.strike.common.event.Action;
import dev.strike.common.event.Alert;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.DenialReason;
import dev.strike.common.event.Fill;
import dev.strike.common.event.GateStateSnapshot.BreakerTrip;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderDenied;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.RiskDecision;
import dev.strike.common.event.Severity;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.id.AccountId;
import dev.strike.common.id.AlertId;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.risk.core.exit.ExitDecision;
import dev.strike.risk.core.exit.ExitMonitor;
import dev.strike.risk.core.exit.ExitRules;
import dev.strike.risk.core.gate.Breakers;
import dev.strike.risk.core.gate.GateResult;
import dev.strike.risk.core.gate.GateState;
import dev.strike.risk.core.gate.RiskGate;
import dev.strike.risk.core.gate.RiskLimits;
import dev.strike.risk.core.portfolio.MarketBoard;
import dev.strike.risk.core.portfolio.Portfolio;
import dev.strike.risk.core.portfolio.TradingDay;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The risk service's whole decision core: one account, every input in one order. Signals become
 * {@link OrderApproved} or {@link OrderDenied}; fills, order events, settlements and books keep the {@link Portfolio};
 * books also drive the exits (reduce-only intents); breakers trip on the portfolio's numbers; operator commands
 * pause, halt, resume, reset breakers, switch strategies and change limits. Every state change is an {@link Alert}.
 *
 * <p>Pure and deterministic: the same inputs in the same order give the same outputs, byte for byte, and
 * {@link #snapshot} + {@link #restore} continue exactly where the snapshot was taken. Time is the largest
 * {@code tsEvent} seen of market and account events (operator commands do not move it: their clocks are not the
 * market's). Not thread-safe: one thread owns an engine.
 */
public final class RiskEngine {
  private static final int REMEMBERED_DECISIONS = 10_000;

  /**
   * How the engine is set up.
   *
   * @param startingCash the account's cash before its first fill (paper; the live balance arrives with execution)
   * @param limits the limits before run-time overrides
   * @param exits the exit rules before run-time overrides
   * @param approvalTimeoutNs how long an approved order may stay unreported by execution before its cash is released
   * @param exitRetryNs how long an exit in flight blocks another exit of the same position
   */
  public record Settings(AccountId account, Money startingCash, RiskLimits limits, ExitRules exits,
      TradingDay tradingDay, long approvalTimeoutNs, long exitRetryNs) {
    /** Validates presence and positive durations. */
    public Settings {
      Objects.requireNonNull(account, "account");
      Objects.requireNonNull(startingCash, "startingCash");
      Objects.requireNonNull(limits, "limits");
      Objects.requireNonNull(exits, "exits");
      Objects.requireNonNull(tradingDay, "tradingDay");
      if (approvalTimeoutNs <= 0 || exitRetryNs <= 0) {
        throw new IllegalArgumentException("approvalTimeoutNs and exitRetryNs must be positive");
      }
    }
  }

  private final Settings settings;
  private final MarketBoard board = new MarketBoard();
  private final Portfolio portfolio;
  private final RiskGate gate = new RiskGate();
  private final Breakers breakers = new Breakers();
  private final ExitMonitor exitMonitor = new ExitMonitor();
  private GateState state = new GateState();
  private ExitRules exits;
  private final TreeMap<String, Long> pendingExits = new TreeMap<>();
  private final LinkedHashMap<SignalId, RiskDecision> decided = new LinkedHashMap<>(1_024, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<SignalId, RiskDecision> eldest) {
      return size() > REMEMBERED_DECISIONS;
    }
  };
  private long nowNs;
  /** The latest signal time seen: the clock signals are judged stale on. */
  private long signalClockNs;
  private long approvals;
  private long denials;
  private long exitsEmitted;
  private long redeliveredSignals;

  /** A new engine for a fresh account. */
  public RiskEngine(Settings settings) {
    this.settings = settings;
    this.exits = settings.exits();
    this.portfolio = new Portfolio(settings.account(), settings.startingCash(), board, settings.tradingDay(),
        settings.approvalTimeoutNs());
  }

  /**
   * Handles one input and returns what it produced: decisions ({@code risk.decisions}) and alerts ({@code alerts}),
   * in order. Events the engine does not use produce nothing.
   */
  public List<StrikeEvent> onEvent(StrikeEvent event) {
    List<StrikeEvent> out = new ArrayList<>(2);
    if (!(event instanceof ControlCommand)) {
      advance(event.tsEvent(), out);
    }
    if (event instanceof Signal signal) {
      onSignal(signal, out);
    } else if (event instanceof BookEvent book) {
      // only a held market's book moves equity: the others change no mark, no exit and no breaker
      if (board.onBook(book) && portfolio.position(book.ticker()) != null) {
        portfolio.onBookChanged(book.ticker());
        checkExit(book.ticker(), book.tsInit(), out);
        checkBreakers(out);
      }
    } else if (event instanceof MarketInfo info) {
      board.onMarket(info);
    } else if (event instanceof Fill fill) {
      Portfolio.RoundTrip trip = portfolio.onFill(fill);
      if (portfolio.position(fill.ticker()) == null || trip != null) {
        pendingExits.remove(fill.ticker().value());
      }
      checkBreakers(out);
    } else if (event instanceof OrderEvent order) {
      portfolio.onOrderEvent(order);
    } else if (event instanceof MarketSettled settled) {
      portfolio.onSettled(settled);
      pendingExits.remove(settled.ticker().value());
      checkBreakers(out);
    } else if (event instanceof ControlCommand command) {
      onControl(command, out);
    }
    return out;
  }

  private void advance(long tsEvent, List<StrikeEvent> out) {
    if (tsEvent <= nowNs) {
      return;
    }
    nowNs = tsEvent;
    if (portfolio.advanceTo(nowNs)) {
      breakers.onNewTradingDay(state);
    }
    pendingExits.values().removeIf(since -> nowNs - since > settings.exitRetryNs());
  }

  // ------------------------------------------------------------------------------------------------- signals

  private void onSignal(Signal signal, List<StrikeEvent> out) {
    RiskDecision earlier = decided.get(signal.signalId());
    if (earlier != null) {
      redeliveredSignals++;
      out.add(earlier); // a redelivered signal gets the very same decision, so the same intent id
      return;
    }
    RiskLimits limits = limits();
    MarketInfo market = board.info(signal.ticker());
    // The signal is judged at its own time (when its trigger happened on the market): time to close, rate windows
    // and cooldowns do not depend on how far the market-data topics ran ahead of the signals topic, so the services
    // decide as a backtest does. Staleness is judged on the signal stream's own clock: a signal that arrives after
    // newer signals have moved past its expiry is refused.
    long decisionNs = Math.max(signal.tsEvent(), 1);
    signalClockNs = Math.max(signalClockNs, signal.tsEvent());
    GateResult result = gate.check(signal, market, portfolio, state, limits, decisionNs);
    if (signal.expiresAtNs() < signalClockNs) {
      List<DenialReason> reasons = new ArrayList<>();
      reasons.add(new DenialReason.SignalExpired(signal.expiresAtNs(), signalClockNs));
      if (result instanceof GateResult.Denied denied) {
        reasons.addAll(denied.reasons());
      }
      result = new GateResult.Denied(reasons);
    }
    RiskDecision decision;
    if (result instanceof GateResult.Approved approved) {
      boolean quote = signal.kind() == SignalKind.QUOTE;
      boolean reduceOnly = signal.kind() == SignalKind.EXIT || signal.action() == Action.SELL;
      IntentId intentId = IntentId.derive(signal.signalId(), signal.action().name(), signal.side().name(),
          approved.qty().toContractString(), approved.limitPrice().toDollarString());
      OrderIntent intent = new OrderIntent(intentId, ClientOrderId.forIntent(intentId), signal.signalId(),
          signal.strategy(), signal.ticker(), signal.side(), signal.action(), approved.limitPrice(), approved.qty(),
          quote ? TimeInForce.GTC : TimeInForce.IOC, quote, reduceOnly, quote ? signal.expiresAtNs() : 0);
      portfolio.onApproved(intent, nowNs);
      state.onApproved(signal.ticker(), signal.side(), signal.action(), decisionNs, limits.cooldownNs());
      decision = new OrderApproved(intent, approved.sizing(), decisionNs, signal.tsInit());
      approvals++;
    } else {
      GateResult.Denied denied = (GateResult.Denied) result;
      decision = new OrderDenied(signal.signalId(), signal.strategy(), signal.ticker(), signal.side(),
          signal.action(), denied.reasons(), decisionNs, signal.tsInit());
      denials++;
    }
    decided.put(signal.signalId(), decision);
    out.add(decision);
  }

  // ------------------------------------------------------------------------------------------------- exits

  private void checkExit(MarketTicker ticker, long tsInit, List<StrikeEvent> out) {
    PositionView position = portfolio.position(ticker);
    MarketInfo market = board.info(ticker);
    TopOfBook top = board.top(ticker);
    if (position == null || market == null || top == null || pendingExits.containsKey(ticker.value())
        || state.tradingState() == GateState.TradingState.HALTED) {
      return;
    }
    ExitDecision exit = exitMonitor.check(position, market, top, exits, nowNs);
    if (exit == null) {
      return;
    }
    SignalId signalId = SignalId.of(StableHash.hex128("exit", ticker.value(), exit.reason().name(),
        Long.toString(position.openedAtNs()), Long.toString(nowNs)));
    IntentId intentId = IntentId.derive(signalId, Action.SELL.name(), exit.side().name(),
        exit.qty().toContractString(), exit.limitPrice().toDollarString());
    OrderIntent intent = new OrderIntent(intentId, ClientOrderId.forIntent(intentId), signalId, EXIT_STRATEGY, ticker,
        exit.side(), Action.SELL, exit.limitPrice(), exit.qty(), TimeInForce.IOC, false, true, 0);
    portfolio.onApproved(intent, nowNs);
    pendingExits.put(ticker.value(), nowNs);
    exitsEmitted++;
    out.add(new OrderApproved(intent, "exit " + exit.reason().code() + ": " + exit.detail(), nowNs, tsInit));
  }

  /** The strategy exits are attributed to. */
  public static final StrategyId EXIT_STRATEGY = StrategyId.of("risk-exit");

  // ------------------------------------------------------------------------------------------------- breakers

  private void checkBreakers(List<StrikeEvent> out) {
    for (BreakerTrip trip : breakers.evaluate(portfolio, limits(), state, nowNs)) {
      out.add(alert(Severity.CRITICAL, "breaker", "breaker " + trip.breaker() + " tripped: " + trip.detail()
          + "; new entries stop until an operator resets it", numbers(), "trip", trip.breaker(),
          Long.toString(trip.trippedAtNs())));
    }
  }

  // ------------------------------------------------------------------------------------------------- control

  private void onControl(ControlCommand command, List<StrikeEvent> out) {
    String id = command.commandId().value();
    if (command instanceof ControlCommand.PauseTrading pause) {
      state.pause(pause.reason());
      out.add(alert(Severity.WARNING, "control", "trading paused by " + pause.issuedBy() + ": " + pause.reason()
          + " (exits still run)", numbers(), "pause", id));
    } else if (command instanceof ControlCommand.HaltTrading halt) {
      state.halt(halt.reason());
      out.add(alert(Severity.CRITICAL, "emergency_stop", "trading halted by " + halt.issuedBy() + ": "
          + halt.reason() + "; execution cancels every resting order", numbers(), "halt", id));
    } else if (command instanceof ControlCommand.ResumeTrading resume) {
      state.resume();
      out.add(alert(Severity.INFO, "control", "trading resumed by " + resume.issuedBy(), numbers(), "resume", id));
    } else if (command instanceof ControlCommand.ResetBreaker reset) {
      List<String> closed = breakers.reset(reset.breaker(), portfolio, state);
      String text = closed.isEmpty()
          ? "breaker reset by " + reset.issuedBy() + ": " + reset.breaker() + " was not tripped"
          : "breaker reset by " + reset.issuedBy() + ": " + String.join(", ", closed) + " closed; new entries allowed";
      out.add(alert(Severity.WARNING, "breaker", text, numbers(), "reset", id));
    } else if (command instanceof ControlCommand.SetStrategyEnabled strategy) {
      state.setStrategyEnabled(strategy.strategy(), strategy.enabled());
      out.add(alert(Severity.INFO, "control", "strategy " + strategy.strategy().value() + " switched "
          + (strategy.enabled() ? "on" : "off") + " by " + strategy.issuedBy(), numbers(), "strategy", id));
    } else if (command instanceof ControlCommand.SetParameter parameter) {
      onParameter(parameter, out);
    }
  }

  /** The prefixes of the configuration keys the engine accepts at run time. */
  public static final String LIMITS_PREFIX = "risk.limits.";
  /** See {@link #LIMITS_PREFIX}. */
  public static final String EXITS_PREFIX = "risk.exits.";

  private void onParameter(ControlCommand.SetParameter parameter, List<StrikeEvent> out) {
    String key = parameter.key();
    String id = parameter.commandId().value();
    try {
      if (key.startsWith(LIMITS_PREFIX)) {
        state.setParameter(settings.limits(), key.substring(LIMITS_PREFIX.length()), parameter.value());
      } else if (key.startsWith(EXITS_PREFIX)) {
        exits = exits.with(key.substring(EXITS_PREFIX.length()), parameter.value());
        state.recordExitParameter(key.substring(EXITS_PREFIX.length()), parameter.value());
      } else {
        return; // another service's key
      }
      out.add(alert(Severity.INFO, "control", "limit " + key + " set to " + parameter.value() + " by "
          + parameter.issuedBy(), numbers(), "param", id));
    } catch (IllegalArgumentException e) {
      out.add(alert(Severity.WARNING, "control", "limit change refused: " + key + " = " + parameter.value() + ": "
          + e.getMessage(), numbers(), "param-refused", id));
    }
  }

  // ------------------------------------------------------------------------------------------------- alerts

  private Alert alert(Severity severity, String kind, String text, SortedMap<String, BigDecimal> numbers,
      String... cause) {
    String[] parts = new String[cause.length + 2];
    parts[0] = "risk-alert";
    parts[1] = kind;
    System.arraycopy(cause, 0, parts, 2, cause.length);
    long ts = Math.max(nowNs, 1);
    return new Alert(AlertId.of(StableHash.hex128(parts)), severity, kind, text, numbers, ts, ts);
  }

  private SortedMap<String, BigDecimal> numbers() {
    SortedMap<String, BigDecimal> numbers = new TreeMap<>();
    numbers.put("equity", dollars(portfolio.equity()));
    numbers.put("daily_pnl", dollars(portfolio.dailyPnl()));
    numbers.put("drawdown_bps", BigDecimal.valueOf(portfolio.drawdownBps()));
    numbers.put("consecutive_losses", BigDecimal.valueOf(portfolio.consecutiveLosses()));
    return numbers;
  }

  private static BigDecimal dollars(Money money) {
    return BigDecimal.valueOf(money.micros(), 6);
  }

  // ------------------------------------------------------------------------------------------------- state

  /** The limits in force: the configured ones with the run-time overrides applied. */
  public RiskLimits limits() {
    return state.limits(settings.limits());
  }

  /** The exit rules in force. */
  public ExitRules exits() {
    return exits;
  }

  /** The portfolio (read it on the engine's thread only). */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** The gate's switches and counters (read it on the engine's thread only). */
  public GateState gateState() {
    return state;
  }

  /** The market data the engine holds. */
  public MarketBoard board() {
    return board;
  }

  /** The engine's time: the largest market or account event time seen, epoch ns (0 before any). */
  public long nowNs() {
    return nowNs;
  }

  /** Signals approved since start. */
  public long approvals() {
    return approvals;
  }

  /** Signals denied since start. */
  public long denials() {
    return denials;
  }

  /** Exit intents emitted since start. */
  public long exitsEmitted() {
    return exitsEmitted;
  }

  /** Signals seen again and answered with their earlier decision. */
  public long redeliveredSignals() {
    return redeliveredSignals;
  }

  /**
   * Everything the engine holds, as of now, for the {@code portfolio} topic.
   *
   * @param inputOffsets per input {@code topic-partition}, the next offset not yet handled
   * @param tsInit our clock when the snapshot was taken, epoch ns
   */
  public PortfolioSnapshot snapshot(SortedMap<String, Long> inputOffsets, long tsInit) {
    long ts = Math.max(nowNs, 1);
    return portfolio.snapshot(new Portfolio.SnapshotRest(inputOffsets, state.export(), new TreeMap<>(pendingExits),
        signalClockNs, ts, Math.max(tsInit, 1)));
  }

  /** Continues from {@code snapshot}: the portfolio, the markets and books, the gate's state and pending exits. */
  public void restore(PortfolioSnapshot snapshot) {
    portfolio.restore(snapshot);
    state = GateState.restore(snapshot.gate());
    exits = settings.exits();
    for (Map.Entry<String, String> override : state.exitParameters().entrySet()) {
      exits = exits.with(override.getKey(), override.getValue());
    }
    pendingExits.clear();
    pendingExits.putAll(snapshot.pendingExits());
    decided.clear();
    signalClockNs = snapshot.signalClockNs();
    nowNs = Math.max(snapshot.tsEvent(), 0);
  }

  /** For diagnostics: the decision an earlier delivery of {@code signal} got, or null. */
  public @Nullable RiskDecision decisionOf(SignalId signal) {
    return decided.get(signal);
  }
}
