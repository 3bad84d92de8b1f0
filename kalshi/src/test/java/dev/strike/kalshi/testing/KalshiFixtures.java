package dev.strike.kalshi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.json.JsonCodec;
import dev.strike.common.json.StrikeJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The documented Kalshi payloads under {@code fixtures/kalshi/} (see its README): read as text, as a JSON tree, or
 * decoded into a wire record with the shared mapper. On the class path of every module that depends on the kalshi
 * test jar.
 */
public final class KalshiFixtures {
  /** The REST fixtures (the {@code ws_*} ones belong to the WebSocket client). */
  public static final List<String> REST = List.of("market.json", "orderbook_rest.json", "create_order_request.json",
      "create_order_response.json", "order.json", "fill.json");

  private KalshiFixtures() {}

  /** The text of fixture {@code name} (e.g. {@code "market.json"}). */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** The bytes of fixture {@code name}. */
  public static byte[] bytes(String name) {
    try (InputStream in = KalshiFixtures.class.getResourceAsStream("/fixtures/kalshi/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture fixtures/kalshi/" + name + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fixture {@code name} as a JSON tree. */
  public static JsonNode tree(String name) {
    try {
      return StrikeJson.mapper().readTree(bytes(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fixture {@code name} decoded as {@code type} (throws {@link dev.strike.common.json.DecodeException}). */
  public static <T> T decode(String name, Class<T> type) {
    return JsonCodec.of(type).decode(bytes(name));
  }
}
