package dev.strike.kalshi.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.time.ManualClock;
import dev.strike.kalshi.testing.SignatureVerifier;
import dev.strike.kalshi.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KalshiSignerTest {
  private static final long NOW_MS = 1_703_123_456_789L;

  private static KalshiSigner signer(KalshiCredentials credentials) {
    return new KalshiSigner(credentials, new ManualClock(NOW_MS * 1_000_000L));
  }

  @Test
  void shouldSignTimestampMethodAndPathWithoutTheQuery() {
    assertThat(KalshiSigner.textToSign(NOW_MS, "get", "/trade-api/v2/portfolio/orders?limit=5"))
        .isEqualTo("1703123456789GET/trade-api/v2/portfolio/orders");
  }

  @Test
  void shouldProduceAnRsaPssSignatureThePublicKeyVerifies() {
    KalshiSigner signer = signer(new KalshiCredentials(TestKeys.KEY_ID, TestKeys.rsa().getPrivate()));
    AuthHeaders headers = signer.sign("GET", "/trade-api/v2/portfolio/balance?subaccount=0");
    assertThat(headers.keyId()).isEqualTo(TestKeys.KEY_ID);
    assertThat(headers.timestampMs()).isEqualTo(NOW_MS);
    assertThat(SignatureVerifier.forTestRsaKey().reject(headers, "GET", "/trade-api/v2/portfolio/balance", NOW_MS))
        .isEmpty();
    assertThat(SignatureVerifier.forTestRsaKey().reject(headers, "POST", "/trade-api/v2/portfolio/balance", NOW_MS))
        .contains("INCORRECT_API_KEY_SIGNATURE");
    assertThat(SignatureVerifier.forTestRsaKey().reject(headers, "GET", "/trade-api/v2/portfolio/balance",
        NOW_MS + 60_000)).contains("header_timestamp_expired");
  }

  @Test
  void shouldSignTheWebSocketUpgradePath() {
    KalshiSigner signer = signer(new KalshiCredentials(TestKeys.KEY_ID, TestKeys.rsa().getPrivate()));
    AuthHeaders headers = signer.sign("GET", "/trade-api/ws/v2");
    assertThat(SignatureVerifier.forTestRsaKey().reject(headers, "GET", "/trade-api/ws/v2", NOW_MS)).isEmpty();
  }

  @Test
  void shouldSignWithEd25519Keys() {
    KalshiSigner signer = signer(new KalshiCredentials(TestKeys.KEY_ID, TestKeys.ed25519().getPrivate()));
    AuthHeaders headers = signer.sign("DELETE", "/trade-api/v2/portfolio/events/orders/abc");
    SignatureVerifier verifier = new SignatureVerifier(TestKeys.KEY_ID, TestKeys.ed25519().getPublic());
    assertThat(verifier.reject(headers, "DELETE", "/trade-api/v2/portfolio/events/orders/abc", NOW_MS)).isEmpty();
  }

  @Test
  void shouldLoadPkcs1AndPkcs8RsaKeysAndPkcs8Ed25519Keys(@TempDir Path dir) {
    Path pkcs1 = TestKeys.writeOwnerOnly(dir.resolve("rsa.key"), TestKeys.pkcs1Pem(TestKeys.rsa().getPrivate()));
    Path pkcs8 = TestKeys.writeOwnerOnly(dir.resolve("rsa.pk8.pem"), TestKeys.pkcs8Pem(TestKeys.rsa().getPrivate()));
    Path ed = TestKeys.writeOwnerOnly(dir.resolve("ed.pem"), TestKeys.pkcs8Pem(TestKeys.ed25519().getPrivate()));
    assertThat(TestKeys.pkcs1Pem(TestKeys.rsa().getPrivate())).startsWith("-----BEGIN RSA PRIVATE KEY-----");
    assertThat(TestKeys.pkcs8Pem(TestKeys.rsa().getPrivate())).startsWith("-----BEGIN PRIVATE KEY-----");

    for (Path file : new Path[] {pkcs1, pkcs8}) {
      KalshiCredentials credentials = KalshiKeys.load(TestKeys.KEY_ID, file);
      assertThat(credentials.type()).isEqualTo(KeyType.RSA);
      AuthHeaders headers = signer(credentials).sign("GET", "/trade-api/v2/portfolio/fills");
      assertThat(SignatureVerifier.forTestRsaKey().reject(headers, "GET", "/trade-api/v2/portfolio/fills", NOW_MS))
          .isEmpty();
    }
    assertThat(KalshiKeys.load(TestKeys.KEY_ID, ed).type()).isEqualTo(KeyType.ED25519);
  }

  @Test
  void shouldRefuseAKeyFileOthersCanReadAndSayHowToFixIt(@TempDir Path dir) throws Exception {
    Path file = TestKeys.writeOwnerOnly(dir.resolve("open.key"), TestKeys.pkcs1Pem(TestKeys.rsa().getPrivate()));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> KalshiKeys.load(TestKeys.KEY_ID, file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accessible by group or others (rw-r--r--)")
        .hasMessageContaining("chmod 600 " + file);
  }

  @Test
  void shouldNeverPutKeyMaterialInMessagesOrToString(@TempDir Path dir) {
    String pem = TestKeys.pkcs1Pem(TestKeys.rsa().getPrivate());
    String body = pem.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
    Path broken = TestKeys.writeOwnerOnly(dir.resolve("broken.key"),
        pem.replace(body, body.substring(0, 20) + "!!!!" + body.substring(24)));
    assertThatThrownBy(() -> KalshiKeys.load(TestKeys.KEY_ID, broken))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(body.substring(0, 20)).contains("broken.key"));
    KalshiCredentials credentials = new KalshiCredentials(TestKeys.KEY_ID, TestKeys.rsa().getPrivate());
    assertThat(credentials.toString()).contains(TestKeys.KEY_ID).contains("<redacted>")
        .doesNotContain(body.substring(0, 20));
  }

  @Test
  void shouldRefuseAFileThatIsNotAPrivateKey(@TempDir Path dir) {
    Path file = TestKeys.writeOwnerOnly(dir.resolve("cert.pem"), "hello\n");
    assertThatThrownBy(() -> KalshiKeys.load(TestKeys.KEY_ID, file))
        .hasMessageContaining("no PEM block found");
  }
}
