package dev.strike.app.dataset.core;

import dev.strike.common.event.MarketResult;
import dev.strike.common.id.MarketTicker;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Maps dataset files to market-data events, streaming: each file is read twice (first to learn every market's strike,
 * first sighting and final quote, then to map it row by row), so memory holds one row and a few facts per market,
 * never the file. The events of all files reach the sink merged in {@link HistoryEvent#ORDER} (by {@code tsEvent}
 * with a stable tie-break), so the same files always give the same events in the same order. Rows must be in time
 * order within a file (both datasets are); a row that goes back in time is a problem like any other.
 *
 * <p>Every line that cannot be mapped whole is passed to the sink as a {@link DatasetProblem} (with its line number
 * and the raw bytes), counted, and skipped in the part it names; nothing is dropped silently. Official results are
 * read first from the optional outcomes file of a source.
 *
 * <p>Pure: the {@link LineSource}s do the IO. Single-threaded.
 */
public final class HistoryImport {
  private final List<Source> sources;
  private final QuoteMapping mapping;

  /**
   * One file of a dataset.
   *
   * @param rows the rows
   * @param parsers a new parser for each pass
   * @param outcomes a file of official results (Johnny-God's {@code model_training_data}), or null
   */
  public record Source(LineSource rows, Supplier<RowParser> parsers, @Nullable LineSource outcomes) {
    /** Validates presence. */
    public Source {
      Objects.requireNonNull(rows, "rows");
      Objects.requireNonNull(parsers, "parsers");
    }
  }

