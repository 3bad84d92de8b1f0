package dev.strike.kalshi.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.json.StrikeJson;
import dev.strike.kalshi.auth.AuthHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;

/** The fake itself, spoken to with a bare HTTP client, so its checks are known to bite. */
class KalshiRestFakeTest {
  private static final String ORDERS = "/portfolio/events/orders";

  private KalshiRestFake fake;

  /** A status and a parsed body. */
  private record Answer(int status, JsonNode body) {}

  @BeforeEach
  void start() {
    fake = KalshiRestFake.start().loadDocumentedFixtures();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Answer send(String method, String apiPath, @Nullable String body, boolean signed) {
    String path = KalshiRestFake.ROOT + apiPath;
    HttpClient client = HttpClient.create().baseUrl("http://127.0.0.1:" + fake.port());
    if (signed) {
      AuthHeaders auth = KalshiRestFake.testSigner().sign(method, path);
      client = client.headers(h -> h.set(AuthHeaders.KEY, auth.keyId())
          .set(AuthHeaders.TIMESTAMP, Long.toString(auth.timestampMs())).set(AuthHeaders.SIGNATURE, auth.signature()));
    }
    HttpClient.RequestSender sender = client.request(HttpMethod.valueOf(method)).uri(path);
    HttpClient.ResponseReceiver<?> receiver = body == null ? sender
        : sender.send(ByteBufFlux.fromString(Mono.just(body)));
    return receiver.responseSingle((response, content) -> content.asString().defaultIfEmpty("")
        .map(text -> new Answer(response.status().code(), json(text)))).block(Duration.ofSeconds(10));
  }

  private static JsonNode json(String text) {
    try {
      return StrikeJson.mapper().readTree(text.isEmpty() ? "{}" : text);
    } catch (IOException e) {
      return StrikeJson.mapper().getNodeFactory().textNode(text); // scripted non-JSON bodies
    }
  }

  /** The documented body with a new client order id (the documented order itself is already loaded). */
  private static ObjectNode documentedOrder() {
    ObjectNode order = (ObjectNode) KalshiFixtures.tree("create_order_request.json");
    order.put("expiration_time", Instant.now().plusSeconds(600).getEpochSecond());
    order.put("client_order_id", "0d7a4b6e-9c1f-4e2a-8b3d-5f6a7b8c9d0e");
    return order;
  }

  private Answer create(ObjectNode order) {
    return send("POST", ORDERS, order.toString(), true);
  }

  @Test
  void shouldPlaceTheDocumentedOrderWhenSignedAndWellFormed() {
    Answer answer = create(documentedOrder());

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.body().get("client_order_id").asText()).isEqualTo("0d7a4b6e-9c1f-4e2a-8b3d-5f6a7b8c9d0e");
    assertThat(answer.body().get("remaining_count").asText()).isEqualTo("10.00");
  }

  @Test
  void shouldAnswer409WhenTheClientOrderIdWasUsedBefore() {
    ObjectNode order = documentedOrder();
    order.put("client_order_id", "6b1f0c9e-2d47-4a3b-9f5e-81c2d7e4a0b3"); // the documented order's id

    Answer answer = create(order);

    assertThat(answer.status()).isEqualTo(409);
    assertThat(fake.orders()).hasSize(1);
  }

  @Test
  void shouldRefuseAnUnknownFieldWhenTheBodyUsesTheV1Vocabulary() {
    ObjectNode order = documentedOrder();
    order.put("action", "buy");

    Answer answer = create(order);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().at("/error/code").asText()).isEqualTo("invalid_parameters");
    assertThat(answer.body().at("/error/details").asText()).isEqualTo("unknown field action");
  }

  @Test
  void shouldRefuseNumbersWhereStringsAreDocumented() {
    ObjectNode order = documentedOrder();
    order.put("count", 10);

    assertThat(create(order).body().at("/error/details").asText()).contains("count");
  }

  @Test
  void shouldRefuseAPriceWithMoreThanFourDecimals() {
    ObjectNode order = documentedOrder();
    order.put("price", "0.45001");

    assertThat(create(order).body().at("/error/details").asText()).contains("price");
  }

  @Test
  void shouldRefuseAnExpirationWhenTheOrderIsImmediateOrCancel() {
    ObjectNode order = documentedOrder();
    order.put("time_in_force", "immediate_or_cancel");

    assertThat(create(order).body().at("/error/details").asText()).contains("expiration_time");
  }

  @Test
  void shouldAnswer401WithKalshisBodyWhenAPortfolioRequestIsNotSigned() {
    Answer answer = send("GET", "/portfolio/balance", null, false);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.body().at("/error/code").asText()).isEqualTo("authentication_error");
    assertThat(answer.body().at("/error/details").asText()).isEqualTo("missing_authentication_headers");
  }

  @Test
  void shouldAnswer410WhenAV1OrderMutationIsCalled() {
    Answer answer = send("POST", "/portfolio/orders", documentedOrder().toString(), true);

    assertThat(answer.status()).isEqualTo(410);
    assertThat(answer.body().at("/error/code").asText()).isEqualTo("deprecated_v1_order_endpoint");
  }

  @Test
  void shouldRecordMethodPathQueryHeadersAndBodyWhenAsked() {
    send("GET", "/markets?limit=5&status=open", null, false);
    send("POST", ORDERS, "{\"ticker\":1}", true);

    RecordedRequest get = fake.requests("GET", "/markets").get(0);
    assertThat(get.queryParam("limit")).isEqualTo("5");
    assertThat(get.path()).isEqualTo("/trade-api/v2/markets");
    RecordedRequest post = fake.requests("POST", ORDERS).get(0);
    assertThat(post.body()).isEqualTo("{\"ticker\":1}");
    assertThat(post.header(AuthHeaders.KEY)).isEqualTo(TestKeys.KEY_ID);
    assertThat(fake.count("POST", "/portfolio/*/orders")).isEqualTo(1);
  }

  @Test
  void shouldServeTheDocumentedMarketAsItIsWhenFixturesAreLoaded() {
    Answer answer = send("GET", "/markets/KXBTC15M-26AUG171330-30", null, false);

    assertThat(answer.body().get("market")).isEqualTo(KalshiFixtures.tree("market.json").get("market"));
  }

  @Test
  void shouldAnswerTheScriptedStatusOnlyAsOftenAsAsked() {
    fake.failNext("GET", "/exchange/status", 2, 502, "bad gateway");

    assertThat(send("GET", "/exchange/status", null, false).status()).isEqualTo(502);
    assertThat(send("GET", "/exchange/status", null, false).status()).isEqualTo(502);
    assertThat(send("GET", "/exchange/status", null, false).status()).isEqualTo(200);
  }
}
