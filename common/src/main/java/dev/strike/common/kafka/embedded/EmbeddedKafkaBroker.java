package dev.strike.common.kafka.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) inside this JVM, listening on 127.0.0.1.
 * It is what {@code strike run} uses by default and what every integration test runs against (one per test JVM).
 * Its data directory survives a restart: a formatted directory is not formatted again.
 *
 * <p>Needs {@code kafka_2.13}, {@code kafka-metadata} and {@code kafka-server-common} on the class path (optional
 * dependencies of {@code strike-common}). Start once, close once; not meant for concurrent start/close.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final int PORT_ATTEMPTS = 5;

  private final Path dataDir;
  private final boolean deleteOnClose;
  private final int requestedPort;
  private final int requestedControllerPort;
  private final Map<String, String> extraProperties;
  private @Nullable KafkaRaftServer server;
  private int port;
  private long startMillis;

  private EmbeddedKafkaBroker(Builder builder) {
    this.deleteOnClose = builder.dataDir == null;
    try {
      this.dataDir = builder.dataDir != null ? builder.dataDir : Files.createTempDirectory("strike-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary Kafka data directory", e);
    }
    this.requestedPort = builder.port;
    this.requestedControllerPort = builder.controllerPort;
    this.extraProperties = Map.copyOf(builder.properties);
  }

  /** A builder; by default a temporary data directory (deleted on close) and ports picked at random. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Formats the data directory if it is new, starts the broker and waits until it serves requests.
   *
   * @return this
   * @throws IllegalStateException if the broker cannot start (e.g. its port is taken), with the reason
   */
  public synchronized EmbeddedKafkaBroker start() {
    if (server != null) {
      throw new IllegalStateException("broker already started");
    }
    long t0 = System.nanoTime();
    RuntimeException last = null;
    boolean randomPorts = requestedPort == 0 || requestedControllerPort == 0;
    for (int attempt = 1; attempt <= (randomPorts ? PORT_ATTEMPTS : 1); attempt++) {
      int brokerPort = requestedPort != 0 ? requestedPort : freePort();
      int controllerPort = requestedControllerPort != 0 ? requestedControllerPort : freePort();
      while (controllerPort == brokerPort) {
        controllerPort = freePort();
      }
      try {
        startOn(brokerPort, controllerPort);
        this.port = brokerPort;
        this.startMillis = (System.nanoTime() - t0) / 1_000_000;
        log.info("embedded Kafka broker on 127.0.0.1:{} (data {}) started in {} ms", brokerPort, dataDir,
            startMillis);
        return this;
      } catch (RuntimeException e) {
        last = e;
        log.warn("embedded Kafka broker could not start on ports {}/{}: {}", brokerPort, controllerPort,
            e.toString());
        stopServer();
      }
    }
    String fixed = requestedPort != 0 && requestedControllerPort != 0
        ? "port " + requestedPort + " or " + requestedControllerPort
        : requestedPort != 0 ? "port " + requestedPort : requestedControllerPort != 0
            ? "port " + requestedControllerPort : null;
    throw new IllegalStateException("embedded Kafka broker did not start: " + (last == null ? "?" : last.getMessage())
        + (fixed == null ? "" : " (is " + fixed + " in use by another process, e.g. another `strike run`? "
            + "Set kafka.embedded.port / kafka.embedded.controllerPort, or connect to it with --kafka)"), last);
  }

  private void startOn(int brokerPort, int controllerPort) {
    Map<String, String> props = new HashMap<>();
    props.put("process.roles", "broker,controller");
    props.put("node.id", "1");
    props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("log.dirs", dataDir.toAbsolutePath().toString());
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "5");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "5");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("group.initial.rebalance.delay.ms", "0");
    props.put("log.cleaner.dedupe.buffer.size", "2097152");
    props.put("auto.create.topics.enable", "false");
    props.put("num.partitions", "1");
    props.put("default.replication.factor", "1");
    props.put("min.insync.replicas", "1");
    props.putAll(extraProperties);
    KafkaConfig config = new KafkaConfig(props, false);
    formatIfNew(config);
    KafkaRaftServer raft = new KafkaRaftServer(config, Time.SYSTEM);
    server = raft;
    raft.startup();
  }

  private void formatIfNew(KafkaConfig config) {
    if (Files.exists(dataDir.resolve("meta.properties"))) {
      return;
    }
    try {
      Files.createDirectories(dataDir);
      new Formatter()
          .setClusterId(Uuid.randomUuid().toString())
          .setNodeId(1)
          .setControllerListenerName("CONTROLLER")
          .setMetadataLogDirectory(config.metadataLogDir())
          .setDirectories(List.of(dataDir.toAbsolutePath().toString()))
          .setReleaseVersion(MetadataVersion.latestProduction())
          .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), false,
              java.nio.charset.StandardCharsets.UTF_8))
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format Kafka data directory " + dataDir + ": " + e.getMessage(), e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  /** {@code 127.0.0.1:<port>} for clients. */
  public String bootstrapServers() {
    if (server == null) {
      throw new IllegalStateException("broker not started");
    }
    return "127.0.0.1:" + port;
  }

  /** The broker's client port. */
  public int port() {
    return port;
  }

  /** The data directory. */
  public Path dataDir() {
    return dataDir;
  }

  /** How long {@link #start()} took, in milliseconds. */
  public long startMillis() {
    return startMillis;
  }

  /** Stops the broker (and deletes a temporary data directory). Idempotent. */
  @Override
  public synchronized void close() {
    stopServer();
    if (deleteOnClose) {
      deleteRecursively(dataDir);
    }
  }

  private void stopServer() {
    KafkaRaftServer raft = server;
    server = null;
    if (raft != null) {
      try {
        raft.shutdown();
        raft.awaitShutdown();
      } catch (RuntimeException e) {
        log.warn("embedded Kafka broker shutdown: {}", e.toString());
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      log.warn("could not delete {}: {}", dir, e.toString());
    }
  }

  /** Settings of an {@link EmbeddedKafkaBroker}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Path dataDir;
    private int port;
    private int controllerPort;
    private final Map<String, String> properties = new HashMap<>();

    private Builder() {}

    /** A persistent data directory (kept on close, reused on the next start). */
    public Builder dataDir(Path dir) {
      this.dataDir = Objects.requireNonNull(dir, "dataDir");
      return this;
    }

    /** The client port; 0 picks a free one. */
    public Builder port(int port) {
      this.port = checkPort(port);
      return this;
    }

    /** The controller port; 0 picks a free one. */
    public Builder controllerPort(int port) {
      this.controllerPort = checkPort(port);
      return this;
    }

    /** An extra broker property (overrides the defaults). */
    public Builder property(String key, String value) {
      properties.put(key, value);
      return this;
    }

    /** The broker, not started. */
    public EmbeddedKafkaBroker build() {
      if (port != 0 && port == controllerPort) {
        throw new IllegalArgumentException("broker and controller ports must differ, both are " + port);
      }
      return new EmbeddedKafkaBroker(this);
    }

    private static int checkPort(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be within 0..65535, got " + port);
      }
      return port;
    }
  }
}
