package dev.strike.common.config;

import java.util.Locale;

/**
 * The environment variable of a key: {@code STRIKE_}, then the key in upper case with dots, dashes and camelCase
 * humps written as underscores ({@code kafka.bootstrapServers} → {@code STRIKE_KAFKA_BOOTSTRAP_SERVERS}). Stateless.
 */
final class EnvironmentNames {
  private EnvironmentNames() {}

  static final String PREFIX = "STRIKE_";

  /** The variable for a dotted key. */
  static String of(String key) {
    return PREFIX + form(key);
  }

  /**
   * A key, key segment or map key in environment form: upper case, with an underscore for every dot and dash and
   * before every camelCase hump ({@code bootstrapServers} → {@code BOOTSTRAP_SERVERS}, {@code httpURLPath} →
   * {@code HTTP_URL_PATH}, {@code md.book} → {@code MD_BOOK}).
   */
  static String form(String key) {
    StringBuilder out = new StringBuilder(key.length() + 8);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '.' || c == '-' || c == '_') {
        out.append('_');
        continue;
      }
      if (Character.isUpperCase(c) && i > 0) {
        char previous = key.charAt(i - 1);
        boolean afterLower = Character.isLowerCase(previous) || Character.isDigit(previous);
        boolean endsAcronym = Character.isUpperCase(previous) && i + 1 < key.length()
            && Character.isLowerCase(key.charAt(i + 1));
        if (afterLower || endsAcronym) {
          out.append('_');
        }
      }
      out.append(c);
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
