package dev.strike.common.kafka.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

  @Test
  void shouldKeepTopicsAndRecordsAcrossARestartOnTheSameDataDirectory(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("kafka");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(data).build().start()) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("kept", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        dev.strike.common.kafka.TopicProvisioner.awaitLeaders(admin, List.of("kept"), Duration.ofSeconds(30));
      }
      Properties p = new Properties();
      p.put("bootstrap.servers", broker.bootstrapServers());
      p.put("key.serializer", StringSerializer.class.getName());
      p.put("value.serializer", StringSerializer.class.getName());
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
        for (int i = 0; i < 10; i++) {
          producer.send(new ProducerRecord<>("kept", "k" + i, "v" + i)).get(30, TimeUnit.SECONDS);
        }
      }
    }
    assertThat(data.resolve("meta.properties")).exists();

    try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.builder().dataDir(data).build().start();
        Admin admin = Admin.create(Map.of("bootstrap.servers", again.bootstrapServers()))) {
      assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("kept");
      dev.strike.common.kafka.TopicProvisioner.awaitLeaders(admin, List.of("kept"), Duration.ofSeconds(30));
      long records = admin.listOffsets(Map.of(
              new org.apache.kafka.common.TopicPartition("kept", 0),
              org.apache.kafka.clients.admin.OffsetSpec.latest(),
              new org.apache.kafka.common.TopicPartition("kept", 1),
              org.apache.kafka.clients.admin.OffsetSpec.latest()))
          .all().get(30, TimeUnit.SECONDS).values().stream().mapToLong(i -> i.offset()).sum();
      assertThat(records).isEqualTo(10);
    }
    assertThat(data).exists();
  }

  @Test
  void shouldExplainAPortThatIsAlreadyTaken() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(taken.getLocalPort()).controllerPort(0)
          .build();
      assertThatThrownBy(broker::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("embedded Kafka broker did not start")
          .hasMessageContaining("port " + taken.getLocalPort());
      broker.close();
    }
  }

  @Test
  void shouldDeleteATemporaryDataDirectoryOnClose() {
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
    Path data = broker.dataDir();
    assertThat(broker.bootstrapServers()).startsWith("127.0.0.1:");
    broker.close();
    assertThat(data).doesNotExist();
  }
}
