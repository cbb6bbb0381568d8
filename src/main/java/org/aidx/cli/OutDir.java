package org.aidx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.report.Charts;
import org.aidx.store.AtomicFiles;
import org.knowm.xchart.internal.chartpart.Chart;
import picocli.CommandLine;

/**
 * The files a command writes under {@code --out}, named once: the same list is written, recorded in
 * the manifest and reported to the user, so the three cannot drift apart.
 *
 * <pre>{@code
 * OutDir o = OutDir.at(out).text("robustness.csv", csv).chart("rank-intervals", chart);
 * o.write(names -> ResultWriter.manifest("aidx robustness", args, inputs, fw, Methodology.of(fw, spec), names), err);
 * // writes robustness.csv, rank-intervals.png, rank-intervals.svg, manifest.json
 * }</pre>
 */
final class OutDir {
  static final String MANIFEST = "manifest.json";

  private final Path dir;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  private OutDir(Path dir) {
    this.dir = dir;
  }

  static OutDir at(Path dir) {
    return new OutDir(dir);
  }

  OutDir text(String name, String content) {
    return bytes(name, content.getBytes(StandardCharsets.UTF_8));
  }

  OutDir bytes(String name, byte[] content) {
    if (name.equals(MANIFEST) || files.containsKey(name)) {
      throw new IllegalArgumentException("output " + name + " is already taken");
    }
    files.put(name, content);
    return this;
  }

  /** Adds {@code base.png} and {@code base.svg}. */
  OutDir chart(String base, Chart<?, ?> chart) {
    bytes(base + ".png", Charts.png(chart));
    return bytes(base + ".svg", Charts.svg(chart));
  }

  /** Every file name, in writing order, the manifest last. */
  List<String> names() {
    List<String> names = new ArrayList<>(files.keySet());
    names.add(MANIFEST);
    return List.copyOf(names);
  }

  /** Options that name what a command writes; every other file option is one it reads. */
  static final Set<String> OUTPUT_OPTIONS = Set.of("--out", "--replications");

  /** Options that name neither an input nor an output file ({@code serve}'s store). */
  private static final Set<String> NEITHER = Set.of("--data-dir");

  /**
   * Refuses, before anything is computed or printed, a command line whose outputs would replace one
   * of its inputs: an input file inside the {@code --out} directory, an output file that is an
   * input file, or an {@code --out} that exists and is not a directory. Paths are compared as real
   * paths, symbolic links resolved. Applied by {@link Main} to every command, so a new command with
   * an {@code --out} option is covered without a line of its own.
   *
   * <p>Example: {@code aidx index --data out/results.csv --out out} stops with exit code 2 instead
   * of replacing the data with the results.
   */
  static void refuseInputs(CommandLine.ParseResult command) {
    List<Path> inputs = new ArrayList<>();
    Map<String, Path> outputs = new LinkedHashMap<>();
    // an --out labelled FILE (aidx records generate) names a file, as --replications does
    Set<String> fileOutputs = new HashSet<>(Set.of("--replications"));
    for (CommandLine.Model.ArgSpec arg : command.commandSpec().args()) {
      String name =
          arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
      if (NEITHER.contains(name)) {
        continue;
      }
      List<Path> paths = paths(arg.getValue());
      if (OUTPUT_OPTIONS.contains(name)) {
        paths.forEach(p -> outputs.put(name, p));
        if ("FILE".equals(arg.paramLabel())) {
          fileOutputs.add(name);
        }
      } else {
        inputs.addAll(paths);
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Path> o : outputs.entrySet()) {
      Path out = real(o.getValue());
      boolean dir = !fileOutputs.contains(o.getKey());
      if (dir && Files.exists(out) && !Files.isDirectory(out)) {
        problems.add(
            new Problem(
                "--out " + o.getValue(),
                "expected a directory to write into, found an existing file",
                "choose a directory to write into (new or existing), e.g. --out runs/latest"));
        continue;
      }
      for (Path in : inputs) {
        Path r = real(in);
        if (dir ? r.startsWith(out) : r.equals(out)) {
          problems.add(
              new Problem(
                  o.getKey() + " " + o.getValue(),
                  dir
                      ? "the output directory contains the input file "
                          + in
                          + ", which writing the outputs could replace"
                      : "the output file is the input file " + in,
                  "write to another "
                      + (dir ? "directory" : "file")
                      + "; inputs are never modified"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  private static List<Path> paths(Object value) {
    List<Path> out = new ArrayList<>();
    if (value instanceof Path p) {
      out.add(p);
    } else if (value instanceof Collection<?> c) {
      c.stream().filter(Path.class::isInstance).map(Path.class::cast).forEach(out::add);
    }
    return out;
  }

  /**
   * The real path of {@code p}, symbolic links resolved; for a path that does not exist yet, the
   * real path of its nearest existing ancestor with the rest appended.
   */
  static Path real(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }

  /**
   * The bad-input error for an {@code --out} directory that cannot be written; {@code what} names
   * what was being written ("the report"), or is empty.
   */
  static InputException unwritable(Path dir, String what, UncheckedIOException e) {
    return new InputException(
        "--out " + dir,
        "cannot write " + (what.isEmpty() ? "" : what + " ") + "there (" + e.getCause() + ")",
        "choose a directory you can create and write to");
  }

  /**
   * Writes every file atomically, then the manifest made from the names, and tells the user on
   * {@code err}. A directory that cannot be written is the user's to fix: exit code 2, not a stack
   * trace.
   */
  List<String> write(Function<List<String>, String> manifest, PrintWriter err) {
    List<String> names = names();
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        AtomicFiles.write(dir.resolve(f.getKey()), f.getValue());
      }
      AtomicFiles.write(dir.resolve(MANIFEST), manifest.apply(names));
    } catch (UncheckedIOException e) {
      throw unwritable(dir, "", e);
    }
    err.println("Wrote " + String.join(", ", names) + " to " + dir);
    err.flush();
    return names;
  }
}
