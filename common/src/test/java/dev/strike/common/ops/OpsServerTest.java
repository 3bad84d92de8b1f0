package dev.strike.common.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.json.StrikeJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpsServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(OpsServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldServePrometheusTextWithTheProcessMeters() throws Exception {
    PrometheusMeterRegistry metrics = StrikeMetrics.create("test");
    Counter.builder("strike.test.events").register(metrics).increment(3);
    try (OpsServer server = OpsServer.start("127.0.0.1", 0, metrics, new HealthRegistry())) {
      HttpResponse<String> response = get(server, "/metrics");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("content-type")).hasValue(OpsServer.PROMETHEUS_TEXT);
      assertThat(response.body()).contains("strike_test_events_total{process=\"test\"} 3.0");
      assertThat(response.body()).contains("jvm_memory_used_bytes");
    }
  }

  @Test
  void shouldAnswer200WithComponentsWhenEverythingIsUp() throws Exception {
    HealthRegistry health = new HealthRegistry();
    health.register("kafka", () -> Health.up(Map.of("brokers", 1)));
    health.register("service:signals", () -> Health.degraded(Map.of("staleFeeds", "kraken")));
    try (OpsServer server = OpsServer.start("127.0.0.1", 0, StrikeMetrics.create("test"), health)) {
      HttpResponse<String> response = get(server, "/health");
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode body = StrikeJson.mapper().readTree(response.body());
      assertThat(body.get("status").asText()).isEqualTo("degraded");
      assertThat(body.at("/components/kafka/status").asText()).isEqualTo("up");
      assertThat(body.at("/components/kafka/details/brokers").asInt()).isEqualTo(1);
      assertThat(body.at("/components/service:signals/details/staleFeeds").asText()).isEqualTo("kraken");
    }
  }

  @Test
  void shouldAnswer503WhenAComponentIsDownOrItsCheckThrows() throws Exception {
    HealthRegistry health = new HealthRegistry();
    health.register("kafka", () -> {
      throw new IllegalStateException("no broker");
    });
    try (OpsServer server = OpsServer.start("127.0.0.1", 0, StrikeMetrics.create("test"), health)) {
      HttpResponse<String> response = get(server, "/health");
      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).contains("\"status\":\"down\"").contains("no broker");
    }
  }

  @Test
  void shouldAnswer404ForOtherPaths() throws Exception {
    try (OpsServer server = OpsServer.start("127.0.0.1", 0, StrikeMetrics.create("test"), new HealthRegistry())) {
      HttpResponse<String> response = get(server, "/control/halt");
      assertThat(response.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void shouldFailWithTheAddressWhenThePortIsTaken() {
    try (OpsServer first = OpsServer.start("127.0.0.1", 0, StrikeMetrics.create("a"), new HealthRegistry())) {
      assertThatThrownBy(() -> OpsServer.start("127.0.0.1", first.port(), StrikeMetrics.create("b"),
          new HealthRegistry()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("127.0.0.1:" + first.port());
    }
  }
}
