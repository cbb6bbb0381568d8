package org.aidx.analysis.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which models count as the frontier; growth rates depend on this choice, as Epoch AI stresses.
 *
 * <ul>
 *   <li>{@code all}: every model with a value.
 *   <li>{@code top-n:K}: the K largest values of each calendar year. Example: top-n:1 keeps the
 *       record of each year.
 *   <li>{@code residual[:Z]}: models at least Z residual standard deviations above one log-linear
 *       trend fitted to all models (default Z = 1), in the spirit of Epoch's large-scale filter.
 * </ul>
 */
public record Frontier(String kind, double parameter) {
  public Frontier {
    if (!List.of("all", "top-n", "residual").contains(kind)) {
      throw new IllegalArgumentException("unknown frontier '" + kind + "'");
    }
    if (kind.equals("top-n") && !(parameter >= 1 && parameter == Math.rint(parameter))) {
      throw new IllegalArgumentException("top-n:K needs a whole K ≥ 1, got " + parameter);
    }
  }

  public static Frontier parse(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (s.equals("all")) {
        return new Frontier("all", 0);
      }
      if (s.startsWith("top-n:")) {
        return new Frontier("top-n", Double.parseDouble(s.substring(6)));
      }
      if (s.equals("residual")) {
        return new Frontier("residual", 1);
      }
      if (s.startsWith("residual:")) {
        return new Frontier("residual", Double.parseDouble(s.substring(9)));
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException(
        "--frontier '"
            + text
            + "' is not one of: all, top-n:K (e.g. top-n:5), residual, residual:Z");
  }

  @Override
  public String toString() {
    return kind.equals("all")
        ? "all"
        : kind
            + ":"
            + (parameter == Math.rint(parameter)
                ? Long.toString((long) parameter)
                : Double.toString(parameter));
  }

  /** The selected points of a date-sorted series with positive values, still sorted by date. */
  public Series select(Series s) {
    int n = s.size();
    boolean[] keep = new boolean[n];
    switch (kind) {
      case "all" -> java.util.Arrays.fill(keep, true);
      case "top-n" -> {
        Map<Integer, List<Integer>> byYear = new TreeMap<>();
        for (int i = 0; i < n; i++) {
          byYear.computeIfAbsent((int) Math.floor(s.t(i)), y -> new ArrayList<>()).add(i);
        }
        for (List<Integer> idx : byYear.values()) {
          idx.sort(Comparator.comparingDouble((Integer i) -> -s.y(i)));
          for (int j = 0; j < Math.min((int) parameter, idx.size()); j++) {
            keep[idx.get(j)] = true;
          }
        }
      }
      default -> {
        double[] t = s.times();
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
          z[i] = Math.log10(s.y(i));
        }
        double[] ab = SegmentedTrend.ols(t, z, 0, n);
        if (ab == null) {
          java.util.Arrays.fill(keep, true);
          break;
        }
        double ss = 0;
        for (int i = 0; i < n; i++) {
          double r = z[i] - ab[0] - ab[1] * t[i];
          ss += r * r;
        }
        double sd = Math.sqrt(ss / Math.max(1, n - 2));
        for (int i = 0; i < n; i++) {
          keep[i] = z[i] - ab[0] - ab[1] * t[i] >= parameter * sd;
        }
      }
    }
    List<double[]> pts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (keep[i]) {
        pts.add(new double[] {s.t(i), s.y(i)});
      }
    }
    return Series.of(
        s.name() + " (frontier " + this + ")",
        s.unit(),
        pts.stream().mapToDouble(p -> p[0]).toArray(),
        pts.stream().mapToDouble(p -> p[1]).toArray());
  }
}
