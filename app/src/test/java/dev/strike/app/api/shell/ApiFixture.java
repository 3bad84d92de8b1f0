package dev.strike.app.api.shell;

import static org.awaitility.Awaitility.await;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.ops.StrikeMetrics;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TestServices;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufMono;
import reactor.netty.http.client.HttpClient;

/**
 * A real {@link ApiService} on the shared embedded broker, in a fresh topic namespace, on a free loopback port, with
 * a token secret in a temporary directory; and a Reactor Netty client to call it. Close after use.
 */
final class ApiFixture implements AutoCloseable {
  final Topics topics;
  final KafkaSender sender;
  final ApiService service;
  final Path secretFile;
  final StrikeConfig config;
  private final Disposable running;
  final HttpClient http;

  /** A response. */
  record Response(int status, HttpHeaders headers, String body) {}

  ApiFixture(Path dir) {
    this(dir, Map.of());
  }

  ApiFixture(Path dir, Map<String, String> extra) {
    topics = Topics.withPrefix(SharedKafka.uniqueName("api"));
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30)).ensure(topics.all());
    sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "api-test"));
    secretFile = dir.resolve("secret").resolve("jwt.secret");
    Map<String, String> overrides = new HashMap<>(Map.of("kafka.bootstrapServers", SharedKafka.bootstrapServers(),
        "api.port", "0", "api.jwtSecretFile", secretFile.toString(), "api.feedStaleAfter", "5s"));
    overrides.putAll(extra);
    config = ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(),
        ConfigSources.none().withOverrides(overrides));
    service = ApiService.create(config);
    running = service.run(TestServices.context(topics, sender, StrikeMetrics.create("api-test"))).subscribe();
    await().atMost(Duration.ofSeconds(30)).until(() -> service.port() > 0);
    http = HttpClient.create().baseUrl("http://127.0.0.1:" + service.port());
  }

  /** A token for {@code subject}, valid an hour. */
  String token(String subject) {
    return new JwtAuth(JwtSecret.load(secretFile), SystemClock.INSTANCE).issue(subject, Duration.ofHours(1));
  }

  Response get(String path, @Nullable String token) {
    return call(HttpMethod.GET, path, token, null);
  }

  Response call(HttpMethod method, String path, @Nullable String token, @Nullable String body) {
    return http.headers(h -> {
          if (token != null) {
            h.set("Authorization", "Bearer " + token);
          }
          if (body != null) {
            h.set("Content-Type", "application/json");
          }
        })
        .request(method)
        .uri(path)
        .send(body == null ? ByteBufMono.empty() : ByteBufMono.fromString(Mono.just(body)))
        .responseSingle((res, buf) -> buf.asString(StandardCharsets.UTF_8).defaultIfEmpty("")
            .map(text -> new Response(res.status().code(), res.responseHeaders(), text)))
        .block(Duration.ofSeconds(30));
  }

  <V extends StrikeEvent> void publish(Topic<V> topic, V value) {
    sender.send(topic, value).block(Duration.ofSeconds(30));
  }

  /** Every command on {@code control} so far. */
  List<ControlCommand> controlCommands() {
    return TopicReader.readAll(topics.control().name(), true).stream()
        .map(r -> topics.control().codec().decode(r.value())).toList();
  }

  @Override
  public void close() {
    service.close();
    running.dispose();
    sender.close();
  }
}
