package org.aidx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aidx.data.Dataset;
import org.aidx.input.DataFiles;
import org.aidx.input.Inputs;
import org.aidx.input.update.DataUpdate;
import org.aidx.input.update.Fetcher;
import org.aidx.input.update.ResponseCache;
import org.aidx.input.update.SeriesSpec;
import org.aidx.input.update.SourceException;
import org.aidx.input.update.SourceRegistry;
import org.aidx.input.update.UpdateDiff;
import org.aidx.input.update.UpdateFiles;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.aidx.store.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx data update}: the shipped indicators from their publishers, with what changed. */
@Command(
    name = "update",
    header = "Fetch the shipped indicators from their publishers and show what changed.",
    mixinStandardHelpOptions = true,
    description = {
      "Fetch every registered indicator from its publisher (World Bank API, Our World in Data,",
      "Epoch AI, TOP500, SDMX), write a new dataset in the long layout with each value's provenance,",
      "a manifest and the changes against the dataset in use. Raw responses are cached by SHA-256;",
      "--offline, --as-of and --pin rebuild an update from the cache. Nothing is written unless every",
      "source succeeds (exit code 1 otherwise, one line per failed source).",
      ""
    })
final class DataUpdateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write data.csv, manifest.json and changes.txt (default: runs/data-update).")
  Path out = Path.of("runs", "data-update");

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "The cache of raw responses (default: $XDG_CACHE_HOME/aidx/data-update or ~/.cache/aidx/data-update).")
  Path cache;

  @Option(names = "--offline", description = "Use the cache only; no network.")
  boolean offline;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Rebuild the update as of DATE (YYYY-MM-DD, end of that day UTC, or an ISO instant) from the cache.")
  String asOf;

  @Option(
      names = "--pin",
      paramLabel = "MANIFEST",
      description = "Rebuild exactly the update an earlier manifest.json records, from the cache.")
  Path pin;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Only these sources: worldbank, owid, epoch, top500, sdmx (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--indicator",
      paramLabel = "ID",
      description = "Only these indicators (repeatable).")
  List<String> indicators = new ArrayList<>();

  @Option(
      names = "--registry",
      paramLabel = "FILE",
      description =
          "A source registry CSV instead of the shipped one (indicator,adapter,series,transform,unit,publisher).")
  Path registryFile;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "The dataset in use, for the economies and the changes (default: the embedded dataset).")
  Path data;

  @Option(names = "--from", paramLabel = "YEAR", description = "First year kept (default: 2015).")
  int fromYear = 2015;

  @Option(
      names = "--base-url",
      paramLabel = "SOURCE=URL",
      description =
          "Another base URL for a source (a mirror), e.g. worldbank=http://127.0.0.1:8080.")
  Map<String, String> baseUrls = new LinkedHashMap<>();

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Per-request timeout (default: 30).")
  double timeout = 30;

  @Option(
      names = "--manual",
      paramLabel = "FILE",
      description =
          "A manual source's file, downloaded by hand (e.g. aipidata.xlsx, 2024-GAIRI-data.xlsx; --list names them).")
  List<Path> manualFiles = new ArrayList<>();

  @Option(
      names = "--list",
      description =
          "List the sources (automatic and manual) and the vintage of the shipped data; fetch nothing.")
  boolean list;

  @Override
  public Integer call() {
    PrintWriter w = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SourceRegistry registry =
        registryFile == null
            ? SourceRegistry.standard()
            : SourceRegistry.parse(registryFile.toString(), Inputs.bytes(registryFile));
    if (!sources.isEmpty()) {
      registry = registry.onlySources(sources);
    }
    if (!indicators.isEmpty()) {
      registry = registry.onlyIndicators(indicators);
    }
    if (list) {
      printList(w, registry);
      return 0;
    }
    for (String k : baseUrls.keySet()) {
      if (!List.of("worldbank", "owid", "epoch", "top500", "sdmx").contains(k)) {
        throw new InputException(
            "--base-url " + k,
            "unknown source '"
                + k
                + "'"
                + org.aidx.model.Names.didYouMean(
                    k, List.of("worldbank", "owid", "epoch", "top500", "sdmx")),
            "use worldbank, owid, epoch, top500 or sdmx");
      }
    }
    Map<String, Path> manual = new LinkedHashMap<>();
    java.util.Set<String> expected = DataUpdate.manualFileNames(registry);
    for (Path f : manualFiles) {
      String name = f.getFileName().toString();
      if (!expected.contains(name)) {
        throw new InputException(
            "--manual " + f,
            "no manual source reads a file named '"
                + name
                + "'"
                + org.aidx.model.Names.didYouMean(name, expected),
            "give one of " + String.join(", ", expected) + " under its published name");
      }
      if (!java.nio.file.Files.isRegularFile(f)) {
        throw new InputException(
            "--manual " + f, "file not found", "check the path of the downloaded file");
      }
      manual.put(name, f);
    }
    Dataset inUse = data == null ? Inputs.embeddedBase() : DataFiles.read(data);
    Fetcher.Options o =
        Fetcher.Options.of(Manifest.version())
            .withTimeout(Duration.ofMillis((long) (timeout * 1000)))
            .withOffline(offline)
            .withAsOf(asOf == null ? null : parseAsOf(asOf))
            .withPinned(pin == null ? Map.of() : UpdateFiles.pinned(pin));
    Path cacheDir = cache == null ? defaultCache() : cache;
    Fetcher fetcher = new Fetcher(new ResponseCache(cacheDir), o, Clock.systemUTC());
    DataUpdate.Outcome outcome =
        DataUpdate.run(
            registry,
            fetcher,
            new DataUpdate.Settings(new HashSet<>(inUse.economies()), fromYear, baseUrls, manual));
    for (SourceException f : outcome.failures()) {
      err.println("failed: " + f.line());
    }
    w.printf(
        "%d values from %d responses (%s)%n",
        outcome.values().size(),
        outcome.responses().size(),
        o.cacheOnly() ? "from the cache " + cacheDir : "cache " + cacheDir);
    if (!outcome.manual().isEmpty()) {
      w.println(
          "Manual sources (download by hand; not updated): "
              + String.join(
                  ", ", outcome.manual().stream().map(SeriesSpec::indicator).distinct().toList())
              + " (aidx data update --list says where)");
    }
    UpdateDiff diff = UpdateDiff.of(inUse, outcome.values());
    w.println(
        "Changes against "
            + (data == null ? "the embedded dataset" : data)
            + ": "
            + diff.summary());
    if (!outcome.succeeded()) {
      err.println(
          outcome.failures().size()
              + " source(s) failed; nothing written (the cache keeps what was received). Fix or retry, or use --offline.");
      w.flush();
      err.flush();
      return 1;
    }
    String csv = UpdateFiles.csv(outcome.values(), iso -> inUse.name(iso));
    String changes = diff.render();
    String manifest =
        UpdateFiles.manifest(
            Manifest.version(),
            spec.commandLine().getParseResult().originalArgs(),
            o,
            outcome,
            List.of("data.csv", "changes.txt"));
    AtomicFiles.write(out.resolve("data.csv"), csv);
    AtomicFiles.write(out.resolve("changes.txt"), changes);
    AtomicFiles.write(out.resolve("manifest.json"), manifest);
    w.println("Wrote " + out.resolve("data.csv") + ", changes.txt and manifest.json");
    w.flush();
    return 0;
  }

  private static Instant parseAsOf(String s) {
    try {
      return LocalDate.parse(s).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e2) {
        throw new InputException(
            "--as-of " + s,
            "'" + s + "' is not a date",
            "write a date as YYYY-MM-DD (e.g. 2026-07-01) or an instant as 2026-07-01T12:00:00Z");
      }
    }
  }

  private static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("aidx").resolve("data-update");
  }

  private static void printList(PrintWriter w, SourceRegistry registry) {
    w.println("Automatic sources (aidx data update fetches them):");
    for (SeriesSpec s : registry.series()) {
      if (!s.manual()) {
        w.printf("  %-46s %-9s %s [%s]%n", s.indicator(), s.adapter(), s.series(), s.transform());
      }
    }
    w.println("Manual sources (download the file by hand, then give it with --manual FILE):");
    for (SeriesSpec s : registry.series()) {
      if (s.manual()) {
        w.printf(
            "  %-46s %s%n  %-46s   %s%n", s.indicator(), s.series(), "", DataUpdate.manualHowTo(s));
      }
    }
    w.println("The shipped dataset (the default) is these vintages:");
    try (InputStream in =
        DataUpdateCommand.class.getResourceAsStream("/org/aidx/data/update/shipped-vintages.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> lines = text.lines().skip(1).toList();
      for (String l : lines) {
        List<String> c = splitCsv(l);
        w.printf("  %-38s %s%n", c.get(0), c.get(1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    w.flush();
  }

  /** A CSV line's cells (quotes around cells with commas). */
  private static List<String> splitCsv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean q = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        q = !q;
      } else if (ch == ',' && !q) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
