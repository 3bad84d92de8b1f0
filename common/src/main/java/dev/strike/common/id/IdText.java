package dev.strike.common.id;

/** The one validation every typed id shares: present, not blank, no whitespace or control characters, bounded. */
final class IdText {
  private IdText() {}

  static final int MAX_LENGTH = 128;

  static String check(String value, String kind) {
    if (value == null) {
      throw new IllegalArgumentException(kind + " must not be null");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(kind + " must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(kind + " must be at most " + MAX_LENGTH + " characters, got "
          + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > ' ' && c < 0x7f) {
        continue; // printable ASCII, the usual case: nothing more to look at
      }
      // isWhitespace alone lets C1 controls (U+0085) and no-break spaces (U+00A0, U+202F) through
      if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        throw new IllegalArgumentException(kind + " must not contain whitespace or control characters: \""
            + value + "\"");
      }
    }
    return value;
  }
}
