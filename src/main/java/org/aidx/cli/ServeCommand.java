package org.aidx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.aidx.api.Analyses;
import org.aidx.api.ApiServer;
import org.aidx.api.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx serve}: the HTTP API and the web dashboard. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the web dashboard and the JSON API (described at /api/openapi.json) until Ctrl-C.",
      "Uploaded datasets and frameworks, saved scenarios and past runs are kept in an embedded",
      "database in --data-dir and survive restarts.",
      ""
    },
    footer = {
      "",
      "Security: bound to 127.0.0.1 by default. On any other address, write requests (uploads,",
      "deletes, saved scenarios and runs) need 'Authorization: Bearer TOKEN'; without --token a",
      "random token is generated and printed.",
      "",
      "Examples:",
      "  aidx serve                              http://127.0.0.1:8080/",
      "  aidx serve --port 9000 --data-dir /tmp/aidx-store",
      "  aidx serve --body-timeout 60             slow links: 60 s without a byte before 408",
      "  aidx serve --queue 20                    answer 503 sooner when computations pile up",
      "  aidx serve --host 0.0.0.0 --token \"$AIDX_TOKEN\""
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "P",
      defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "H",
      defaultValue = ServerOptions.LOOPBACK,
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(
      names = "--data-dir",
      paramLabel = "D",
      description = "Directory of the embedded store (default: ~/.aidx).")
  Path dataDir;

  @Option(
      names = "--token",
      paramLabel = "T",
      description =
          "Bearer token required by write requests (default: none on loopback, generated otherwise).")
  String token;

  @Option(
      names = "--max-body-mb",
      paramLabel = "MB",
      defaultValue = "10",
      description =
          "Largest request body accepted, uploads included (default: ${DEFAULT-VALUE} MB).")
  int maxBodyMb;

  @Option(
      names = "--body-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "A request body that sends nothing for this long while the server waits for it, or"
              + " trickles in under 1 KB/s of waiting, is answered 408 and its worker freed; time"
              + " spent queued or computing never counts (default: ${DEFAULT-VALUE} s; 1 to 600).")
  int bodyTimeout;

  @Option(
      names = "--compute-slots",
      paramLabel = "N",
      description =
          "Computations run at once (default: the number of cores, here ${DEFAULT-VALUE}).")
  int computeSlots = ServerOptions.defaultComputeSlots();

  @Option(
      names = "--queue",
      paramLabel = "N",
      defaultValue = "" + ServerOptions.DEFAULT_QUEUE,
      description =
          "Computations that may wait for a slot; beyond, HTTP 503 with Retry-After (default:"
              + " ${DEFAULT-VALUE}; 0 to "
              + ServerOptions.MAX_QUEUE
              + ").")
  int queue;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".aidx");
    String t = token;
    boolean generated = false;
    if (t == null && !ServerOptions.isLoopback(host)) {
      t = ServerOptions.newToken();
      generated = true;
    }
    ServerOptions o =
        new ServerOptions(
            host,
            port,
            dir,
            t,
            maxBodyMb * 1024L * 1024L,
            bodyTimeout * 1000L,
            computeSlots,
            queue);
    ApiServer server = ApiServer.start(o, Analyses.builtIn());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "aidx-serve-shutdown"));
    out.println("aidx serve: dashboard at " + server.url());
    out.println("  API: " + server.url() + "api/openapi.json; store: " + dir.toAbsolutePath());
    if (generated) {
      out.println("  write token (send as 'Authorization: Bearer TOKEN'): " + t);
    } else if (t != null) {
      out.println("  write requests need the token given with --token");
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return 0;
  }
}
