package org.aidx.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.aidx.framework.Node;

/**
 * How much of the framework an economy's index rests on: the indicators with a value of its own
 * (imputed values do not count), out of the framework's, and the dimensions with none. One rule for
 * every place an economy is ranked (index, report, explain, dashboard, API, CSV/JSON, panel): below
 * {@link #DEFAULT_MIN_SHARE} of the indicators the economy's rank is <b>flagged</b> as low
 * coverage, not withheld, so the other economies' ranks do not depend on the threshold.
 *
 * <p>Example: 3 of 15 indicators, none in compute, algorithms, data and finance: {@code 3/15},
 * share 0.2, low (below 0.5), missing dimensions [compute, algorithms, data, finance].
 *
 * @param present indicators with a value of the economy's own
 * @param total the framework's indicators
 * @param missingDimensions names of the aggregates of indicators without any such value, in the
 *     framework's order
 * @param minShare the share below which coverage is low
 */
public record Coverage(int present, int total, List<String> missingDimensions, double minShare) {
  /** Half of the framework's indicators: the panel's default minimum coverage. */
  public static final double DEFAULT_MIN_SHARE = 0.5;

  public Coverage {
    missingDimensions = List.copyOf(missingDimensions);
    if (present < 0 || present > total) {
      throw new IllegalArgumentException("present must be in [0, " + total + "], got " + present);
    }
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new IllegalArgumentException("minShare must be in [0, 1], got " + minShare);
    }
  }

  /** The coverage of economy {@code e} in a result, with the default threshold. */
  public static Coverage of(IndexResult r, int e) {
    return of(r, e, DEFAULT_MIN_SHARE);
  }

  /** The coverage of economy {@code e} in a result. */
  public static Coverage of(IndexResult r, int e, double minShare) {
    List<String> ids = r.indicators();
    boolean[] has = new boolean[ids.size()];
    int present = 0;
    for (int i = 0; i < ids.size(); i++) {
      has[i] = r.observation(i, e) != null && !r.imputed(i, e);
      if (has[i]) {
        present++;
      }
    }
    // the framework's dimensions where it labels them (a dimension may hold sub-items), otherwise
    // the aggregates of indicators
    List<Node.Aggregate> dims =
        r.framework().aggregates().stream().filter(a -> "dimension".equals(a.level())).toList();
    if (dims.isEmpty()) {
      dims =
          r.framework().aggregates().stream()
              .filter(a -> a.children().stream().anyMatch(Node.Indicator.class::isInstance))
              .toList();
    }
    List<String> missing = new ArrayList<>();
    for (Node.Aggregate a : dims) {
      boolean any = false;
      for (String leaf :
          a.flatten().filter(Node.Indicator.class::isInstance).map(Node::id).toList()) {
        int i = ids.indexOf(leaf);
        any |= i >= 0 && has[i];
      }
      if (!any) {
        // "Compute (算力)" → "Compute": the short name, as the dashboard's column heads
        missing.add(a.name().replaceAll("\\s*\\(.*$", ""));
      }
    }
    return new Coverage(present, ids.size(), missing, minShare);
  }

  public double share() {
    return total == 0 ? 0 : (double) present / total;
  }

  /** Fewer indicators than the threshold: the rank is flagged. */
  public boolean low() {
    return total > 0 && share() < minShare;
  }

  /** "3/15". */
  public String label() {
    return present + "/" + total;
  }

  /** "3 of 15 indicators; no data for Compute, Algorithms". */
  public String describe() {
    return present
        + " of "
        + total
        + " indicators"
        + (missingDimensions.isEmpty()
            ? ""
            : "; no data for " + String.join(", ", missingDimensions));
  }
}
