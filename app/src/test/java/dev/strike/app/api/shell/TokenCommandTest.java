package dev.strike.app.api.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.CliRun;
import dev.strike.common.time.SystemClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strike token}: prints a token the API accepts, signed with the configured secret file. */
class TokenCommandTest {
  @TempDir
  Path dir;

  private Path configWithSecret(Path secret) throws Exception {
    Path config = dir.resolve("strike.yaml");
    Files.writeString(config, "api:\n  jwtSecretFile: " + secret + "\n");
    return config;
  }

  @Test
  void shouldPrintATokenTheApiAcceptsWhenTheSecretIsCreatedFirst() throws Exception {
    Path secret = dir.resolve("data").resolve("jwt.secret");
    CliRun run = CliRun.of("token", "--config", configWithSecret(secret).toString(), "--subject", "alice",
        "--ttl", "1h");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.getPosixFilePermissions(secret)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    JwtAuth.Verdict verdict = new JwtAuth(JwtSecret.load(secret), SystemClock.INSTANCE).verify(run.out().strip());
    assertThat(verdict.ok()).as(verdict.problem()).isTrue();
    assertThat(verdict.subject()).isEqualTo("alice");
    assertThat(run.out().strip()).doesNotContain(Files.readString(secret).strip());
  }

  @Test
  void shouldRefuseWhenTheTtlIsNotADurationOrTooLong() throws Exception {
    Path config = configWithSecret(dir.resolve("jwt.secret"));
    CliRun bad = CliRun.of("token", "--config", config.toString(), "--ttl", "soon");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--ttl must be a duration").contains("'soon'");
    assertThat(CliRun.of("token", "--config", config.toString(), "--ttl", "31d").code()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
  }

  @Test
  void shouldRefuseWhenTheSecretFileIsReadableByOthers() throws Exception {
    Path secret = dir.resolve("open.secret");
    Files.writeString(secret, "0123456789abcdef0123456789abcdef0123456789");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
    CliRun run = CliRun.of("token", "--config", configWithSecret(secret).toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("accessible by group or others").contains("chmod 600");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void shouldRefuseWhenTheSecretIsShorterThan32Bytes() throws Exception {
    Path secret = dir.resolve("short.secret");
    Files.writeString(secret, "too-short");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    CliRun run = CliRun.of("token", "--config", configWithSecret(secret).toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("holds 9 bytes").contains("at least 32");
  }
}
