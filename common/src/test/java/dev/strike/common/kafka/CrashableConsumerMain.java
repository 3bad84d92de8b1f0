package dev.strike.common.kafka;

import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A consumer for {@link KafkaReceiverCrashTest}, run in its own JVM so the test can kill it with SIGKILL: for every
 * input record it writes {@code "<partition>:<offset>"} to the output topic, slowly, and commits as the bridge does.
 *
 * <p>Arguments: bootstrap servers, input topic, output topic, group id, dlq prefix.
 */
public final class CrashableConsumerMain {
  private CrashableConsumerMain() {}

  /** Runs until killed. */
  public static void main(String[] args) {
    String bootstrap = args[0];
    String input = args[1];
    String output = args[2];
    String group = args[3];
    Topics topics = Topics.withPrefix(args[4]);
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    KafkaSender sender = new KafkaSender(SenderOptions.lowLatency(bootstrap, group + "-out"));
    DeadLetters dlq = new DeadLetters(sender, topics.dlq(), SystemClock.INSTANCE, meters);
    KafkaReceiver receiver = new KafkaReceiver(
        ReceiverOptions.of(bootstrap, group, List.of(input))
            .withCommitInterval(Duration.ofMillis(50))
            .with("session.timeout.ms", 6_000)
            .with("heartbeat.interval.ms", 1_000), dlq, meters);
    System.out.println("STARTED");
    System.out.flush();
    receiver.run(record -> {
      // slow synchronous work, so that the test can kill it mid-stream; then the output, acknowledged later
      java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
      return sender.send(new ProducerRecord<>(output, record.key(),
          (record.partition() + ":" + record.offset()).getBytes(StandardCharsets.UTF_8))).then();
    }).block();
  }
}
