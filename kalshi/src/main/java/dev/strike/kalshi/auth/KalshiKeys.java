package dev.strike.kalshi.auth;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.EnumSet;
import java.util.Set;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;

/**
 * Reads Kalshi private keys from PEM files: PKCS#1 ({@code -----BEGIN RSA PRIVATE KEY-----}, what Kalshi's site
 * downloads for RSA keys) and PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}, RSA or Ed25519), parsed with
 * BouncyCastle. A key file that its group or others may read is refused, with the command that fixes it. Error
 * messages name the file, never its content.
 */
public final class KalshiKeys {
  private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private KalshiKeys() {}

  /**
   * Loads the credentials of key {@code keyId} from {@code pemFile}.
   *
   * @throws IllegalArgumentException if the file is missing, too open, or not a PEM private key
   */
  public static KalshiCredentials load(String keyId, Path pemFile) {
    checkPermissions(pemFile);
    String pem;
    try {
      pem = Files.readString(pemFile, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the Kalshi key file " + pemFile + ": " + e.getMessage(), e);
    }
    try {
      return new KalshiCredentials(keyId, parse(pem));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Kalshi key file " + pemFile + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a key file that is missing or that group or others may access.
   *
   * @throws IllegalArgumentException naming the file, its permissions and the {@code chmod} that fixes them
   */
  public static void checkPermissions(Path pemFile) {
    if (!Files.isRegularFile(pemFile)) {
      throw new IllegalArgumentException("Kalshi key file " + pemFile + " does not exist or is not a file");
    }
    PosixFileAttributeView posix = Files.getFileAttributeView(pemFile, PosixFileAttributeView.class);
    if (posix == null) {
      return; // no POSIX permissions on this file system
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = posix.readAttributes().permissions();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the permissions of " + pemFile + ": " + e.getMessage(), e);
    }
    Set<PosixFilePermission> open = EnumSet.copyOf(GROUP_OR_OTHERS);
    open.retainAll(permissions);
    if (!open.isEmpty()) {
      throw new IllegalArgumentException("Kalshi key file " + pemFile + " is accessible by group or others ("
          + PosixFilePermissions.toString(permissions) + "); a private key must be readable by its owner only: "
          + "run `chmod 600 " + pemFile + "`");
    }
  }

  /**
   * Parses one PEM private key (PKCS#1 RSA or PKCS#8 RSA/Ed25519).
   *
   * @throws IllegalArgumentException if it is not one, without quoting the text
   */
  public static PrivateKey parse(String pem) {
    Object object;
    try (Reader reader = new StringReader(pem); PEMParser parser = new PEMParser(reader)) {
      object = parser.readObject();
    } catch (IOException e) {
      throw new IllegalArgumentException("not a PEM private key (" + e.getClass().getSimpleName() + ")", e);
    }
    PrivateKeyInfo info;
    if (object instanceof PEMKeyPair pair) {
      info = pair.getPrivateKeyInfo(); // PKCS#1 "RSA PRIVATE KEY"
    } else if (object instanceof PrivateKeyInfo pkcs8) {
      info = pkcs8; // PKCS#8 "PRIVATE KEY"
    } else if (object == null) {
      throw new IllegalArgumentException("no PEM block found; expected -----BEGIN RSA PRIVATE KEY----- or "
          + "-----BEGIN PRIVATE KEY-----");
    } else {
      throw new IllegalArgumentException("not a private key but a " + object.getClass().getSimpleName()
          + (object.getClass().getSimpleName().contains("Encrypted") ? " (decrypt it first)" : ""));
    }
    String algorithm = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
    try {
      byte[] der = info.getEncoded();
      return switch (algorithm) {
        case "1.2.840.113549.1.1.1" -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        case "1.3.101.112" -> KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        default -> throw new IllegalArgumentException("unsupported key algorithm " + algorithm
            + "; Kalshi keys are RSA or Ed25519");
      };
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("the PEM key could not be decoded (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }
}
