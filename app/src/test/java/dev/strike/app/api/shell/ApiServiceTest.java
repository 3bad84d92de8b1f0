package dev.strike.app.api.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.EventSamples;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.time.ManualClock;
import io.netty.handler.codec.http.HttpMethod;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;

/** The operator API over real HTTP on loopback, on the embedded broker: auth, validation, views, control, stream. */
class ApiServiceTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir
  static Path dir;

  private static ApiFixture api;
  private static String token;

  @BeforeAll
  static void start() {
    api = new ApiFixture(dir);
    token = api.token("tester");
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static JsonNode json(String body) throws Exception {
    return StrikeJson.mapper().readTree(body);
  }

  @Test
  void shouldRefuseEveryDataEndpointWhenNoTokenIsSent() throws Exception {
    for (String path : List.of("/status", "/positions", "/orders", "/trades", "/signals", "/alerts",
        "/performance", "/config", "/stream")) {
      ApiFixture.Response response = api.get(path, null);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.headers().get("WWW-Authenticate")).as(path).startsWith("Bearer realm=\"strike\"");
      assertThat(json(response.body()).get("error").asText()).as(path).contains("missing bearer token");
    }
  }

  @Test
  void shouldRefuseTokenWhenSignedWithAnotherSecret() throws Exception {
    String forged = new JwtAuth("another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8),
        dev.strike.common.time.SystemClock.INSTANCE).issue("mallory", Duration.ofHours(1));
    ApiFixture.Response response = api.get("/status", forged);
    assertThat(response.status()).isEqualTo(401);
    assertThat(json(response.body()).get("error").asText()).contains("bad token signature");
  }

  @Test
  void shouldRefuseTokenWhenExpired() throws Exception {
    long twoHoursAgo = System.currentTimeMillis() * 1_000_000L - Duration.ofHours(2).toNanos();
    String expired = new JwtAuth(JwtSecret.load(api.secretFile), new ManualClock(twoHoursAgo))
        .issue("tester", Duration.ofHours(1));
    ApiFixture.Response response = api.get("/status", expired);
    assertThat(response.status()).isEqualTo(401);
    assertThat(json(response.body()).get("error").asText()).contains("token expired");
  }

  @Test
  void shouldRefuseTokenWhenMalformed() throws Exception {
    ApiFixture.Response response = api.get("/status", "not.a.jwt");
    assertThat(response.status()).isEqualTo(401);
    assertThat(json(response.body()).get("error").asText()).contains("malformed token");
  }

  @Test
  void shouldAnswer400WhenLimitIsMalformedOrOutOfRange() throws Exception {
    for (String query : List.of("limit=abc", "limit=1001", "limit=0", "limit=-1", "limit=1&limit=2", "lmit=5")) {
      ApiFixture.Response response = api.get("/trades?" + query, token);
      assertThat(response.status()).as(query).isEqualTo(400);
      assertThat(json(response.body()).get("problems").get(0).asText()).as(query).containsAnyOf("limit", "lmit");
    }
    assertThat(api.get("/trades?limit=1000", token).status()).isEqualTo(200);
  }

  @Test
  void shouldAnswer404And405WithJsonWhenPathOrMethodIsWrong() throws Exception {
    ApiFixture.Response missing = api.get("/nope", token);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(json(missing.body()).get("error").asText()).isEqualTo("not found: GET /nope");
    ApiFixture.Response wrongMethod = api.call(HttpMethod.POST, "/status", token, null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.headers().get("Allow")).isEqualTo("GET");
    ApiFixture.Response getControl = api.get("/control/pause", token);
    assertThat(getControl.status()).isEqualTo(405);
  }

  @Test
  void shouldServeHealthAndMetricsWithoutToken() throws Exception {
    ApiFixture.Response health = api.get("/health", null);
    assertThat(health.status()).isIn(200, 503);
    JsonNode body = json(health.body());
    assertThat(body.get("kafka").get("status").asText()).isEqualTo("up");
    assertThat(body.get("feeds").has("md.book")).isTrue();
    assertThat(api.get("/status", null).status()).isEqualTo(401);
    ApiFixture.Response metrics = api.get("/metrics", null);
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("strike_api_errors_total").contains("status=\"401\"");
  }

  @Test
  void shouldServeTheDashboardWithoutToken() {
    ApiFixture.Response page = api.get("/", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().get("Content-Type")).startsWith("text/html");
    assertThat(page.body()).contains("<title>Strike").contains("/dashboard/app.js");
    assertThat(api.get("/dashboard/app.js", null).body()).contains("sessionStorage");
  }

  @Test
  void shouldRedactSecretsWhenConfigIsRead() throws Exception {
    ApiFixture.Response response = api.get("/config", token);
    assertThat(response.status()).isEqualTo(200);
    JsonNode body = json(response.body());
    assertThat(body.get("config").get("api").get("jwtSecretFile").asText()).isEqualTo("***");
    assertThat(body.get("config").get("api").get("port").asInt()).isZero();
    assertThat(body.get("config").get("risk").get("startingCash").asText()).isNotBlank();
    assertThat(response.body()).doesNotContain(api.secretFile.toString());
    assertThat(body.get("settableKeys").toString()).contains("risk.limits.max-order-qty");
  }

  @Test
  void shouldPublishNothingWhenRequestsAreBad() throws Exception {
    ApiFixture.Response noToken = api.call(HttpMethod.POST, "/control/pause", null, null);
    assertThat(noToken.status()).isEqualTo(401);
    ApiFixture.Response badToken = api.call(HttpMethod.POST, "/control/halt", "x.y.z", null);
    assertThat(badToken.status()).isEqualTo(401);
    ApiFixture.Response badJson = api.call(HttpMethod.POST, "/control/pause", token, "{not json");
    assertThat(badJson.status()).isEqualTo(400);
    assertThat(json(badJson.body()).get("error").asText()).contains("malformed JSON");
    ApiFixture.Response unknownField = api.call(HttpMethod.POST, "/control/pause", token, "{\"why\":\"x\"}");
    assertThat(unknownField.status()).isEqualTo(400);
    assertThat(json(unknownField.body()).get("problems").get(0).asText()).contains("unknown field 'why'");
    ApiFixture.Response badBreaker = api.call(HttpMethod.POST, "/control/reset-breaker", token,
        "{\"breaker\":\"nope\"}");
    assertThat(badBreaker.status()).isEqualTo(400);
    assertThat(json(badBreaker.body()).get("problems").get(0).asText()).contains("unknown breaker 'nope'");
    ApiFixture.Response badStrategy = api.call(HttpMethod.POST, "/control/strategy/nope/disable", token, null);
    assertThat(badStrategy.status()).isEqualTo(400);
    assertThat(api.call(HttpMethod.POST, "/control/strategy/fair-value-edge/toggle", token, null).status())
        .isEqualTo(404);
    ApiFixture.Response badConfig = api.call(HttpMethod.PUT, "/config", token,
        "{\"risk.limits.max-order-qty\":\"abc\",\"risk.nope\":\"1\",\"risk.exits.stop-loss-bps\":\"5000\"}");
    assertThat(badConfig.status()).isEqualTo(400);
    JsonNode problems = json(badConfig.body()).get("problems");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).asText()).startsWith("risk.limits.max-order-qty = abc refused");
    assertThat(problems.get(1).asText()).startsWith("unknown key 'risk.nope'");
    assertThat(api.call(HttpMethod.PUT, "/config", token, "[1,2]").status()).isEqualTo(400);
    assertThat(api.call(HttpMethod.PUT, "/config", token, "{}").status()).isEqualTo(400);
    assertThat(api.call(HttpMethod.PUT, "/config", token, "{\"risk.limits.max-order-qty\":{\"a\":1}}").status())
        .isEqualTo(400);
    assertThat(api.call(HttpMethod.PUT, "/config", token, "x".repeat(70_000)).status()).isEqualTo(413);

    // the broker saw nothing: the topic stays empty for a while (a stray send would land within it)
    org.awaitility.Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
        .until(() -> api.controlCommands().isEmpty());
  }

  @Test
  void shouldPublishControlCommandsWhenRequestsAreValid() throws Exception {
    ApiFixture control = new ApiFixture(dir.resolve("control"));
    try {
      String operator = control.token("alice");
      assertThat(control.call(HttpMethod.POST, "/control/pause", operator, "{\"reason\":\"lunch\"}").status())
          .isEqualTo(200);
      assertThat(control.call(HttpMethod.POST, "/control/resume", operator, null).status()).isEqualTo(200);
      assertThat(control.call(HttpMethod.POST, "/control/halt", operator, null).status()).isEqualTo(200);
      assertThat(control.call(HttpMethod.POST, "/control/reset-breaker", operator, "{\"breaker\":\"drawdown\"}")
          .status()).isEqualTo(200);
      assertThat(control.call(HttpMethod.POST, "/control/strategy/mean-reversion/disable", operator, null).status())
          .isEqualTo(200);
      ApiFixture.Response put = control.call(HttpMethod.PUT, "/config", operator,
          "{\"risk.limits.max-order-qty\": 10, \"risk.exits.stop-loss-bps\": \"5000\"}");
      assertThat(put.status()).isEqualTo(200);
      assertThat(json(put.body()).get("published")).hasSize(2);
      assertThat(json(put.body()).get("published").get(0).get("type").asText()).isEqualTo("SetParameter");

      List<ControlCommand> commands = control.controlCommands();
      assertThat(commands).extracting(c -> c.getClass().getSimpleName()).containsExactly("PauseTrading",
          "ResumeTrading", "HaltTrading", "ResetBreaker", "SetStrategyEnabled", "SetParameter", "SetParameter");
      assertThat(commands).allSatisfy(c -> assertThat(c.issuedBy()).isEqualTo("alice"));
      assertThat(((ControlCommand.PauseTrading) commands.get(0)).reason()).isEqualTo("lunch");
      assertThat(((ControlCommand.ResetBreaker) commands.get(3)).breaker()).isEqualTo("drawdown");
      ControlCommand.SetStrategyEnabled off = (ControlCommand.SetStrategyEnabled) commands.get(4);
      assertThat(off.strategy().value()).isEqualTo("mean-reversion");
      assertThat(off.enabled()).isFalse();
      ControlCommand.SetParameter limit = (ControlCommand.SetParameter) commands.get(5);
      assertThat(limit.key()).isEqualTo("risk.limits.max-order-qty");
      assertThat(limit.value()).isEqualTo("10");
      assertThat(commands).extracting(c -> c.commandId().value()).doesNotHaveDuplicates();
    } finally {
      control.close();
    }
  }

  @Test
  void shouldServeViewsWhenTopicsCarryPortfolioTradesAndSignals() throws Exception {
    ApiFixture views = new ApiFixture(dir.resolve("views"));
    try {
      String operator = views.token("bob");
      views.publish(views.topics.portfolio(), EventSamples.portfolioSnapshot());
      views.publish(views.topics.trades(), EventSamples.fill());
      views.publish(views.topics.signals(), EventSamples.signal());
      views.publish(views.topics.ordersEvents(), EventSamples.orderAccepted());
      views.publish(views.topics.alerts(), EventSamples.alert());

      await().atMost(WAIT).untilAsserted(() -> {
        JsonNode status = json(views.get("/status", operator).body());
        assertThat(status.get("tradingState").asText()).isEqualTo("PAUSED");
        assertThat(status.get("fills").asLong()).isEqualTo(1);
        assertThat(status.get("signals").asLong()).isEqualTo(1);
      });
      JsonNode status = json(views.get("/status", operator).body());
      // equity = cash 995.12 + 10 contracts marked at 0.49
      assertThat(status.get("equity").asText()).isEqualTo("1000.02");
      assertThat(status.get("breakers").get(0).get("name").asText()).isEqualTo("consecutive_losses");
      assertThat(status.get("strategies").toString()).contains("{\"id\":\"market-maker\",\"enabled\":false}");

      JsonNode positions = json(views.get("/positions", operator).body()).get("positions");
      assertThat(positions).hasSize(1);
      assertThat(positions.get(0).get("ticker").asText()).isEqualTo(EventSamples.TICKER.value());
      assertThat(positions.get(0).get("averageCost").asText()).isEqualTo("0.488");
      assertThat(positions.get(0).get("unrealizedPnl").asText()).isEqualTo("0.02");

      JsonNode trades = json(views.get("/trades?limit=1", operator).body());
      assertThat(trades.get("count").asInt()).isEqualTo(1);
      assertThat(trades.get("trades").get(0).get("tradeId").asText()).isEqualTo(EventSamples.TRADE_ID.value());

      JsonNode orders = json(views.get("/orders", operator).body());
      assertThat(orders.get("open")).hasSize(1);
      assertThat(orders.get("recent").get(0).get("type").asText()).isEqualTo("OrderAccepted");

      JsonNode performance = json(views.get("/performance", operator).body());
      assertThat(performance.get("fills").asLong()).isEqualTo(1);
      assertThat(performance.get("trades").asLong()).isZero();
      assertThat(performance.get("equity").asText()).isEqualTo("1000.02");
      assertThat(performance.get("curve")).hasSize(1);
      for (String field : List.of("totalReturn", "sharpe", "maxDrawdown", "winRate", "averageTrade", "bestTrade",
          "worstTrade")) {
        assertThat(performance.has(field)).as(field).isTrue();
      }
      assertThat(json(views.get("/signals", operator).body()).get("signals").get(0).get("signalId").asText())
          .isEqualTo(EventSamples.SIGNAL_ID.value());
      assertThat(json(views.get("/alerts", operator).body()).get("alerts")).hasSize(1);
    } finally {
      views.close();
    }
  }

  @Test
  void shouldBecomeReadyWhenBothFeedsDeliver() throws Exception {
    ApiFixture health = new ApiFixture(dir.resolve("health"));
    try {
      ApiFixture.Response before = health.get("/health", null);
      assertThat(before.status()).isEqualTo(503);
      assertThat(json(before.body()).get("problems").toString()).contains("feed md.book: nothing received");
      health.publish(health.topics.mdBook(), EventSamples.bookGap());
      health.publish(health.topics.mdSpot(), EventSamples.spotTick());
      await().atMost(WAIT).untilAsserted(() -> assertThat(health.get("/health", null).status()).isEqualTo(200));
      JsonNode ready = json(health.get("/health", null).body());
      assertThat(ready.get("status").asText()).isEqualTo("ready");
      assertThat(ready.get("feeds").get("md.spot").get("fresh").asBoolean()).isTrue();
    } finally {
      health.close();
    }
  }

  @Test
  void shouldStreamStatusThenSignalsWhenSubscribedWithQueryToken() {
    ApiFixture streaming = new ApiFixture(dir.resolve("stream"));
    List<String> received = new CopyOnWriteArrayList<>();
    Disposable subscription = streaming.http.get().uri("/stream?access_token=" + streaming.token("carol"))
        .responseContent().asString().subscribe(received::add);
    try {
      await().atMost(WAIT).until(() -> String.join("", received).contains("event: status"));
      streaming.publish(streaming.topics.signals(), EventSamples.signal());
      streaming.publish(streaming.topics.trades(), EventSamples.fill());
      await().atMost(WAIT).untilAsserted(() -> assertThat(String.join("", received))
          .contains("event: signal\ndata: {\"type\":\"Signal\"")
          .contains("event: trade\ndata: {\"type\":\"Fill\""));
    } finally {
      subscription.dispose();
      streaming.close();
    }
  }
}
