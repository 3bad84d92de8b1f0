package dev.strike.kalshi;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import dev.strike.kalshi.auth.KalshiCredentials;
import dev.strike.kalshi.auth.KalshiKeys;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach Kalshi and with which key (configuration section {@code kalshi}). The private key stays in its file:
 * the configuration holds the key id and the file's path only.
 *
 * @param environment production, demo, or custom URLs
 * @param restUrl REST root for {@code custom} (ends in {@code /trade-api/v2}); empty otherwise
 * @param webSocketUrl WebSocket URL for {@code custom} (ends in {@code /trade-api/ws/v2}); empty otherwise
 * @param keyId the API key id; empty for none (public market data over REST only)
 * @param keyFile the PEM file of the private key (PKCS#1 or PKCS#8, mode 600); empty for none
 */
public record KalshiSettings(KalshiEnvironment environment, String restUrl, String webSocketUrl, String keyId,
    String keyFile) implements Validatable {

  /** Checks presence. */
  public KalshiSettings {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(restUrl, "restUrl");
    Objects.requireNonNull(webSocketUrl, "webSocketUrl");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(keyFile, "keyFile");
  }

  /** Production, no key. */
  public static KalshiSettings defaults() {
    return new KalshiSettings(KalshiEnvironment.PRODUCTION, "", "", "", "");
  }

  /** The REST root to use. */
  public URI restRoot() {
    return environment == KalshiEnvironment.CUSTOM ? URI.create(restUrl) : environment.restRoot();
  }

  /** The WebSocket URL to use. */
  public URI webSocket() {
    return environment == KalshiEnvironment.CUSTOM ? URI.create(webSocketUrl) : environment.webSocketUrl();
  }

  /** Whether a key is configured. */
  public boolean hasKey() {
    return !keyId.isBlank();
  }

  /**
   * The credentials, loaded from {@link #keyFile} now, or empty when no key is configured.
   *
   * @throws IllegalArgumentException if the file is missing, readable by others or not a key
   */
  public Optional<KalshiCredentials> credentials() {
    return hasKey() ? Optional.of(KalshiKeys.load(keyId, Path.of(keyFile))) : Optional.empty();
  }

  @Override
  public void validate(ConfigProblems problems) {
    if (environment == KalshiEnvironment.CUSTOM) {
      checkUrl(problems, "restUrl", restUrl, "http", "/trade-api/v2");
      checkUrl(problems, "webSocketUrl", webSocketUrl, "ws", "/trade-api/ws/v2");
    } else {
      problems.check(restUrl.isEmpty(), "restUrl", "is only used with environment custom");
      problems.check(webSocketUrl.isEmpty(), "webSocketUrl", "is only used with environment custom");
    }
    if (hasKey() && keyFile.isBlank()) {
      problems.at("keyFile").fail("is required with keyId " + keyId + " (the PEM file of its private key)");
    } else if (!hasKey() && !keyFile.isBlank()) {
      problems.at("keyId").fail("is required with keyFile " + keyFile);
    } else if (hasKey()) {
      try {
        KalshiKeys.checkPermissions(Path.of(keyFile));
      } catch (IllegalArgumentException e) {
        problems.at("keyFile").fail(e.getMessage());
      }
    }
  }

  private static void checkUrl(ConfigProblems problems, String key, String url, String scheme, String path) {
    try {
      URI uri = URI.create(url);
      boolean ok = uri.getScheme() != null && uri.getScheme().startsWith(scheme) && uri.getHost() != null
          && uri.getPath().endsWith(path);
      problems.check(ok, key, "must be a " + scheme + "(s):// URL ending in " + path + ", got '" + url + "'");
    } catch (IllegalArgumentException e) {
      problems.at(key).fail("is not a URL: '" + url + "'");
    }
  }
}
