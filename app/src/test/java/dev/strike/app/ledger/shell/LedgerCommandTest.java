package dev.strike.app.ledger.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.CliRun;
import dev.strike.common.event.Action;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.Side;
import dev.strike.common.event.Venue;
import dev.strike.common.id.AccountId;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import dev.strike.common.event.StrikeEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strike ledger} on records put on the embedded broker by hand. */
class LedgerCommandTest {
  private static final MarketTicker A = MarketTicker.of("KXTEST-A");
  private static final MarketTicker B = MarketTicker.of("KXTEST-B");

  @Test
  void shouldWriteTheBacktestColumnsFromTheTopicsWhenFillsAndSettlementsSpanTwoDays(@TempDir Path dir)
      throws Exception {
    String prefix = SharedKafka.uniqueName("ledger");
    Topics topics = new Topics(prefix, java.util.Map.of());
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30))
        .ensure(List.<Topic<?>>of(topics.trades(), topics.settlements()));
    Fill alpha = fill("alpha", A, Side.YES, "0.40", 10, "0.07", Liquidity.TAKER, "2026-02-25T23:51:00Z");
    Fill beta = fill("beta", B, Side.NO, "0.30", 5, "0.02", Liquidity.MAKER, "2026-02-26T00:01:00Z");
    // published out of time order, and alpha's fill twice (a redelivery): the ledger orders and keeps it once
    publish(topics.trades(), beta, alpha, alpha);
    publish(topics.settlements(),
        settled(B, MarketResult.YES, 0, 5, "0.00", "2026-02-26T00:10:00Z"),
        settled(A, MarketResult.YES, 10, 0, "10.00", "2026-02-25T23:55:00Z"));

    CliRun run = CliRun.of("ledger", "--kafka", SharedKafka.bootstrapServers(), "--prefix", prefix,
        "--out", dir.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("ledger: 2 fills, 2 settlements");
    assertThat(Files.readString(dir.resolve("trades.csv"))).isEqualTo("""
        time,kind,ticker,strategy,intent,side,action,price,qty,fee,liquidity,payout,result
        2026-02-25T23:51:00Z,fill,KXTEST-A,alpha,intent-alpha,yes,buy,0.4000,10.00,0.07,taker,,
        2026-02-25T23:55:00Z,settlement,KXTEST-A,,,yes,settle,1.0000,10.00,0.00,,10.00,yes
        2026-02-26T00:01:00Z,fill,KXTEST-B,beta,intent-beta,no,buy,0.3000,5.00,0.02,maker,,
        2026-02-26T00:10:00Z,settlement,KXTEST-B,,,no,settle,0.0000,5.00,0.00,,0.00,yes
        """);
    // day 1: 1000 - 4.00 - 0.07 + 10.00 = 1005.93; day 2: 1005.93 - 1.50 - 0.02 + 0 = 1004.41
    assertThat(Files.readString(dir.resolve("daily_pnl.csv"))).isEqualTo("""
        date,start_equity,end_equity,pnl,fees,fills,round_trips
        2026-02-25,1000.00,1005.93,5.93,0.07,1,1
        2026-02-26,1005.93,1004.41,-1.52,0.02,1,1
        """);
  }

  @Test
  void shouldKeepOnlyTheRangeWhenFromAndToAreGiven(@TempDir Path dir) throws Exception {
    String prefix = SharedKafka.uniqueName("ledger");
    Topics topics = new Topics(prefix, java.util.Map.of());
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30))
        .ensure(List.<Topic<?>>of(topics.trades(), topics.settlements()));
    publish(topics.trades(), fill("alpha", A, Side.YES, "0.40", 10, "0.07", Liquidity.TAKER, "2026-02-25T23:51:00Z"),
        fill("beta", B, Side.NO, "0.30", 5, "0.02", Liquidity.MAKER, "2026-02-26T00:01:00Z"));

    CliRun run = CliRun.of("ledger", "--kafka", SharedKafka.bootstrapServers(), "--prefix", prefix,
        "--out", dir.toString(), "--from", "2026-02-26T00:00:00Z", "--to", "2026-02-27T00:00:00Z");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("trades.csv"))).isEqualTo("""
        time,kind,ticker,strategy,intent,side,action,price,qty,fee,liquidity,payout,result
        2026-02-26T00:01:00Z,fill,KXTEST-B,beta,intent-beta,no,buy,0.3000,5.00,0.02,maker,,
        """);
  }

  private static long ns(String time) {
    Instant at = Instant.parse(time);
    return at.getEpochSecond() * 1_000_000_000L + at.getNano();
  }

  private static Fill fill(String strategy, MarketTicker ticker, Side side, String price, long contracts, String fee,
      Liquidity liquidity, String time) {
    IntentId intent = IntentId.of("intent-" + strategy);
    return new Fill(TradeId.of("trade-" + strategy), ClientOrderId.forIntent(intent), null, intent,
        StrategyId.of(strategy), ticker, Venue.PAPER, side, Action.BUY, Price.parse(price),
        Qty.ofContracts(contracts), Money.parse(fee), liquidity, ns(time), ns(time));
  }

  private static MarketSettled settled(MarketTicker ticker, MarketResult result, long yes, long no, String payout,
      String time) {
    return new MarketSettled(ticker, AccountId.of("paper"), Venue.PAPER, result,
        result == MarketResult.YES ? Price.ONE : Price.ZERO, Qty.ofContracts(yes), Qty.ofContracts(no),
        Money.parse(payout), Money.ZERO, ns(time), ns(time));
  }

  @SafeVarargs
  private static <V extends StrikeEvent> void publish(Topic<V> topic, V... values) throws Exception {
    Properties p = new Properties();
    p.put("bootstrap.servers", SharedKafka.bootstrapServers());
    p.put("key.serializer", ByteArraySerializer.class.getName());
    p.put("value.serializer", ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      for (V value : values) {
        producer.send(new ProducerRecord<>(topic.name(), "k".getBytes(StandardCharsets.UTF_8),
            topic.codec().encode(value))).get(10, TimeUnit.SECONDS);
      }
    }
  }
}
