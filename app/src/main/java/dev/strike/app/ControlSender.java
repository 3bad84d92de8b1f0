package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import java.io.PrintWriter;
import java.time.Duration;

/** Sends one operator command to the {@code control} topic of the configured cluster, for the CLI commands. */
final class ControlSender {
  private ControlSender() {}

  /**
   * Sends {@code command} and waits for the broker's acknowledgement.
   *
   * @return whether it was acknowledged; a failure is explained on {@code err}
   */
  static boolean send(StrikeConfig config, ControlCommand command, String clientId, PrintWriter err) {
    String bootstrap = TopicsCommand.bootstrapOf(config);
    SenderOptions options = SenderOptions.lowLatency(bootstrap, clientId)
        .with("max.block.ms", 10_000).with("delivery.timeout.ms", 10_000)
        .with("request.timeout.ms", 5_000);
    try (KafkaSender sender = new KafkaSender(options)) {
      sender.send(config.kafka().topics().control(), command).block(Duration.ofSeconds(15));
      return true;
    } catch (RuntimeException e) {
      err.println("strike: cannot send to " + config.kafka().topics().control().name() + " on " + bootstrap
          + " (is `strike run` running? or pass --kafka host:port): " + e.getMessage());
      return false;
    }
  }
}
