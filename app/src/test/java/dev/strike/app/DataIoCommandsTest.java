package dev.strike.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.dataio.core.ExportLines;
import dev.strike.app.dataio.core.ExportManifest;
import dev.strike.app.dataio.core.ExportedRecord;
import dev.strike.app.dataio.shell.FileLines;
import dev.strike.app.dataset.core.LineSource;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strike export}, {@code import} and {@code import-csv} against the real embedded broker. */
class DataIoCommandsTest {
  private static final List<String> MARKET_DATA = List.of("md.markets", "md.book", "md.spot");
  private static String kapelameNamespace;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static CliRun ok(String... args) {
    CliRun result = run(args);
    assertThat(result.code()).as(String.join(" ", args) + "\n" + result.out() + result.err()).isZero();
    return result;
  }

  private static String kafka() {
    return SharedKafka.bootstrapServers();
  }

  private static CliRun importKapelame(String prefix) {
    return ok("import-csv", "--dataset", "kapelame", "--in", Samples.kapelame().toString(), "--kafka", kafka(),
        "--prefix", prefix);
  }

  private static CliRun export(String prefix, Path out, String topics, String... more) {
    List<String> args = new ArrayList<>(List.of("export", "--kafka", kafka(), "--prefix", prefix, "--topics", topics,
        "--out", out.toString()));
    args.addAll(List.of(more));
    return ok(args.toArray(String[]::new));
  }

