package dev.strike.app.api.shell;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.strike.common.time.Clock;
import java.text.ParseException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Bearer tokens of the operator API: JWTs signed with HS256 (Nimbus JOSE+JWT) by a shared secret, issuer
 * {@value #ISSUER}, audience {@value #AUDIENCE}, a subject naming the operator, and an expiry. A token is accepted
 * only with a valid signature by this secret, algorithm HS256, the issuer and audience above, a subject, and an
 * expiry in the future (30 s of clock skew allowed). Thread-safe.
 */
public final class JwtAuth {
  /** The {@code iss} claim. */
  public static final String ISSUER = "strike";

  /** The {@code aud} claim. */
  public static final String AUDIENCE = "strike-api";

  /** The longest lifetime {@link #issue} grants. */
  public static final Duration MAX_TTL = Duration.ofDays(30);

  private static final long SKEW_MS = 30_000;

  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Clock clock;

  /**
   * Tokens signed and checked with {@code secret} (at least 32 bytes), timed by {@code clock}.
   *
   * @throws IllegalArgumentException if the secret is too short
   */
  public JwtAuth(byte[] secret, Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      this.signer = new MACSigner(secret);
      this.verifier = new MACVerifier(secret);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("the token secret is not usable for HS256: " + e.getMessage(), e);
    }
  }

  /**
   * A signed token for {@code subject} valid for {@code ttl} from now.
   *
   * @throws IllegalArgumentException if the subject is blank or the ttl is not within (0, 30 days]
   */
  public String issue(String subject, Duration ttl) {
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("a token needs a subject");
    }
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException("the token lifetime must be more than 0 and at most 30d, got " + ttl);
    }
    long nowMs = clock.nowNs() / 1_000_000L;
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject)
        .issueTime(new Date(nowMs))
        .notBeforeTime(new Date(nowMs))
        .expirationTime(new Date(nowMs + ttl.toMillis()))
        .jwtID(UUID.randomUUID().toString())
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a token: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  /**
   * Who a request is, from its {@code Authorization} header value ({@code Bearer <token>}) or a bare token.
   *
   * @return the subject, or why the token is refused (without echoing the token)
   */
  public Verdict verify(@Nullable String token) {
    if (token == null || token.isBlank()) {
      return Verdict.refused("missing bearer token");
    }
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(token.strip());
    } catch (ParseException e) {
      return Verdict.refused("malformed token");
    }
    if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
      return Verdict.refused("unsupported token algorithm (HS256 only)");
    }
    try {
      if (!jwt.verify(verifier)) {
        return Verdict.refused("bad token signature");
      }
    } catch (JOSEException e) {
      return Verdict.refused("bad token signature");
    }
    JWTClaimsSet claims;
    try {
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      return Verdict.refused("malformed token claims");
    }
    long nowMs = clock.nowNs() / 1_000_000L;
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      return Verdict.refused("token has no expiry");
    }
    if (exp.getTime() + SKEW_MS < nowMs) {
      return Verdict.refused("token expired");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && nbf.getTime() - SKEW_MS > nowMs) {
      return Verdict.refused("token not valid yet");
    }
    if (!ISSUER.equals(claims.getIssuer())) {
      return Verdict.refused("wrong token issuer");
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.contains(AUDIENCE)) {
      return Verdict.refused("wrong token audience");
    }
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank()) {
      return Verdict.refused("token has no subject");
    }
    return new Verdict(subject, null);
  }

  /**
   * The outcome of {@link #verify}.
   *
   * @param subject who the token names, null when refused
   * @param problem why it was refused, null when accepted
   */
  public record Verdict(@Nullable String subject, @Nullable String problem) {
    static Verdict refused(String problem) {
      return new Verdict(null, problem);
    }

    /** Whether the token was accepted. */
    public boolean ok() {
      return subject != null;
    }
  }
}
