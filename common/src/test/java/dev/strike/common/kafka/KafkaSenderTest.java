package dev.strike.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.EventSamples;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.topic.Topics;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class KafkaSenderTest {

  @Test
  void shouldSendToATopicNotSentToBeforeFromAnAcknowledgementCallback() {
    Topics topics = Topics.withPrefix(SharedKafka.uniqueName("sender"));
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30)).ensure(List.of(topics.signals(),
        topics.trades(), topics.alerts()));
    // a short max.block.ms: a send blocked on the producer's own I/O thread would fail after it
    try (KafkaSender sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "sender-test")
        .with("max.block.ms", 3_000))) {
      List<Mono<RecordMetadata>> sends = List.of(
          sender.send(topics.signals(), EventSamples.signal()),
          sender.send(topics.trades(), EventSamples.fill()),
          sender.send(topics.alerts(), EventSamples.alert()));

      // concatMap subscribes each next send in the previous one's acknowledgement, on the producer's I/O thread
      List<RecordMetadata> acked = Flux.fromIterable(sends).concatMap(send -> send).collectList()
          .block(Duration.ofSeconds(30));

      assertThat(acked).extracting(RecordMetadata::topic)
          .containsExactly(topics.signals().name(), topics.trades().name(), topics.alerts().name());
    }
  }
}
