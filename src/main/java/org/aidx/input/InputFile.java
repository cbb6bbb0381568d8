package org.aidx.input;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An input of a run, identified for the manifest.
 *
 * @param name a path, or {@code embedded:...} for data shipped in the jar
 * @param sha256 the hex SHA-256 of the file's bytes
 */
public record InputFile(String role, String name, String sha256, long bytes) {
  public static InputFile of(String role, String name, byte[] content) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content);
      return new InputFile(role, name, HexFormat.of().formatHex(d), content.length);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Hashes a file as it streams (records files can be gigabytes). */
  public static InputFile ofFile(String role, java.nio.file.Path file) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
        total += n;
      }
      return new InputFile(role, file.toString(), HexFormat.of().formatHex(md.digest()), total);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
