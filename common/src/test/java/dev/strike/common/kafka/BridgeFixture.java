package dev.strike.common.kafka;

import dev.strike.common.testing.SharedKafka;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** A namespace of topics, a sender, dead letters and receivers for one bridge test; closes all of it. */
final class BridgeFixture implements AutoCloseable {
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  final Topics topics = Topics.withPrefix(SharedKafka.uniqueName("ns"));
  final KafkaSender sender;
  final DeadLetters deadLetters;
  private final List<AutoCloseable> closeables = new ArrayList<>();

  BridgeFixture() {
    SharedKafka.createTopicNamed(topics.dlq().name(), 1);
    sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "test-sender"));
    deadLetters = new DeadLetters(sender, topics.dlq(), SystemClock.INSTANCE, meters);
  }

  KafkaReceiver receiver(String group, List<String> inputTopics) {
    return receiver(ReceiverOptions.of(SharedKafka.bootstrapServers(), group, inputTopics));
  }

  KafkaReceiver receiver(ReceiverOptions options) {
    KafkaReceiver receiver = new KafkaReceiver(options, deadLetters, meters);
    closeables.add(receiver);
    return receiver;
  }

  /** Sends UTF-8 key/value pairs with a plain producer and waits for all acknowledgements. */
  static void produce(String topic, List<String[]> keyValues) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers());
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      for (String[] kv : keyValues) {
        producer.send(new ProducerRecord<>(topic, kv[0] == null ? null : kv[0].getBytes(StandardCharsets.UTF_8),
            kv[1].getBytes(StandardCharsets.UTF_8)));
      }
      producer.flush();
    }
  }

  static String utf8(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    for (AutoCloseable c : closeables) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    sender.close(Duration.ofSeconds(5));
  }
}
