package dev.strike.app.dataset.shell;

import dev.strike.app.dataio.shell.FileLines;
import dev.strike.app.dataset.core.HistoryImport;
import dev.strike.app.dataset.core.JohnnyGodSnapshots;
import dev.strike.app.dataset.core.KapelameCsv;
import dev.strike.common.id.SeriesTicker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The recorded datasets {@code strike import-csv} reads, and how a path given with {@code --in} becomes the files of
 * an import (data README in {@code ../shared/data}; the committed samples under {@code samples/}).
 */
public enum Dataset {
  /**
   * {@code kapelame/kalshi-crypto-pairs} {@code sample_features.csv} (MIT): BTC/ETH/SOL/XRP 15-minute markets every
   * 2 s. {@code --in} is the CSV (gzip or plain) or a directory holding {@code sample_features.csv[.gz]}.
   */
  KAPELAME,
  /**
   * {@code Johnny-God/kalshi-crypto-15m-dataset} (CC BY 4.0): {@code --in} is a series directory holding
   * {@code raw_snapshots.jsonl[.gz]} (and, when present, {@code model_training_data.jsonl[.gz]} with official
   * results), a dataset directory of such series directories (each imported, all merged by time), or a
   * {@code raw_snapshots} file.
   */
  JOHNNYGOD;

  private static final Pattern SERIES = Pattern.compile("KX[A-Z0-9]+15M");

  /** The lower-case name used on the command line and in dead letters. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The files to import for {@code in}.
   *
   * @throws IllegalArgumentException if {@code in} does not hold this dataset's files, with what was expected
   */
  public List<HistoryImport.Source> sources(Path in) throws IOException {
    if (!Files.exists(in)) {
      throw new IllegalArgumentException(in + " does not exist");
    }
    return switch (this) {
      case KAPELAME -> List.of(kapelame(in));
      case JOHNNYGOD -> johnnyGod(in);
    };
  }

  private static HistoryImport.Source kapelame(Path in) {
    Path file = in;
    if (Files.isDirectory(in)) {
      file = firstExisting(in, "sample_features.csv.gz", "sample_features.csv");
      if (file == null) {
        throw new IllegalArgumentException(in + " holds no sample_features.csv[.gz]");
      }
    }
    FileLines lines = new FileLines(file);
    return new HistoryImport.Source(lines, () -> new KapelameCsv(lines.name()), null);
  }

  private static List<HistoryImport.Source> johnnyGod(Path in) throws IOException {
    if (Files.isRegularFile(in)) {
      Path dir = in.toAbsolutePath().getParent();
      return List.of(series(in, dir == null ? null : firstExisting(dir, "model_training_data.jsonl.gz",
          "model_training_data.jsonl"), seriesOf(dir)));
    }
    Path snapshots = firstExisting(in, "raw_snapshots.jsonl.gz", "raw_snapshots.jsonl");
    if (snapshots != null) {
      return List.of(seriesDir(in, snapshots));
    }
    List<HistoryImport.Source> sources = new ArrayList<>();
    try (Stream<Path> children = Files.list(in)) {
      for (Path dir : children.filter(Files::isDirectory).sorted().toList()) {
        Path file = firstExisting(dir, "raw_snapshots.jsonl.gz", "raw_snapshots.jsonl");
        if (file != null) {
          sources.add(seriesDir(dir, file));
        }
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException(in + " holds no raw_snapshots.jsonl[.gz], nor series directories with one");
    }
    return sources;
  }

  private static HistoryImport.Source seriesDir(Path dir, Path snapshots) {
    return series(snapshots, firstExisting(dir, "model_training_data.jsonl.gz", "model_training_data.jsonl"),
        seriesOf(dir));
  }

  private static HistoryImport.Source series(Path snapshots, @Nullable Path outcomes,
      @Nullable SeriesTicker series) {
    String prefix = series == null ? "" : series.value() + "/";
    FileLines rows = new FileLines(snapshots, prefix + snapshots.getFileName());
    FileLines results = outcomes == null ? null : new FileLines(outcomes, prefix + outcomes.getFileName());
    return new HistoryImport.Source(rows, () -> new JohnnyGodSnapshots(series), results);
  }

  private static @Nullable SeriesTicker seriesOf(@Nullable Path dir) {
    if (dir == null || dir.getFileName() == null) {
      return null;
    }
    String name = dir.getFileName().toString();
    return SERIES.matcher(name).matches() ? SeriesTicker.of(name) : null;
  }

  private static @Nullable Path firstExisting(Path dir, String... names) {
    for (String name : names) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
