package org.aidx.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.aidx.model.Observation;

/**
 * The values a run uses that are older than its maximum age: a value is stale when its year is more
 * than {@code maxAge} years before the run's year, which is {@code --year} when given, else the
 * newest year among the values the run uses.
 *
 * <p>Example: in a run whose newest value is from 2025, with a maximum age of 3 years, a patent
 * count from 2020 is stale (5 years old) and an investment total from 2022 is not (3 years).
 *
 * @param runYear the year ages are measured from
 * @param maxAge the largest age in years that is not flagged (≥ 0)
 * @param stale every stale value, in indicator then economy order
 */
public record Staleness(int runYear, int maxAge, List<Observation> stale) {
  public Staleness {
    if (maxAge < 0) {
      throw new IllegalArgumentException("a maximum age must be >= 0 years, got " + maxAge);
    }
    stale = List.copyOf(stale);
  }

  /** The stale values of a result (imputed values have no observation and are not listed). */
  public static Staleness of(IndexResult r, int maxAge) {
    int ni = r.indicators().size();
    int ne = r.economies().size();
    int newest = Integer.MIN_VALUE;
    for (int i = 0; i < ni; i++) {
      for (int e = 0; e < ne; e++) {
        Observation o = r.observation(i, e);
        if (o != null) {
          newest = Math.max(newest, o.year());
        }
      }
    }
    int runYear = r.methodology().year() != null ? r.methodology().year() : newest;
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < ni; i++) {
      for (int e = 0; e < ne; e++) {
        Observation o = r.observation(i, e);
        if (o != null && runYear - o.year() > maxAge) {
          out.add(o);
        }
      }
    }
    return new Staleness(runYear, maxAge, out);
  }

  /**
   * One line per indicator with stale values, e.g. {@code ai_patent_applications: CHN 2020, JPN
   * 2020 (5 years)}; empty when nothing is stale.
   */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    String current = null;
    StringBuilder b = null;
    for (Observation o : stale) {
      if (!o.indicator().equals(current)) {
        if (b != null) {
          out.add(b.toString());
        }
        current = o.indicator();
        b = new StringBuilder(current).append(':');
      } else {
        b.append(',');
      }
      b.append(' ').append(o.economy()).append(' ').append(o.year());
    }
    if (b != null) {
      out.add(b.toString());
    }
    return out;
  }
}
