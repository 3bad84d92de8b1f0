package dev.strike.kalshi.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * Keys for tests: one RSA 2048 and one Ed25519 key pair per test JVM (generating RSA keys is slow), and their
 * private halves written as PEM files the way Kalshi hands them out (PKCS#1 for RSA, PKCS#8 for Ed25519), with
 * owner-only permissions.
 */
public final class TestKeys {
  /** The key id the test servers accept. */
  public static final String KEY_ID = "a952bcbe-ec3b-4b5b-b8f9-11dae589608c";

  private static KeyPair rsa;
  private static KeyPair ed25519;

  private TestKeys() {}

  /** The test RSA key pair. */
  public static synchronized KeyPair rsa() {
    if (rsa == null) {
      rsa = generate("RSA", 2048);
    }
    return rsa;
  }

  /** The test Ed25519 key pair. */
  public static synchronized KeyPair ed25519() {
    if (ed25519 == null) {
      ed25519 = generate("Ed25519", 0);
    }
    return ed25519;
  }

  private static KeyPair generate(String algorithm, int size) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
      if (size > 0) {
        generator.initialize(size);
      }
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code key} as PKCS#1 PEM ({@code -----BEGIN RSA PRIVATE KEY-----}). */
  public static String pkcs1Pem(PrivateKey key) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@code key} as PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). */
  public static String pkcs8Pem(PrivateKey key) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(new JcaPKCS8Generator(key, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes {@code pem} to {@code file} readable and writable by its owner only; returns the file. */
  public static Path writeOwnerOnly(Path file, String pem) {
    try {
      Files.writeString(file, pem);
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
