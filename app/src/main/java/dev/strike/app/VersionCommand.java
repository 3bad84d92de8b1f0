package dev.strike.app;

import java.util.concurrent.Callable;
import org.apache.kafka.common.utils.AppInfoParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code strike version}: what is running. */
@Command(name = "version", mixinStandardHelpOptions = true, description = "Print the Strike, Java and Kafka versions.")
final class VersionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    for (String line : lines()) {
      spec.commandLine().getOut().println(line);
    }
    return 0;
  }

  static String[] lines() {
    String version = VersionCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "strike " + (version == null ? "(development build)" : version),
      "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
      "kafka clients " + AppInfoParser.getVersion()
    };
  }

  /** Supplies {@code --version}. */
  static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return lines();
    }
  }
}
