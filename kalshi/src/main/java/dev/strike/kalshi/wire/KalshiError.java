package dev.strike.kalshi.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.json.StrikeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A Kalshi error, whatever shape it came in (kalshi-api.md §5.9): the documented object {@code {code, message,
 * details}}, nested {@code {"error": {…}}} (the most common on the wire), flat {@code {"code", "message"}}, bare
 * {@code {"msg": …}}, and the 429 body {@code {"error": "too many requests"}}. Branch on {@link #code()}, never on
 * the message text; codes can embed ids ({@code user_not_found:_<uuid>}), so compare with {@link #hasCode} (exact,
 * any case) or {@link #hasCodePrefix}.
 *
 * @param code the error code, never null; {@link #UNKNOWN} (or a code derived from the HTTP status, see
 *     {@link #fromBody}) when the body named none
 * @param message the human message, never null (possibly empty)
 * @param details extra detail (e.g. {@code INCORRECT_API_KEY_SIGNATURE}, {@code post only cross}), or null
 */
public record KalshiError(String code, String message, @Nullable String details) {
  /** A code we could not read from the body. */
  public static final String UNKNOWN = "unknown";
  /** Bad key, signature or missing headers (details say which). */
  public static final String AUTHENTICATION_ERROR = "authentication_error";
  /** The signed timestamp is outside the accepted window: check the clock. */
  public static final String HEADER_TIMESTAMP_EXPIRED = "header_timestamp_expired";
  /** Something requested does not exist. */
  public static final String NOT_FOUND = "not_found";
  /** The market does not exist. */
  public static final String MARKET_NOT_FOUND = "market_not_found";
  /** A request field is missing or malformed. */
  public static final String INVALID_PARAMETERS = "invalid_parameters";
  /** The order was refused (details say why, e.g. {@code post only cross}). */
  public static final String INVALID_ORDER = "invalid_order";
  /** Not enough balance for the order. */
  public static final String INSUFFICIENT_BALANCE = "insufficient_balance";
  /** Any order action after the market's close time. */
  public static final String MARKET_INACTIVE = "MARKET_INACTIVE";
  /** A retired V1 order mutation was called. */
  public static final String DEPRECATED_V1_ORDER_ENDPOINT = "deprecated_v1_order_endpoint";
  /** Rate limited (429). */
  public static final String TOO_MANY_REQUESTS = "too_many_requests";
  /** A duplicate {@code client_order_id} (409); the exact code is undocumented, see kalshi-api.md §11.2. */
  public static final String CONFLICT = "conflict";
  /** The exchange is unavailable (503). */
  public static final String SERVICE_UNAVAILABLE = "service_unavailable";

  private static final int MAX_MESSAGE_CHARS = 500;

  /** Requires code and message (may be empty). */
  public KalshiError {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("an error code is required");
    }
    if (message == null) {
      throw new IllegalArgumentException("an error message is required (may be empty)");
    }
  }

  /** An error with a code and message and no details. */
  public static KalshiError of(String code, String message) {
    return new KalshiError(code, message, null);
  }

  /**
   * Reads any of the shapes from a JSON value (an error body, or the {@code error} of a batch item). A value that is
   * none of them gives code {@link #UNKNOWN} with the JSON as message.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static KalshiError fromJson(JsonNode node) {
    KalshiError read = read(node);
    return read != null ? read : new KalshiError(UNKNOWN, clip(node.toString()), null);
  }

  /**
   * Reads an HTTP error body. When the body names no code (bare {@code {"msg"}}, not JSON, empty), the code is
   * derived from the status: 400 {@code bad_request}, 401 {@link #AUTHENTICATION_ERROR}, 403 {@code forbidden},
   * 404 {@link #NOT_FOUND}, 409 {@link #CONFLICT}, 429 {@link #TOO_MANY_REQUESTS}, 503
   * {@link #SERVICE_UNAVAILABLE}, else {@code http_<status>}.
   *
   * @param httpStatus the response status
   * @param body the response body, possibly empty
   */
  public static KalshiError fromBody(int httpStatus, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    KalshiError read = null;
    if (!text.isEmpty()) {
      try {
        read = read(StrikeJson.mapper().readTree(text));
      } catch (IOException e) {
        read = null; // not JSON: an HTML error page from a proxy, say; described below
      }
    }
    if (read == null) {
      return new KalshiError(statusCode(httpStatus), text.isEmpty() ? "HTTP " + httpStatus : clip(text), null);
    }
    if (read.code.equals(UNKNOWN)) {
      return new KalshiError(statusCode(httpStatus), read.message, read.details);
    }
    return read;
  }

  private static @Nullable KalshiError read(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isTextual()) {
      String text = node.asText().strip();
      return text.isEmpty() ? null : new KalshiError(codeOf(text), clip(text), null);
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode nested = node.get("error");
    if (nested != null && !nested.isNull() && !node.has("code")) {
      return read(nested);
    }
    String code = text(node.get("code"));
    String message = text(node.get("message"));
    if (message == null) {
      message = text(node.get("msg"));
    }
    String details = text(node.get("details"));
    if (code == null && message == null && details == null) {
      return null;
    }
    return new KalshiError(code == null ? UNKNOWN : code, message == null ? "" : clip(message), details);
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    String text = node.isValueNode() ? node.asText() : node.toString();
    return text.isBlank() ? null : text;
  }

  /** "too many requests" → "too_many_requests": the 429 body's text read as a code. */
  private static String codeOf(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }

  private static String statusCode(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> AUTHENTICATION_ERROR;
      case 403 -> "forbidden";
      case 404 -> NOT_FOUND;
      case 409 -> CONFLICT;
      case 410 -> "gone";
      case 429 -> TOO_MANY_REQUESTS;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> "http_" + status;
    };
  }

  private static String clip(String text) {
    return text.length() <= MAX_MESSAGE_CHARS ? text : text.substring(0, MAX_MESSAGE_CHARS) + "…";
  }

  /**
   * Whether the code is {@code expected}, ignoring case (Kalshi mixes {@code market_not_found} and
   * {@code MARKET_INACTIVE}).
   */
  public boolean hasCode(String expected) {
    return code.equalsIgnoreCase(expected);
  }

  /** Whether the code starts with {@code prefix}, ignoring case: for codes that embed ids. */
  public boolean hasCodePrefix(String prefix) {
    return code.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** The code without an embedded id: {@code user_not_found:_<uuid>} → {@code user_not_found}. */
  public String baseCode() {
    int colon = code.indexOf(':');
    return colon < 0 ? code : code.substring(0, colon);
  }

  @Override
  public String toString() {
    return code + (message.isEmpty() ? "" : ": " + message) + (details == null ? "" : " (" + details + ")");
  }
}
