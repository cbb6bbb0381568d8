package org.aidx.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aidx.io.AtomicFiles;
import org.aidx.model.InputException;
import org.aidx.report.Charts;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The files a command writes under {@code --out}, named once: the same list is written, recorded in
 * the manifest and reported to the user, so the three cannot drift apart.
 *
 * <pre>{@code
 * OutDir o = OutDir.at(out).text("robustness.csv", csv).chart("rank-intervals", chart);
 * o.write(names -> Manifest.json("aidx robustness", args, inputs, fw, spec, names), err);
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
