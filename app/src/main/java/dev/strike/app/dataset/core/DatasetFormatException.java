package dev.strike.app.dataset.core;

/**
 * A file that is not the dataset it was given as (no header, required columns missing): nothing of it can be
 * imported, so the import stops with this message instead of reporting every line.
 */
public final class DatasetFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file and why it cannot be read. */
  public DatasetFormatException(String message) {
    super(message);
  }
}