  /** An import of {@code sources} (merged in this order at equal times) using {@code mapping}. */
  public HistoryImport(List<Source> sources, QuoteMapping mapping) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("nothing to import: no source files");
    }
    this.sources = List.copyOf(sources);
    this.mapping = Objects.requireNonNull(mapping, "mapping");
  }

  /**
   * Runs the import into {@code sink}.
   *
   * @throws DatasetFormatException if a file is not the dataset it was given as
   * @throws java.io.UncheckedIOException if a file cannot be read
   */
  public ImportReport run(HistorySink sink) {
    Tally tally = new Tally(sink);
    List<SourceStream> streams = new ArrayList<>();
    List<ImportReport.@Nullable FileTally> outcomeFiles = new ArrayList<>();
    List<MarketOutcome> outcomes = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    try {
      for (int i = 0; i < sources.size(); i++) {
        Source source = sources.get(i);
        Map<MarketTicker, MarketResult> official = Map.of();
        ImportReport.FileTally outcomeFile = null;
        if (source.outcomes() != null) {
          JohnnyGodOutcomes read = new JohnnyGodOutcomes();
          outcomeFile = readOutcomes(source.outcomes(), read, tally);
          official = read.results();
        }
        outcomeFiles.add(outcomeFile);
        MarketHistory history = scan(source);
        MarketHistory.Built built = history.build(i, official);
        for (MarketOutcome outcome : built.outcomes()) {
          if (outcome.source() == ResultSource.OFFICIAL && outcome.inferred() != null
              && outcome.inferred() != outcome.result()) {
            disagreements.add(outcome.ticker() + ": official " + outcome.result() + ", final quote says "
                + outcome.inferred());
          }
        }
        outcomes.addAll(built.outcomes());
        streams.add(new SourceStream(i, source, built.events(), tally));
      }
      while (true) {
        SourceStream next = null;
        HistoryEvent head = null;
        for (SourceStream stream : streams) {
          HistoryEvent candidate = stream.peek();
          if (candidate != null && (head == null || HistoryEvent.ORDER.compare(candidate, head) < 0)) {
            head = candidate;
            next = stream;
          }
        }
        if (next == null) {
          break;
        }
        tally.event(next.poll());
      }
    } finally {
      streams.forEach(SourceStream::close);
    }
    List<ImportReport.FileTally> files = new ArrayList<>();
    for (int i = 0; i < streams.size(); i++) {
      if (outcomeFiles.get(i) != null) {
        files.add(outcomeFiles.get(i));
      }
      files.add(streams.get(i).tally());
    }
    return new ImportReport(files, tally.marketInfos, tally.books, tally.spots, tally.staleSpots,
        tally.problemLines, tally.kept, outcomes, disagreements);
  }

  private static ImportReport.FileTally readOutcomes(LineSource file, JohnnyGodOutcomes outcomes, Tally tally) {
    long lines = 0;
    long problems = 0;
    LineDecoder decoder = new LineDecoder();
    try (LineSource.Cursor cursor = file.open()) {
      byte[] bytes;
      while ((bytes = cursor.next()) != null) {
        lines++;
        String text = decoder.decode(bytes, lines);
        String problem = text == null ? "not valid UTF-8 (line skipped)" : outcomes.accept(lines, text);
        if (problem != null) {
          problems++;
          tally.problem(new DatasetProblem(file.name(), lines, problem, bytes, 0));
        }
      }
    }
    return new ImportReport.FileTally(file.name(), lines, problems);
  }

  private static MarketHistory scan(Source source) {
    MarketHistory history = new MarketHistory();
    RowParser parser = source.parsers().get();
    LineDecoder decoder = new LineDecoder();
    try (LineSource.Cursor cursor = source.rows().open()) {
      long line = 0;
      byte[] bytes;
      while ((bytes = cursor.next()) != null) {
        line++;
        String text = decoder.decode(bytes, line);
        if (text != null) {
          history.observe(parser.parse(line, text));
        }
      }
    }
    return history;
  }

  /** Strict UTF-8, with a byte-order mark on line 1 dropped. */
  private static final class LineDecoder {
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);

    @Nullable String decode(byte[] bytes, long line) {
      try {
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
      } catch (CharacterCodingException e) {
        return null;
      }
    }
  }

  /** The second pass over one file: its row events merged with its market events. */
  private final class SourceStream {
    private final int index;
    private final Source source;
    private final List<HistoryEvent> marketEvents;
    private final Tally tally;
    private final RowParser parser;
    private final LineDecoder decoder = new LineDecoder();
    private final ArrayDeque<HistoryEvent> pending = new ArrayDeque<>();
    private LineSource.@Nullable Cursor cursor;
    private int nextMarket;
    private long line;
    private long problemLines;
    private long lastGoodNs;

    SourceStream(int index, Source source, List<HistoryEvent> marketEvents, Tally tally) {
      this.index = index;
      this.source = source;
      this.marketEvents = marketEvents;
      this.tally = tally;
      this.parser = source.parsers().get();
      this.cursor = source.rows().open();
    }

    @Nullable HistoryEvent peek() {
      while (pending.isEmpty() && cursor != null) {
        readLine();
      }
      HistoryEvent row = pending.peekFirst();
      HistoryEvent market = nextMarket < marketEvents.size() ? marketEvents.get(nextMarket) : null;
      if (row == null) {
        return market;
      }
      return market != null && HistoryEvent.ORDER.compare(market, row) < 0 ? market : row;
    }

    HistoryEvent poll() {
      HistoryEvent head = Objects.requireNonNull(peek(), "poll past the end");
      if (nextMarket < marketEvents.size() && head == marketEvents.get(nextMarket)) {
        nextMarket++;
      } else {
        pending.removeFirst();
      }
      return head;
    }

    private void readLine() {
      byte[] bytes = cursor.next();
      if (bytes == null) {
        close();
        return;
      }
      line++;
      String text = decoder.decode(bytes, line);
      if (text == null) {
        report(bytes, List.of("not valid UTF-8 (row skipped)"), lastGoodNs);
        return;
      }
      ParsedRow row = parser.parse(line, text);
      tally.staleSpots += row.staleSpots();
      if (!row.problems().isEmpty()) {
        report(bytes, row.problems(), row.tsEventNs() >= 0 ? row.tsEventNs() : lastGoodNs);
      }
      if (row.tsEventNs() >= 0 && (!row.quotes().isEmpty() || !row.spots().isEmpty())) {
        lastGoodNs = row.tsEventNs();
      }
      List<HistoryEvent> events = new ArrayList<>();
      for (QuoteObservation quote : row.quotes()) {
        events.add(new HistoryEvent(HistoryTopic.BOOK, quote.market().ticker().value(), mapping.book(quote), index,
            line, HistoryEvent.RANK_BOOK));
      }
      for (SpotObservation spot : row.spots()) {
        events.add(new HistoryEvent(HistoryTopic.SPOT, spot.asset().symbol(), mapping.spot(spot), index, line,
            HistoryEvent.RANK_SPOT));
      }
      events.sort(Comparator.comparingInt(HistoryEvent::rank).thenComparing(HistoryEvent::key));
      pending.addAll(events);
    }

    private void report(byte[] bytes, List<String> reasons, long tsNs) {
      problemLines++;
      tally.problem(new DatasetProblem(source.rows().name(), line, String.join("; ", reasons), bytes, tsNs));
    }

    ImportReport.FileTally tally() {
      return new ImportReport.FileTally(source.rows().name(), line, problemLines);
    }

    void close() {
      if (cursor != null) {
        cursor.close();
        cursor = null;
      }
    }
  }

  /** Counts and forwards; single-threaded. */
  private static final class Tally {
    final HistorySink sink;
    final List<DatasetProblem> kept = new ArrayList<>();
    long marketInfos;
    long books;
    long spots;
    long staleSpots;
    long problemLines;

    Tally(HistorySink sink) {
      this.sink = sink;
    }

    void problem(DatasetProblem problem) {
      problemLines++;
      if (kept.size() < ImportReport.PROBLEMS_KEPT) {
        kept.add(problem);
      }
      sink.onProblem(problem);
    }

    void event(HistoryEvent event) {
      switch (event.topic()) {
        case MARKETS -> marketInfos++;
        case BOOK -> books++;
        case SPOT -> spots++;
        default -> throw new IllegalStateException("unknown topic " + event.topic());
      }
      sink.onEvent(event);
    }
  }
}
