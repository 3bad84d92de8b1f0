package dev.strike.kalshi;

import java.net.URI;

/**
 * Kalshi's environments and their hosts (kalshi-api.md §1). Demo and production keys are separate. {@link #CUSTOM}
 * points the client at any base URIs, e.g. a local test server.
 */
public enum KalshiEnvironment {
  /** Real money: the dedicated external API hosts. */
  PRODUCTION("https://external-api.kalshi.com/trade-api/v2", "wss://external-api-ws.kalshi.com/trade-api/ws/v2"),
  /** Play money, separate keys. */
  DEMO("https://external-api.demo.kalshi.co/trade-api/v2", "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2"),
  /** Base URIs given explicitly (tests, proxies). */
  CUSTOM("", "");

  private final String restRoot;
  private final String webSocketUrl;

  KalshiEnvironment(String restRoot, String webSocketUrl) {
    this.restRoot = restRoot;
    this.webSocketUrl = webSocketUrl;
  }

  /** The REST root, ending in {@code /trade-api/v2}; empty for {@link #CUSTOM}. */
  public URI restRoot() {
    return URI.create(restRoot);
  }

  /** The WebSocket URL, ending in {@code /trade-api/ws/v2}; empty for {@link #CUSTOM}. */
  public URI webSocketUrl() {
    return URI.create(webSocketUrl);
  }
}
