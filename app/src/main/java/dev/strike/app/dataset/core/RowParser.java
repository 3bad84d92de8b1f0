package dev.strike.app.dataset.core;

/**
 * Turns the lines of one dataset file into observations, one line at a time, in file order. Stateful (a CSV header,
 * the previous row's time, each market's strike): the import makes a fresh parser for each pass over a file, so
 * both passes see the same rows and problems. Pure: no IO, no clock.
 */
public interface RowParser {
  /**
   * Parses line {@code lineNumber} (1-based) of the file.
   *
   * @param text the line, decoded as UTF-8
   * @throws DatasetFormatException if the file cannot be this dataset at all (e.g. required columns are missing)
   */
  ParsedRow parse(long lineNumber, String text);
}
