package org.aidx.api;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Collects what is written to {@code System.err} (where slf4j-simple logs) while open, so that a
 * test can check the server's log lines and the suite's output stays quiet.
 */
final class LogCapture implements AutoCloseable {
  private final PrintStream old = System.err;
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

  LogCapture() {
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
  }

  List<String> lines() {
    return buf.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /** The lines containing text. */
  List<String> lines(String text) {
    return lines().stream().filter(l -> l.contains(text)).toList();
  }

  @Override
  public void close() {
    System.setErr(old);
  }
}