  @BeforeAll
  static void importTheKapelameWindowOnce() {
    kapelameNamespace = SharedKafka.uniqueName("kap");
    importKapelame(kapelameNamespace);
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static void assertSameBytes(Path a, Path b) throws Exception {
    assertThat(files(b)).isEqualTo(files(a));
    for (String name : files(a)) {
      assertThat(Files.readAllBytes(b.resolve(name))).as(name).isEqualTo(Files.readAllBytes(a.resolve(name)));
    }
  }

  private static List<ExportedRecord> records(Path file) {
    List<ExportedRecord> records = new ArrayList<>();
    try (LineSource.Cursor cursor = new FileLines(file).open()) {
      byte[] line;
      while ((line = cursor.next()) != null) {
        records.add(ExportLines.decode(line));
      }
    }
    return records;
  }

  private static ExportManifest manifest(Path dir) throws Exception {
    return ExportManifest.parse(Files.readAllBytes(dir.resolve("manifest.json")));
  }

  private static KafkaProducer<byte[], byte[]> producer() {
    Properties p = new Properties();
    p.put("bootstrap.servers", kafka());
    p.put("key.serializer", ByteArraySerializer.class.getName());
    p.put("value.serializer", ByteArraySerializer.class.getName());
    return new KafkaProducer<>(p);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shouldImportTheDocumentedCountsWhenTheKapelameWindowIsLoaded(@TempDir Path dir) throws Exception {
    export(kapelameNamespace, dir, "md.markets,md.book,md.spot,dlq");
    ExportManifest manifest = manifest(dir);
    assertThat(manifest.topics()).extracting(ExportManifest.TopicEntry::topic, ExportManifest.TopicEntry::records)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("md.markets", 49L),
            org.assertj.core.groups.Tuple.tuple("md.book", 9880L),
            org.assertj.core.groups.Tuple.tuple("md.spot", 9880L), org.assertj.core.groups.Tuple.tuple("dlq", 0L));
    assertThat(manifest.topics().get(1).valueTypes())
        .containsExactly(new ExportManifest.ValueType("BookSnapshot", 2, 9880));
    // record timestamps are the events' times: the first opening record at 04:15 UTC, the last tick at 05:45:07.882
    assertThat(manifest.topics().get(0).firstTimestamp()).isEqualTo(Instant.parse("2026-02-25T04:15:00Z")
        .toEpochMilli());
    assertThat(manifest.topics().get(2).lastTimestamp()).isEqualTo(1771998307882L);
  }

  @Test
  void shouldGiveByteIdenticalFilesWhenExportedImportedIntoANewNamespaceAndExportedAgain(@TempDir Path dir)
      throws Exception {
    // beside the imported market data, md.trades gets the unusual records: headers, no key, not JSON, a tombstone
    String trades = Topics.withPrefix(kapelameNamespace).mdTrades().name();
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      producer.send(new ProducerRecord<>(trades, 0, 1771993400000L, utf8("KXBTC15M-26FEB242345-45"),
          utf8("{\"type\":\"Whatever\", \"n\" : 1.50}"), List.of(new RecordHeader("trace", utf8("t-1")))))
          .get(10, TimeUnit.SECONDS);
      producer.send(new ProducerRecord<byte[], byte[]>(trades, 2, 1771993400001L, null,
          new byte[] {1, 2, 3, (byte) 0xff}))
          .get(10, TimeUnit.SECONDS);
      producer.send(new ProducerRecord<byte[], byte[]>(trades, 2, 1771993400002L, utf8("KXETH15M-26FEB242345-45"),
          null))
          .get(10, TimeUnit.SECONDS);
    }
    Path first = Files.createDirectory(dir.resolve("first"));
    Path second = Files.createDirectory(dir.resolve("second"));
    export(kapelameNamespace, first, "md.markets,md.book,md.trades,md.spot");

    String target = SharedKafka.uniqueName("copy");
    CliRun imported = ok("import", "--kafka", kafka(), "--prefix", target, "--in", first.toString());
    assertThat(imported.out()).contains(target + ".md.book").contains("9880 records");
    export(target, second, "md.markets,md.book,md.trades,md.spot");

    assertSameBytes(first, second);
    assertThat(records(second.resolve("md.trades.jsonl.gz"))).extracting(ExportedRecord::partition,
        ExportedRecord::offset).containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0L),
            org.assertj.core.groups.Tuple.tuple(2, 0L), org.assertj.core.groups.Tuple.tuple(2, 1L));
  }

  @Test
  void shouldExportExactlyTheRecordsInRangeWhenFromAndToAreGiven(@TempDir Path dir) throws Exception {
    String prefix = SharedKafka.uniqueName("range");
    ok("topics", "create", "--kafka", kafka(), "--prefix", prefix);
    String topic = Topics.withPrefix(prefix).mdTrades().name();
    long base = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
    // timestamps out of order within partition 0, so the start offset alone cannot decide
    long[] p0 = {1000, 5000, 2000, 3000, 9000, 4000, 1999};
    long[] p1 = {4999, 5001, 2000};
    try (KafkaProducer<byte[], byte[]> producer = producer()) {
      for (int i = 0; i < p0.length; i++) {
        producer.send(new ProducerRecord<>(topic, 0, base + p0[i], utf8("k"), utf8("{\"i\":" + i + "}"))).get();
      }
      for (int i = 0; i < p1.length; i++) {
        producer.send(new ProducerRecord<>(topic, 1, base + p1[i], utf8("k"), utf8("{\"j\":" + i + "}"))).get();
      }
    }
    // in range [2000, 5000): partition 0 offsets 2, 3, 5; partition 1 offsets 0, 2
    List<Long> expected = List.of(base + 2000, base + 3000, base + 4000, base + 4999, base + 2000);
    export(prefix, dir, "md.trades", "--from", Instant.ofEpochMilli(base + 2000).toString(),
        "--to", Instant.ofEpochMilli(base + 5000).toString());

    List<ExportedRecord> records = records(dir.resolve("md.trades.jsonl.gz"));
    assertThat(records).extracting(ExportedRecord::timestampMs).containsExactlyElementsOf(expected);
    assertThat(records).extracting(ExportedRecord::partition, ExportedRecord::offset).containsExactly(
        org.assertj.core.groups.Tuple.tuple(0, 2L), org.assertj.core.groups.Tuple.tuple(0, 3L),
        org.assertj.core.groups.Tuple.tuple(0, 5L), org.assertj.core.groups.Tuple.tuple(1, 0L),
        org.assertj.core.groups.Tuple.tuple(1, 2L));
    ExportManifest manifest = manifest(dir);
    assertThat(manifest.from()).isEqualTo(Instant.ofEpochMilli(base + 2000).toString());
    assertThat(manifest.topics().get(0).records()).isEqualTo(5);
    assertThat(manifest.topics().get(0).ranges()).containsExactly(new ExportManifest.PartitionRange(0, 3, 2, 5),
        new ExportManifest.PartitionRange(1, 2, 0, 2));
  }

  @Test
  void shouldRefuseToImportWhenTheTargetHoldsRecordsUnlessForced(@TempDir Path dir) throws Exception {
    export(kapelameNamespace, dir, "md.markets");
    String target = SharedKafka.uniqueName("twice");
    ok("import", "--kafka", kafka(), "--prefix", target, "--in", dir.toString());

    CliRun again = run("import", "--kafka", kafka(), "--prefix", target, "--in", dir.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("refused").contains("duplicate").contains("--force");

    ok("import", "--kafka", kafka(), "--prefix", target, "--in", dir.toString(), "--force");
    assertThat(TopicReader.readAll(target + ".md.markets", true)).hasSize(2 * 49);
  }

  @Test
  void shouldRefuseAnExportDirectoryWhenAFileWasChanged(@TempDir Path dir) throws Exception {
    export(kapelameNamespace, dir, "md.markets");
    Path file = dir.resolve("md.markets.jsonl.gz");
    byte[] changed = Files.readAllBytes(file);
    changed[changed.length - 9] ^= 1;
    Files.write(file, changed);
    CliRun result = run("import", "--kafka", kafka(), "--prefix", SharedKafka.uniqueName("bad"), "--in",
        dir.toString());
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("SHA-256").contains("differs from the manifest");
  }

  @Test
  void shouldGiveIdenticalExportsWhenTheSameDatasetIsImportedTwice(@TempDir Path dir) throws Exception {
    String second = SharedKafka.uniqueName("kap2");
    importKapelame(second);
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    export(kapelameNamespace, a, String.join(",", MARKET_DATA));
    export(second, b, String.join(",", MARKET_DATA));
    assertSameBytes(a, b);
  }

  @Test
  void shouldRefuseToImportADatasetAgainWhenTheNamespaceHoldsIt() {
    CliRun again = run("import-csv", "--dataset", "kapelame", "--in", Samples.kapelame().toString(), "--kafka",
        kafka(), "--prefix", kapelameNamespace);
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("refused").contains("--force");
  }

  @Test
  void shouldDeadLetterMalformedRowsWithTheirLineNumberWhenImportingIntoKafka(@TempDir Path dir) throws Exception {
    List<String> lines = new ArrayList<>();
    try (LineSource.Cursor cursor = new FileLines(Samples.kapelame()).open()) {
      for (int i = 0; i < 4; i++) {
        lines.add(new String(cursor.next(), StandardCharsets.UTF_8));
      }
    }
    lines.add(2, "garbage,line");
    Path csv = dir.resolve("broken.csv.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(csv))) {
      out.write(utf8(String.join("\n", lines) + "\n"));
    }
    String prefix = SharedKafka.uniqueName("dlq");
    CliRun result = ok("import-csv", "--dataset", "kapelame", "--in", csv.toString(), "--kafka", kafka(), "--prefix",
        prefix);
    assertThat(result.out()).contains("problems    1 lines").contains("broken.csv.gz line 3: 2 fields");

    Topics topics = Topics.withPrefix(prefix);
    List<DeadLetter> letters = TopicReader.readAll(topics.dlq().name(), true).stream()
        .map(r -> topics.dlq().codec().decode(r.value())).toList();
    assertThat(letters).singleElement().satisfies(letter -> {
      assertThat(letter.source()).isEqualTo("dataset:kapelame");
      assertThat(letter.value()).isEqualTo(utf8("garbage,line"));
      assertThat(letter.error()).startsWith("broken.csv.gz line 3:");
    });
    assertThat(TopicReader.readAll(topics.mdBook().name(), true)).hasSize(3 * 4);
  }

  @Test
  void shouldReportWithoutKafkaWhenDryRun() {
    CliRun result = ok("import-csv", "--dataset", "johnnygod", "--in", Samples.johnnyGodXrp().toString(),
        "--dry-run", "--kafka", "127.0.0.1:1");
    assertThat(result.out()).startsWith("dry run: johnnygod")
        .contains("94 markets").contains("16 official, 2 inferred results")
        .contains("md.book     2901 snapshots (every level 1.00 contracts: a placeholder size)");
  }

  @Test
  void shouldListTheMarketsAndResultsWhenImportingTheKapelameWindow() {
    CliRun result = ok("import-csv", "--dataset", "kapelame", "--in", Samples.dir()
        .resolve("kalshi-crypto15m-2026-02-25").toString(), "--dry-run", "--placeholder-size", "2.5");
    assertThat(result.out()).contains("49 records: 25 markets, 24 finalized (0 official, 24 inferred results)")
        .contains("1 still open when the data ends").contains("every level 2.50 contracts")
        .containsPattern("KXBTC15M-26FEB250015-15\\s+close 2026-02-25T05:15:00Z\\s+strike 65450.37\\s+finalized no "
            + "\\(inferred\\)");
  }

  @Test
  void shouldRefuseABadPlaceholderSizeWhenGiven() {
    CliRun result = run("import-csv", "--dataset", "kapelame", "--in", Samples.kapelame().toString(), "--dry-run",
        "--placeholder-size", "0");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("placeholder level size must be positive");
  }

  @Test
  void shouldNameTheMissingTopicsWhenTheNamespaceWasNeverCreated(@TempDir Path dir) {
    String prefix = SharedKafka.uniqueName("none");
    CliRun result = run("export", "--kafka", kafka(), "--prefix", prefix, "--topics", "md.book,md.spot", "--out",
        dir.toString());
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("no such topics").contains(prefix + ".md.book, " + prefix + ".md.spot");
  }

  @Test
  void shouldRefuseAnUnknownTopicWhenExporting(@TempDir Path dir) {
    CliRun result = run("export", "--kafka", kafka(), "--topics", "md.bok", "--out", dir.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("unknown topic 'md.bok'");
  }
}
