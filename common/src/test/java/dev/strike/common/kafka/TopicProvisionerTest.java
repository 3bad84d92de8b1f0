package dev.strike.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.testing.SharedKafka;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

class TopicProvisionerTest {
  private final TopicProvisioner provisioner = new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30));

  @Test
  void shouldCreateEveryTopicWithItsPartitionsAndPoliciesThenChangeNothingTheSecondTime() throws Exception {
    Topics topics = Topics.withPrefix(SharedKafka.uniqueName("prov"));
    List<TopicProvisioner.Outcome> first = provisioner.ensure(topics.all());
    assertThat(first).hasSize(13)
        .allSatisfy(o -> assertThat(o.actions()).containsExactly(TopicProvisioner.Action.CREATED));

    Map<String, TopicDescription> described = SharedKafka.admin()
        .describeTopics(topics.all().stream().map(Topic::name).toList()).allTopicNames().get(10, TimeUnit.SECONDS);
    assertThat(described.get(topics.mdBook().name()).partitions()).hasSize(6);
    assertThat(described.get(topics.control().name()).partitions()).hasSize(1);
    Config markets = config(topics.mdMarkets().name());
    assertThat(markets.get("cleanup.policy").value()).isEqualTo("compact");
    assertThat(config(topics.control().name()).get("cleanup.policy").value()).isEqualTo("compact,delete");
    assertThat(config(topics.trades().name()).get("retention.ms").value()).isEqualTo("-1");
    assertThat(config(topics.mdBook().name()).get("retention.ms").value()).isEqualTo("604800000");

    List<TopicProvisioner.Outcome> second = provisioner.ensure(topics.all());
    assertThat(second).allSatisfy(o -> assertThat(o.actions()).containsExactly(TopicProvisioner.Action.UNCHANGED));
  }

  @Test
  void shouldAddPartitionsAndRestorePoliciesThatDrifted() throws Exception {
    String prefix = SharedKafka.uniqueName("drift");
    Topics small = new Topics(prefix, Map.of("md.book", 2));
    provisioner.ensure(List.of(small.mdBook(), small.mdMarkets()));
    SharedKafka.admin().incrementalAlterConfigs(Map.of(
        new ConfigResource(ConfigResource.Type.TOPIC, small.mdMarkets().name()),
        List.of(new org.apache.kafka.clients.admin.AlterConfigOp(
            new org.apache.kafka.clients.admin.ConfigEntry("cleanup.policy", "delete"),
            org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);

    Topics wanted = Topics.withPrefix(prefix);
    List<TopicProvisioner.Outcome> outcomes = provisioner.ensure(List.of(wanted.mdBook(), wanted.mdMarkets()));

    assertThat(outcomes.get(0).actions()).containsExactly(TopicProvisioner.Action.PARTITIONS_ADDED);
    assertThat(outcomes.get(1).actions()).containsExactly(TopicProvisioner.Action.CONFIG_UPDATED);
    assertThat(SharedKafka.admin().describeTopics(List.of(wanted.mdBook().name())).allTopicNames()
        .get(10, TimeUnit.SECONDS).get(wanted.mdBook().name()).partitions()).hasSize(6);
    assertThat(config(wanted.mdMarkets().name()).get("cleanup.policy").value()).isEqualTo("compact");
  }

  @Test
  void shouldLengthenButNeverShortenRetention() throws Exception {
    String prefix = SharedKafka.uniqueName("retention");
    Topics topics = Topics.withPrefix(prefix);
    provisioner.ensure(List.of(topics.mdBook(), topics.mdSpot()));
    SharedKafka.admin().incrementalAlterConfigs(Map.of(
        new ConfigResource(ConfigResource.Type.TOPIC, topics.mdBook().name()),
        List.of(new org.apache.kafka.clients.admin.AlterConfigOp(
            new org.apache.kafka.clients.admin.ConfigEntry("retention.ms", "-1"),
            org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET)),
        new ConfigResource(ConfigResource.Type.TOPIC, topics.mdSpot().name()),
        List.of(new org.apache.kafka.clients.admin.AlterConfigOp(
            new org.apache.kafka.clients.admin.ConfigEntry("retention.ms", "60000"),
            org.apache.kafka.clients.admin.AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);

    List<TopicProvisioner.Outcome> outcomes = provisioner.ensure(List.of(topics.mdBook(), topics.mdSpot()));

    assertThat(config(topics.mdBook().name()).get("retention.ms").value()).isEqualTo("-1");
    assertThat(outcomes.get(0).note()).contains("keeps its longer retention.ms -1");
    assertThat(config(topics.mdSpot().name()).get("retention.ms").value()).isEqualTo("604800000");
    assertThat(outcomes.get(1).actions()).containsExactly(TopicProvisioner.Action.CONFIG_UPDATED);
  }

  private static Config config(String topic) throws Exception {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    return SharedKafka.admin().describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
  }
}
