package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.json.StrikeJson;
import dev.strike.kalshi.wire.BatchCancelOrdersResponse;
import dev.strike.kalshi.wire.KalshiError;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KalshiErrorTest {

  private static KalshiError parse(int status, String body) {
    return KalshiError.fromBody(status, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldReadTheNestedShapeWhenKalshiWrapsTheError() {
    KalshiError error = parse(401,
        "{\"error\":{\"code\":\"authentication_error\",\"details\":\"INCORRECT_API_KEY_SIGNATURE\"}}");

    assertThat(error).isEqualTo(new KalshiError("authentication_error", "", "INCORRECT_API_KEY_SIGNATURE"));
  }

  @Test
  void shouldReadTheFlatShapeWhenTheObjectIsAtTheTop() {
    KalshiError error = parse(400,
        "{\"code\":\"invalid_order\",\"message\":\"bad order\",\"details\":\"post only cross\"}");

    assertThat(error).isEqualTo(new KalshiError("invalid_order", "bad order", "post only cross"));
  }

  @Test
  void shouldTakeTheCodeFromTheStatusWhenTheBodyIsABareMsg() {
    KalshiError error = parse(404, "{\"msg\":\"market not found\"}");

    assertThat(error).isEqualTo(new KalshiError(KalshiError.NOT_FOUND, "market not found", null));
  }

  @Test
  void shouldReadTheRateLimitStringWhenTheErrorIsText() {
    KalshiError error = parse(429, "{\"error\":\"too many requests\"}");

    assertThat(error.code()).isEqualTo(KalshiError.TOO_MANY_REQUESTS);
    assertThat(error.message()).isEqualTo("too many requests");
  }

  @Test
  void shouldDescribeTheBodyWhenItIsNotJson() {
    assertThat(parse(502, "<html>Bad Gateway</html>"))
        .isEqualTo(new KalshiError("http_502", "<html>Bad Gateway</html>", null));
    assertThat(parse(503, "")).isEqualTo(new KalshiError(KalshiError.SERVICE_UNAVAILABLE, "HTTP 503", null));
  }

  @Test
  void shouldMatchCodesThatEmbedIdsByPrefix() {
    KalshiError error = parse(404, "{\"error\":{\"code\":\"user_not_found:_a1b2c3\",\"message\":\"no user\"}}");

    assertThat(error.hasCodePrefix("user_not_found")).isTrue();
    assertThat(error.hasCode("user_not_found")).isFalse();
    assertThat(error.baseCode()).isEqualTo("user_not_found");
    assertThat(parse(400, "{\"code\":\"MARKET_INACTIVE\",\"message\":\"closed\"}").hasCode("market_inactive"))
        .isTrue();
  }

  @Test
  void shouldReadAnyShapeWhenItIsTheErrorOfABatchItem() throws Exception {
    BatchCancelOrdersResponse response = StrikeJson.mapper().readValue("""
        {"orders":[{"order_id":"a","reduced_by":"1.00"},
                   {"order_id":"b","error":{"code":"not_found","message":"gone"}},
                   {"order_id":"c","error":"too many requests"}]}""", BatchCancelOrdersResponse.class);

    assertThat(response.orders()).extracting(BatchCancelOrdersResponse.Item::isCanceled)
        .containsExactly(true, false, false);
    assertThat(response.orders().get(1).error().code()).isEqualTo("not_found");
    assertThat(response.orders().get(2).error().code()).isEqualTo(KalshiError.TOO_MANY_REQUESTS);
  }
}
