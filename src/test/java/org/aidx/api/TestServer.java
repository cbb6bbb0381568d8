package org.aidx.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server without analyses on a free port, with its store in a temporary folder, started once for
 * a test class and closed after it; the folder is deleted then. Use as {@code @RegisterExtension
 * static final TestServer running = new TestServer();}.
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback {
  private final Analyses analyses;
  private Path dir;
  private ApiServer server;
  private Http http;

  /** A server without analyses. */
  TestServer() {
    this(Analyses.NONE);
  }

  /** A server with these analyses ({@link Analyses#builtIn()} for the dashboard's cards). */
  TestServer(Analyses analyses) {
    this.analyses = analyses;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("aidx-api-test");
    server = ApiServer.start(ServerOptions.of(0, dir.resolve("store")), analyses);
    http = Http.of(server);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    server.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  ApiServer server() {
    return server;
  }

  Http http() {
    return http;
  }
}
