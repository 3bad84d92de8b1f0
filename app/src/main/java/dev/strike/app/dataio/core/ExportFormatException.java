package dev.strike.app.dataio.core;

/** An export file or manifest that does not follow the format (docs/dataio.md); the message says where and why. */
public final class ExportFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A format error. */
  public ExportFormatException(String message) {
    super(message);
  }

  /** A format error with its cause. */
  public ExportFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
