package dev.strike.alerts.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strike.common.json.StrikeJson;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;

/**
 * POSTs a JSON body and classifies the answer: 2xx delivered; 429 and 5xx retryable (with the server's wait from a
 * {@code Retry-After} header or a Discord/Telegram {@code retry_after} field); other 4xx final; connection errors and
 * timeouts retryable. Messages name the channel only: webhook URLs and bot tokens are secrets.
 */
final class JsonPost {
  private static final ObjectMapper JSON = StrikeJson.mapper();

  private final HttpClient http;
  private final Duration timeout;

  JsonPost(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  /** A client shared by the channels: pooled connections, compression off (tiny bodies). */
  static HttpClient client(Duration timeout) {
    return HttpClient.create().responseTimeout(timeout).keepAlive(true);
  }

  static byte[] bytes(Object body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Mono<Void> post(String channel, String url, Object body) {
    byte[] payload = bytes(body);
    return http.headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON))
        .post().uri(url).send(ByteBufFlux.fromInbound(Mono.just(Unpooled.wrappedBuffer(payload))))
        .responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8).defaultIfEmpty("")
            .flatMap(text -> {
              int status = response.status().code();
              if (status >= 200 && status < 300) {
                return Mono.<Void>empty();
              }
              long retryAfterNs = retryAfterNs(response.responseHeaders().get("Retry-After"), text);
              boolean retryable = status == 429 || status >= 500;
              return Mono.<Void>error(new DeliveryException(channel + ": HTTP " + status + describe(text),
                  retryable, retryAfterNs));
            }))
        .timeout(timeout.plusSeconds(1))
        .onErrorMap(e -> !(e instanceof DeliveryException), e -> new DeliveryException(channel + ": "
            + (e instanceof TimeoutException ? "no answer within " + timeout : e.getClass().getSimpleName()), true, 0));
  }

  /** A short reason from an error body, without echoing anything long. */
  private static String describe(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      JsonNode description = node.path("description").isMissingNode() ? node.path("message") : node.path("description");
      if (description.isTextual()) {
        String text = description.asText();
        return " (" + (text.length() > 120 ? text.substring(0, 120) : text) + ")";
      }
    } catch (IOException | RuntimeException notJson) {
      // a plain-text or empty body says nothing more than the status
    }
    return "";
  }

  static long retryAfterNs(String header, String body) {
    long ns = 0;
    if (header != null) {
      try {
        ns = Math.round(Double.parseDouble(header.trim()) * 1e9); // seconds, a duration not money
      } catch (NumberFormatException httpDate) {
        // an HTTP-date Retry-After: our own backoff applies
      }
    }
    try {
      JsonNode node = JSON.readTree(body);
      JsonNode seconds = node.has("retry_after") ? node.get("retry_after") : node.path("parameters").path("retry_after");
      if (seconds.isNumber()) {
        ns = Math.max(ns, Math.round(seconds.asDouble() * 1e9));
      }
    } catch (IOException | RuntimeException notJson) {
      // no body hint
    }
    return ns;
  }
}
