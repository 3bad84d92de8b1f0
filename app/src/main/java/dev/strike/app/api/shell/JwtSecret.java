package dev.strike.app.api.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The HS256 secret of the operator API's tokens, kept in a file (configuration {@code api.jwtSecretFile}): the API
 * checks tokens with it and {@code strike token} signs them with it. A missing file is created with 48 random bytes
 * (Base64url text, mode 600); an existing one must hold at least 32 bytes and be readable by its owner only.
 * The secret is never logged.
 */
public final class JwtSecret {
  /** Shortest secret HS256 accepts: 256 bits. */
  public static final int MIN_BYTES = 32;

  private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
      PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private JwtSecret() {}

  /**
   * The secret in {@code file}, created first when missing.
   *
   * @throws IllegalStateException naming the file when it cannot be created or read, is open to group or others, or
   *     is too short
   */
  public static byte[] loadOrCreate(Path file) {
    if (!Files.exists(file)) {
      create(file);
    }
    return load(file);
  }

  /**
   * The secret in {@code file}, which must exist.
   *
   * @throws IllegalStateException as {@link #loadOrCreate}, and when the file is missing
   */
  public static byte[] load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("the API token secret " + file + " does not exist (it is created when the api"
          + " service first starts; or set api.jwtSecretFile)");
    }
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix != null) {
      Set<PosixFilePermission> permissions;
      try {
        permissions = posix.readAttributes().permissions();
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the permissions of " + file + ": " + e.getMessage(), e);
      }
      Set<PosixFilePermission> open = EnumSet.copyOf(GROUP_OR_OTHERS);
      open.retainAll(permissions);
      if (!open.isEmpty()) {
        throw new IllegalStateException("the API token secret " + file + " is accessible by group or others ("
            + PosixFilePermissions.toString(permissions) + "); run `chmod 600 " + file + "`");
      }
    }
    byte[] secret;
    try {
      secret = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the API token secret " + file + ": " + e.getMessage(), e);
    }
    if (secret.length < MIN_BYTES) {
      throw new IllegalStateException("the API token secret " + file + " holds " + secret.length + " bytes; HS256 "
          + "needs at least " + MIN_BYTES);
    }
    return secret;
  }

  private static void create(Path file) {
    byte[] random = new byte[48];
    new SecureRandom().nextBytes(random);
    byte[] text = Base64.getUrlEncoder().withoutPadding().encode(random);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      boolean posix = Files.getFileAttributeView(parent == null ? file.toAbsolutePath() : parent,
          PosixFileAttributeView.class) != null;
      FileAttribute<?>[] ownerOnly = posix
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
          : new FileAttribute<?>[0];
      Files.createFile(file, ownerOnly);
      Files.write(file, text, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileAlreadyExistsException e) {
      return; // another process created it first: use theirs
    } catch (IOException e) {
      throw new IllegalStateException("cannot create the API token secret " + file + ": " + e.getMessage(), e);
    }
  }
}
