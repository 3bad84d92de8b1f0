package dev.strike.app.api.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.strike.common.time.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** What {@link JwtAuth} accepts: only its own HS256 tokens, for its issuer and audience, before they expire. */
class JwtAuthTest {
  private static final byte[] SECRET = "a-test-secret-that-is-long-enough-for-hs256".getBytes(StandardCharsets.UTF_8);
  private static final long NOW = 1_786_987_270_000_000_000L;
  private final ManualClock clock = new ManualClock(NOW);
  private final JwtAuth auth = new JwtAuth(SECRET, clock);

  private String signed(JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(new MACSigner(SECRET));
    return jwt.serialize();
  }

  private JWTClaimsSet.Builder valid() {
    return new JWTClaimsSet.Builder().issuer(JwtAuth.ISSUER).audience(JwtAuth.AUDIENCE).subject("ops")
        .expirationTime(new Date(NOW / 1_000_000L + 60_000));
  }

  @Test
  void shouldAcceptItsOwnTokenUntilItExpires() {
    String token = auth.issue("ops", Duration.ofMinutes(10));
    assertThat(auth.verify(token).subject()).isEqualTo("ops");
    clock.advance(Duration.ofMinutes(10).plusSeconds(31).toNanos());
    assertThat(auth.verify(token).problem()).isEqualTo("token expired");
  }

  @Test
  void shouldRefuseWrongIssuerAudienceOrMissingClaims() throws Exception {
    assertThat(auth.verify(signed(valid().issuer("someone").build())).problem()).isEqualTo("wrong token issuer");
    assertThat(auth.verify(signed(valid().audience("other").build())).problem()).isEqualTo("wrong token audience");
    assertThat(auth.verify(signed(valid().expirationTime(null).build())).problem()).isEqualTo("token has no expiry");
    assertThat(auth.verify(signed(valid().subject(null).build())).problem()).isEqualTo("token has no subject");
    assertThat(auth.verify(signed(valid().notBeforeTime(new Date(NOW / 1_000_000L + 120_000)).build())).problem())
        .isEqualTo("token not valid yet");
    assertThat(auth.verify(signed(valid().build())).ok()).isTrue();
  }

  @Test
  void shouldRefuseUnsignedAndTamperedTokens() throws Exception {
    String unsigned = new PlainJWT(new PlainHeader(), valid().build()).serialize();
    assertThat(auth.verify(unsigned).ok()).isFalse();
    String token = auth.issue("ops", Duration.ofMinutes(10));
    String[] parts = token.split("\\.");
    String otherClaims = signed(valid().subject("root").build()).split("\\.")[1];
    assertThat(auth.verify(parts[0] + "." + otherClaims + "." + parts[2]).problem()).isEqualTo("bad token signature");
    assertThat(auth.verify("").problem()).isEqualTo("missing bearer token");
    assertThat(auth.verify("abc").problem()).isEqualTo("malformed token");
  }

  @Test
  void shouldRefuseToIssueWithoutSubjectOrWithTooLongALife() {
    assertThatThrownBy(() -> auth.issue(" ", Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> auth.issue("ops", Duration.ofDays(31))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JwtAuth("short".getBytes(StandardCharsets.UTF_8), clock))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
