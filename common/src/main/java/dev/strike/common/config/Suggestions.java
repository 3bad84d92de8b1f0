package dev.strike.common.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys and variables. Stateless. */
final class Suggestions {
  private Suggestions() {}

  /** Shortest part of a name that counts as a prefix match ({@code boot} for {@code bootstrapServers}). */
  private static final int MIN_PREFIX = 4;

  /**
   * The candidate closest to {@code wrong}: the smallest edit distance (case-insensitive, a swap of two neighbours
   * counts one) within a third of the length, at least 1 and at most 3; failing that, the closest candidate of which
   * {@code wrong} is a prefix or which is a prefix of {@code wrong}. Ties go to the alphabetically first candidate.
   */
  static Optional<String> closest(String wrong, Collection<String> candidates) {
    int limit = Math.max(1, Math.min(3, wrong.length() / 3));
    Optional<String> near = candidates.stream()
        .filter(c -> !c.equals(wrong) && distance(wrong, c) <= limit)
        .min(Comparator.<String>comparingInt(c -> distance(wrong, c)).thenComparing(Comparator.naturalOrder()));
    if (near.isPresent()) {
      return near;
    }
    String lower = wrong.toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(c -> !c.equals(wrong) && Math.min(c.length(), wrong.length()) >= MIN_PREFIX)
        .filter(c -> {
          String candidate = c.toLowerCase(Locale.ROOT);
          return candidate.startsWith(lower) || lower.startsWith(candidate);
        })
        .min(Comparator.<String>comparingInt(c -> Math.abs(c.length() - wrong.length()))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** Optimal string alignment distance, ignoring case: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    String s = a;
    String t = b;
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = same(s.charAt(i - 1), t.charAt(j - 1)) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && same(s.charAt(i - 1), t.charAt(j - 2)) && same(s.charAt(i - 2), t.charAt(j - 1))) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[s.length()][t.length()];
  }

  private static boolean same(char a, char b) {
    return Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  /** {@code " (did you mean 'x'?)"}, or "" without a suggestion. */
  static String didYouMean(Optional<String> suggestion) {
    return suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
  }
}
