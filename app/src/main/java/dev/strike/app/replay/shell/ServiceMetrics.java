package dev.strike.app.replay.shell;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a running Strike process that show how the services took a replay, read from its Prometheus
 * endpoint: events consumed per service ({@code strike_service_events_total}) and book events and trades the signals
 * engine met before their market ({@code strike_signals_engine_unknown_market}, summed over lanes).
 *
 * @param eventsByService events consumed, by service name
 * @param unknownMarketEvents book events and trades of markets without a {@code MarketInfo} yet
 */
public record ServiceMetrics(Map<String, Long> eventsByService, long unknownMarketEvents) {
  private static final Pattern EVENTS = Pattern.compile(
      "^strike_service_events_total\\{[^}]*service=\"([^\"]+)\"[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);
  private static final Pattern UNKNOWN = Pattern.compile(
      "^strike_signals_engine_unknown_market\\{[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);

  /** Copies the map. */
  public ServiceMetrics {
    eventsByService = Map.copyOf(eventsByService);
  }

  /** Parses Prometheus text. */
  public static ServiceMetrics parse(String text) {
    Map<String, Long> events = new TreeMap<>();
    Matcher m = EVENTS.matcher(text);
    while (m.find()) {
      events.merge(m.group(1), (long) Double.parseDouble(m.group(2)), Long::sum);
    }
    long unknown = 0;
    Matcher u = UNKNOWN.matcher(text);
    while (u.find()) {
      unknown += (long) Double.parseDouble(u.group(1));
    }
    return new ServiceMetrics(events, unknown);
  }

  /**
   * Reads {@code metricsUrl} ({@code http://host:port/metrics}).
   *
   * @throws IllegalStateException if it does not answer
   */
  public static ServiceMetrics read(URI metricsUrl) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(metricsUrl).timeout(Duration.ofSeconds(10))
          .build(), HttpResponse.BodyHandlers.ofString());
      return parse(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + metricsUrl + ": " + e, e);
    }
  }
}
