package org.aidx.input.update;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an update: every registered series is fetched by its adapter (several at once; the fetcher
 * bounds the requests per host), reshaped by its transform, and given its provenance. A source that
 * fails is one line in {@link Outcome#failures}; the others carry on.
 */
public final class DataUpdate {
  private DataUpdate() {}

  /** The adapters by registry name. */
  static final Map<String, Adapter> ADAPTERS =
      Map.of(
          "worldbank", new WorldBankAdapter(),
          "owid", new OwidAdapter(),
          "epoch", new EpochModelsAdapter(),
          "top500", new Top500Adapter(),
          "sdmx", new SdmxAdapter());

  /**
   * What to update.
   *
   * @param economies ISO3 codes (those of the dataset in use)
   * @param fromYear the first year kept
   * @param baseUrls adapter → base URL, overriding the publisher's (a mirror, or a test server)
   */
  public record Settings(
      Set<String> economies,
      int fromYear,
      Map<String, String> baseUrls,
      Map<String, java.nio.file.Path> manualFiles) {
    public Settings {
      economies = Set.copyOf(economies);
      baseUrls = Map.copyOf(baseUrls);
      manualFiles = Map.copyOf(manualFiles);
    }

    public Settings(Set<String> economies, int fromYear, Map<String, String> baseUrls) {
      this(economies, fromYear, baseUrls, Map.of());
    }
  }

  /** The file names the registry's manual sources expect, e.g. {@code aipidata.xlsx}. */
  public static Set<String> manualFileNames(SourceRegistry registry) {
    Set<String> out = new TreeSet<>();
    for (SeriesSpec s : registry.series()) {
      if (s.manual() && !ManualWorkbook.expectedFile(s).isEmpty()) {
        out.add(ManualWorkbook.expectedFile(s));
      }
    }
    return out;
  }

  /** Where to get a manual source and how it is read, for {@code --list}. */
  public static String manualHowTo(SeriesSpec s) {
    return ManualWorkbook.describe(s);
  }

  /**
   * The result.
   *
   * @param values the updated values, by indicator, economy and year
   * @param failures one per source (and URL) that failed
   * @param manual the registry's manual sources, to be downloaded by hand
   * @param responses every response read, in the order first read
   */
  public record Outcome(
      List<UpdatedValue> values,
      List<SourceException> failures,
      List<SeriesSpec> manual,
      List<RawResponse> responses) {
    public Outcome {
      values = List.copyOf(values);
      failures = List.copyOf(failures);
      manual = List.copyOf(manual);
      responses = List.copyOf(responses);
    }

    public boolean succeeded() {
      return failures.isEmpty();
    }
  }

  public static Outcome run(SourceRegistry registry, Fetcher fetcher, Settings settings) {
    Map<String, Future<List<Point>>> fetched = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (SeriesSpec s : registry.series()) {
        if (s.manual()) {
          continue;
        }
        Adapter a = ADAPTERS.get(s.adapter());
        String base = settings.baseUrls().getOrDefault(s.adapter(), a.defaultBaseUrl());
        Adapter.Context ctx = new Adapter.Context(fetcher, settings.economies(), strip(base));
        fetched.computeIfAbsent(key(s), k -> pool.submit(() -> a.fetch(s, ctx)));
      }
      Map<String, List<Point>> points = new HashMap<>();
      Map<String, SourceException> failed = new LinkedHashMap<>();
      for (var e : fetched.entrySet()) {
        try {
          points.put(e.getKey(), e.getValue().get());
        } catch (ExecutionException ex) {
          Throwable c = ex.getCause();
          if (c instanceof SourceException se) {
            failed.put(e.getKey(), se);
          } else {
            throw new IllegalStateException(c.getMessage(), c);
          }
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted", ex);
        }
      }
      List<UpdatedValue> values = new ArrayList<>();
      Map<String, Map<String, UpdatedValue>> byIndicator = new HashMap<>();
      List<SourceException> failures = new ArrayList<>(failed.values());
      List<SeriesSpec> manual = new ArrayList<>();
      Map<String, RawResponse> manualResponses = new LinkedHashMap<>();
      // transforms that read another indicator run after the ones they read
      List<SeriesSpec> order = new ArrayList<>(registry.series());
      order.sort(Comparator.comparingInt(s -> dependsOnAnother(s) ? 1 : 0));
      for (SeriesSpec s : order) {
        if (s.manual()) {
          java.nio.file.Path file = settings.manualFiles().get(ManualWorkbook.expectedFile(s));
          if (file == null) {
            manual.add(s);
            continue;
          }
          byte[] bytes;
          try {
            bytes = java.nio.file.Files.readAllBytes(file);
          } catch (java.io.IOException ex) {
            failures.add(
                new SourceException("manual", file.toString(), "cannot read: " + ex.getMessage()));
            continue;
          }
          Instant now = fetcher.clock().instant();
          try {
            values.addAll(
                ManualWorkbook.read(
                    s, file.getFileName().toString(), bytes, now, settings.economies()));
            manualResponses.putIfAbsent(
                "file:" + file.getFileName(),
                new RawResponse(
                    "file:" + file.getFileName(),
                    bytes,
                    ResponseCache.sha256(bytes),
                    now,
                    "",
                    "",
                    "manual"));
          } catch (SourceException ex) {
            failures.add(ex);
          }
          continue;
        }
        List<Point> p = points.get(key(s));
        if (p == null) {
          continue;
        }
        Map<String, UpdatedValue> other = Map.of();
        if (dependsOnAnother(s)) {
          other = byIndicator.get(s.transformArgument());
          if (other == null) {
            failures.add(
                new SourceException(
                    s.adapter(),
                    "",
                    s.indicator()
                        + " needs "
                        + s.transformArgument()
                        + ", which was not updated (register it, or see its source's failure)"));
            continue;
          }
        }
        List<UpdatedValue> v = Transforms.apply(s, p, other, settings);
        Map<String, UpdatedValue> idx = new HashMap<>();
        v.forEach(x -> idx.put(x.iso3() + "|" + x.year(), x));
        byIndicator.put(s.indicator(), idx);
        values.addAll(v);
      }
      Map<String, RawResponse> responses = new LinkedHashMap<>();
      for (Future<List<Point>> f : fetched.values()) {
        if (f.isDone()) {
          try {
            for (Point x : f.get()) {
              x.from().forEach(r -> responses.putIfAbsent(r.url(), r));
            }
          } catch (ExecutionException | InterruptedException ignored) {
            // a failed source is already among the failures
          }
        }
      }
      manualResponses.forEach(responses::putIfAbsent);
      values.sort(
          Comparator.comparing(UpdatedValue::indicator)
              .thenComparing(UpdatedValue::iso3)
              .thenComparingInt(UpdatedValue::year));
      return new Outcome(values, failures, manual, new ArrayList<>(responses.values()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean dependsOnAnother(SeriesSpec s) {
    return s.transformName().equals("times") || s.transformName().equals("percent_of");
  }

  private static String key(SeriesSpec s) {
    return s.adapter()
        + "|"
        + s.series()
        + "|"
        + (s.transformName().equals("sum_by_country") ? s.transform() : "");
  }

  private static String strip(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The vintage of a value read from these responses. */
  static String vintage(Point p) {
    if (!p.release().isEmpty()) {
      return p.release();
    }
    RawResponse r = p.from().get(0);
    if (!r.lastModified().isEmpty()) {
      return "Last-Modified " + r.lastModified();
    }
    return "retrieved " + r.retrieved().atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
