package dev.strike.risk.core;

import dev.strike.common.event.Action;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.OrderAccepted;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.Venue;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.TradeId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.exit.ExitRules;
import dev.strike.risk.core.gate.RiskProfile;
import dev.strike.risk.core.portfolio.TradingDay;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * A seeded, realistic input session for the risk engine: three markets of one event, moving books, entry signals,
 * an operator pause and resume, and a simple venue that fills every approved order at its limit (with the Kalshi
 * taker fee) one step later; settlement at the close. {@link #record} runs it once through an engine and returns
 * every input in order, so the same inputs can be replayed through other engines.
 */
public final class RiskSession {
  private RiskSession() {}

  /** The engine settings the session is meant for: balanced limits, default exits, New York days. */
  public static RiskEngine.Settings settings() {
    return new RiskEngine.Settings(RiskFixtures.ACCOUNT, Money.ofDollars(1_000),
        RiskProfile.BALANCED.limits().with("max-time-to-close", "1d"), ExitRules.defaults(),
        new TradingDay(java.time.ZoneId.of("America/New_York"), java.time.LocalTime.MIDNIGHT), 30_000_000_000L,
        10_000_000_000L);
  }

  /** Runs {@code steps} inputs of the session seeded with {@code seed} through {@code engine}; returns the inputs. */
  public static List<StrikeEvent> record(long seed, int steps, RiskEngine engine) {
    Random random = new Random(seed);
    List<MarketInfo> markets = List.of(RiskFixtures.market("30"), RiskFixtures.market("31"),
        RiskFixtures.market("32"));
    List<StrikeEvent> inputs = new ArrayList<>();
    Deque<StrikeEvent> venue = new ArrayDeque<>();
    long t = RiskFixtures.OPEN_NS + 1_000_000_000L;
    int[] yesBidCents = {45, 50, 55};
    for (MarketInfo market : markets) {
      feed(engine, inputs, venue, market);
    }
    int trade = 0;
    for (int i = 0; i < steps; i++) {
      t += 250_000_000L + random.nextInt(500) * 1_000_000L;
      while (!venue.isEmpty()) {
        feed(engine, inputs, venue, venue.poll());
      }
      int m = random.nextInt(markets.size());
      MarketTicker ticker = markets.get(m).ticker();
      int roll = random.nextInt(100);
      if (roll < 55) {
        yesBidCents[m] = Math.max(3, Math.min(95, yesBidCents[m] + random.nextInt(9) - 4));
        int noBid = 100 - yesBidCents[m] - 1 - random.nextInt(2);
        feed(engine, inputs, venue, RiskFixtures.book(ticker, Price.ofCents(yesBidCents[m]).toDollarString(),
            Price.ofCents(noBid).toDollarString(), t));
      } else if (roll < 95) {
        Side side = random.nextBoolean() ? Side.YES : Side.NO;
        int askCents = side == Side.YES ? yesBidCents[m] + 1 : 100 - yesBidCents[m] + 1;
        double p = Math.min(0.99, askCents / 100.0 + 0.02 + random.nextInt(15) / 100.0);
        String edge = Money.ofCents(Math.max(0, Math.round((p - askCents / 100.0) * 100) - 2)).toDollarString();
        feed(engine, inputs, venue, RiskFixtures.entry("s" + seed + "-" + i, ticker, side, p,
            Price.ofCents(askCents).toDollarString(), edge, t));
      } else if (roll < 97) {
        feed(engine, inputs, venue, new ControlCommand.PauseTrading(CommandId.of("pause-" + i), "test", "rehearsal",
            t, t));
      } else {
        feed(engine, inputs, venue, new ControlCommand.ResumeTrading(CommandId.of("resume-" + i), "test", t, t));
      }
      trade++;
    }
    t += 1_000_000_000L;
    while (!venue.isEmpty()) {
      feed(engine, inputs, venue, venue.poll());
    }
    for (int m = 0; m < markets.size(); m++) {
      MarketTicker ticker = markets.get(m).ticker();
      var position = engine.portfolio().position(ticker);
      boolean yesWins = yesBidCents[m] >= 50;
      long yes = position != null && position.side() == Side.YES ? position.qty().hundredths() : 0;
      long no = position != null && position.side() == Side.NO ? position.qty().hundredths() : 0;
      long paid = yesWins ? yes : no;
      feed(engine, inputs, venue, new MarketSettled(ticker, RiskFixtures.ACCOUNT, Venue.PAPER,
          yesWins ? MarketResult.YES : MarketResult.NO, yesWins ? Price.ONE : Price.ZERO, Qty.ofHundredths(yes),
          Qty.ofHundredths(no), Price.ONE.notional(Qty.ofHundredths(paid)), Money.ZERO, t + m, t + m));
    }
    return inputs;
  }

  private static void feed(RiskEngine engine, List<StrikeEvent> inputs, Deque<StrikeEvent> venue, StrikeEvent event) {
    inputs.add(event);
    for (StrikeEvent out : engine.onEvent(event)) {
      if (out instanceof OrderApproved approved) {
        execute(approved.intent(), event.tsEvent() + 50_000_000L, venue);
      }
    }
  }

  private static void execute(OrderIntent intent, long t, Deque<StrikeEvent> venue) {
    venue.add(new OrderSubmitted(intent.clientOrderId(), intent.intentId(), intent.strategy(), intent.ticker(),
        Venue.PAPER, intent.side(), intent.action(), intent.limitPrice(), intent.qty(), intent.timeInForce(),
        intent.postOnly(), intent.reduceOnly(), intent.expiresAtNs(), t, t));
    VenueOrderId venueId = VenueOrderId.of("v-" + intent.clientOrderId().value());
    venue.add(new OrderAccepted(intent.clientOrderId(), intent.intentId(), intent.strategy(), intent.ticker(),
        Venue.PAPER, venueId, intent.qty(), Qty.ZERO, t + 1, t + 1));
    Money fee = KalshiFees.of(dev.strike.common.event.FeeType.QUADRATIC, java.math.BigDecimal.ONE)
        .orderFee(intent.limitPrice(), intent.qty(), false);
    venue.add(new Fill(TradeId.of("f-" + intent.clientOrderId().value()), intent.clientOrderId(), venueId,
        intent.intentId(), intent.strategy(), intent.ticker(), Venue.PAPER, intent.side(), intent.action(),
        intent.limitPrice(), intent.qty(), fee, Liquidity.TAKER, t + 2, t + 2));
  }
}
