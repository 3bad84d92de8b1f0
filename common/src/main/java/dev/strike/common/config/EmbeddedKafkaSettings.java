package dev.strike.common.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The single-node KRaft broker that {@code strike run} starts in-process when {@link KafkaSettings#bootstrapServers}
 * is empty. Immutable; the values are checked by {@link #validate} when loaded.
 *
 * @param dataDir where the broker keeps its log and metadata, relative to the working directory unless absolute;
 *     kept across restarts
 * @param port the client (PLAINTEXT) listener port, 0..65535; 0 picks a free port
 * @param controllerPort the KRaft controller listener port, 0..65535; 0 picks a free port; differs from
 *     {@code port} unless both are 0
 */
public record EmbeddedKafkaSettings(Path dataDir, int port, int controllerPort) implements Validatable {
  /** {@code data/kafka} under the working directory. */
  public static final Path DEFAULT_DATA_DIR = Path.of("data", "kafka");

  /** Kafka's usual client port. */
  public static final int DEFAULT_PORT = 9092;

  /** Kafka's usual controller port. */
  public static final int DEFAULT_CONTROLLER_PORT = 9093;

  /** Checks that the data directory is present. */
  public EmbeddedKafkaSettings {
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** {@code data/kafka}, ports 9092 and 9093. */
  public static EmbeddedKafkaSettings defaults() {
    return new EmbeddedKafkaSettings(DEFAULT_DATA_DIR, DEFAULT_PORT, DEFAULT_CONTROLLER_PORT);
  }

  @Override
  public void validate(ConfigProblems problems) {
    boolean portOk = problems.inRange("port", port, 0, 65535);
    boolean controllerPortOk = problems.inRange("controllerPort", controllerPort, 0, 65535);
    if (portOk && controllerPortOk && port != 0 && port == controllerPort) {
      problems.at("controllerPort").fail("must differ from port (both are " + port + ")");
    }
  }
}
