package dev.strike.app.dataset.core;

import dev.strike.common.event.DeadLetter;
import dev.strike.common.error.ErrorKind;
import java.util.Objects;

/**
 * A line of a dataset that could not be mapped, wholly or in part, with every reason and what was skipped because of
 * it. Expected outcome, not an exception: the import counts and reports it, skips what it names, and (into Kafka)
 * sends it to {@code dlq} with the raw bytes.
 *
 * @param file the file's name
 * @param line the 1-based line number (the CSV header is line 1)
 * @param reason what is wrong and what was skipped, for a person (several reasons joined with {@code "; "})
 * @param raw the line's bytes as read
 * @param tsEventNs the row's time when it could be read, else the time of the last good row before it, else 0
 */
public record DatasetProblem(String file, long line, String reason, byte[] raw, long tsEventNs) {
  /** Validates presence; copies the bytes. */
  public DatasetProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    raw = Objects.requireNonNull(raw, "raw").clone();
    if (line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + line);
    }
    if (tsEventNs < 0) {
      throw new IllegalArgumentException("tsEventNs must not be negative, got " + tsEventNs);
    }
  }

  /** A copy of the raw bytes. */
  @Override
  public byte[] raw() {
    return raw.clone();
  }

  /** {@code file line N: reason}. */
  public String describe() {
    return file + " line " + line + ": " + reason;
  }

  /**
   * The dead letter of this problem: source {@code dataset:<name>}, no partition or offset, the raw line as the
   * value, kind {@code decode}; {@code tsInit = tsEvent} like the rest of imported history.
   */
  public DeadLetter toDeadLetter(String datasetName) {
    return new DeadLetter("dataset:" + datasetName, -1, -1, null, raw, ErrorKind.DECODE.label(), describe(),
        tsEventNs, tsEventNs);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DatasetProblem p && file.equals(p.file) && line == p.line && reason.equals(p.reason)
        && java.util.Arrays.equals(raw, p.raw) && tsEventNs == p.tsEventNs;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, reason, java.util.Arrays.hashCode(raw), tsEventNs);
  }

  @Override
  public String toString() {
    return "DatasetProblem[" + describe() + "]";
  }
}
