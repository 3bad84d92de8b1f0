package dev.strike.app.api.shell;

import dev.strike.app.ConfigOptions;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.DurationText;
import dev.strike.common.time.SystemClock;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code strike token [--ttl 12h] [--subject NAME]}: prints a bearer token for the operator API, signed with the
 * secret in {@code api.jwtSecretFile} (created there, mode 600, if no API has started yet). Whoever can read that
 * file can issue tokens. The token is printed on standard output only, nothing else is.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Print a bearer token for the operator API and dashboard (signed with api.jwtSecretFile).")
public final class TokenCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--ttl", paramLabel = "DURATION", description = "How long the token is valid, up to 30d "
      + "(default: 12h; e.g. 30m, 12h, 7d)")
  String ttl = "12h";

  @Option(names = "--subject", paramLabel = "NAME", description = "Who the token is for; recorded on every "
      + "command it sends (default: $USER)")
  String subject = System.getProperty("user.name", "operator");

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Duration> lifetime = DurationText.parse(ttl);
    if (lifetime.isEmpty() || lifetime.get().isNegative() || lifetime.get().isZero()
        || lifetime.get().compareTo(JwtAuth.MAX_TTL) > 0) {
      err.println("strike: --ttl must be a duration from 1s to 30d (e.g. 30m, 12h, 7d), got '" + ttl + "'");
      return 2;
    }
    if (subject == null || subject.isBlank() || subject.length() > 100) {
      err.println("strike: --subject must be 1 to 100 characters");
      return 2;
    }
    StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
    if (config == null) {
      return 2;
    }
    byte[] secret;
    try {
      secret = JwtSecret.loadOrCreate(config.api().secretPath());
    } catch (IllegalStateException e) {
      err.println("strike: " + e.getMessage());
      return 1;
    }
    out.println(new JwtAuth(secret, SystemClock.INSTANCE).issue(subject.strip(), lifetime.get()));
    out.flush();
    return 0;
  }
}
