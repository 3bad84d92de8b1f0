package dev.strike.app.dataset.core;

import dev.strike.common.event.MarketResult;
import dev.strike.common.id.MarketTicker;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The official results in {@code Johnny-God/…/data/<SERIES>/model_training_data.jsonl} (data README §2.1): each line
 * is a feature row labelled with its market's settlement, {@code outcome} ({@code yes}/{@code no}) and {@code label}
 * (1/0), which must agree. Only {@code ticker}, {@code outcome} and {@code label} are read (the features are a
 * model's inputs, and {@code close_time} is wrong in the source). A market whose lines disagree about the outcome
 * gets no official result. Feed the lines in order to {@link #accept}; not thread-safe.
 */
public final class JohnnyGodOutcomes {
  private final Map<MarketTicker, MarketResult> results = new HashMap<>();
  private final Map<MarketTicker, Long> firstLine = new HashMap<>();
  private final Set<MarketTicker> conflicting = new HashSet<>();

  /**
   * Reads one line.
   *
   * @return null when the line was read, else what is wrong with it (the line is then skipped)
   */
  public @Nullable String accept(long lineNumber, String text) {
    MarketTicker ticker;
    MarketResult result;
    try {
      FlatJson json = FlatJson.parse(text);
      ticker = FifteenMinuteMarket.parse(json.required("ticker")).ticker();
      String outcome = json.required("outcome");
      result = switch (outcome) {
        case "yes" -> MarketResult.YES;
        case "no" -> MarketResult.NO;
        default -> throw new IllegalArgumentException("outcome '" + outcome + "' is neither yes nor no");
      };
      String label = json.get("label");
      if (label != null && !label.equals(result == MarketResult.YES ? "1" : "0")) {
        throw new IllegalArgumentException("label " + label + " disagrees with outcome " + outcome);
      }
    } catch (IllegalArgumentException e) {
      return e.getMessage() + " (line skipped)";
    }
    MarketResult known = results.putIfAbsent(ticker, result);
    firstLine.putIfAbsent(ticker, lineNumber);
    if (known != null && known != result) {
      conflicting.add(ticker);
      return "outcome of " + ticker + " is " + result + " here but " + known + " on line " + firstLine.get(ticker)
          + " (no official result for this market)";
    }
    return null;
  }

  /** The official result of every market whose lines agree, by ticker. */
  public Map<MarketTicker, MarketResult> results() {
    Map<MarketTicker, MarketResult> agreed = new TreeMap<>(results);
    agreed.keySet().removeAll(conflicting);
    return Collections.unmodifiableMap(agreed);
  }
}
