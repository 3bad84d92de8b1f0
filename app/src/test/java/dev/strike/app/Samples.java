package dev.strike.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the committed samples and the shared data sets are, from the test's working directory. */
public final class Samples {
  private Samples() {}

  /** The repository's {@code samples/} directory (tests run in {@code app/}). */
  public static Path dir() {
    Path at = Path.of("").toAbsolutePath();
    while (at != null) {
      Path candidate = at.resolve("samples");
      if (Files.isDirectory(candidate.resolve("kalshi-crypto15m-2026-02-25"))) {
        return candidate;
      }
      at = at.getParent();
    }
    throw new IllegalStateException("no samples/ directory above " + Path.of("").toAbsolutePath());
  }

  /** The committed kapelame file. */
  public static Path kapelame() {
    return dir().resolve("kalshi-crypto15m-2026-02-25/sample_features.csv.gz");
  }

  /** The committed Johnny-God KXXRP15M directory. */
  public static Path johnnyGodXrp() {
    return dir().resolve("kalshi-crypto15m-2026-08-17/KXXRP15M");
  }

  /** The shared data sets (not in the repository; tests that need them skip when absent). */
  public static Path sharedData() {
    return Path.of(System.getProperty("strike.shared.data", "/work/shared/data"));
  }
}
