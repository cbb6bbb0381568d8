package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aidx.data.Dataset;
import org.aidx.framework.Aggregation;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.MinMax;
import org.aidx.method.normalise.Normalisation;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.treat.Treatment;

/**
 * The uncertain assumptions of a Monte Carlo run, and the floor that geometric and harmonic means
 * use when an option brings a zero into them.
 *
 * @param items at most one assumption per key
 * @param floor values below it are raised to it before a geometric or harmonic mean (as {@code
 *     --floor}); null keeps the nominal spec's floor
 */
public record Assumptions(List<Assumption> items, Double floor) {
  /** The floor the defaults use: 1% of the reference under ratio normalisation. */
  public static final double DEFAULT_FLOOR = 0.01;

  public Assumptions {
    items = List.copyOf(items);
    Set<String> keys = new HashSet<>();
    for (Assumption a : items) {
      if (!keys.add(a.key())) {
        throw new IllegalArgumentException(
            "assumption '" + a.key() + "' is given twice; give each key once");
      }
    }
    if (floor != null && !(floor > 0)) {
      throw new IllegalArgumentException("the floor must be positive, got " + floor);
    }
  }

  public static Assumptions of(List<Assumption> items) {
    return new Assumptions(items, null);
  }

  public Assumptions withFloor(Double f) {
    return new Assumptions(items, f);
  }

  /**
   * Every uncertain choice of a framework's methodology, the defaults of {@code aidx robustness}:
   * ±25% on the weights of every level that has siblings; normalisation by the nominal method or
   * min-max onto [1, 100]; arithmetic or geometric means at every aggregate level; imputation none,
   * mean or median (the framework's own first); no treatment or winsorisation of up to 5 points;
   * leaving out any indicator that has a sibling. The reference year is not varied: on the shipped
   * CICC data several indicators exist for one year only, so an earlier year leaves the reference
   * without a value. Geometric means raise values below {@link #DEFAULT_FLOOR} to it (unless the
   * spec has its own floor). With the data: also the indicator choice for the sub-items with a
   * documented alternative measure ({@link #ALTERNATIVES}), one option each besides the nominal.
   */
  public static Assumptions defaults(Framework fw, Methodology m, Dataset data) {
    Assumptions a = defaults(fw, m);
    List<String> options = new ArrayList<>();
    options.add("nominal");
    List<String> ids = fw.indicators().stream().map(Node::id).toList();
    for (String[] alt : ALTERNATIVES) {
      if (ids.contains(alt[0]) && data.hasIndicator(alt[1])) {
        options.add(alt[0] + "=" + alt[1] + alt[2]);
      }
    }
    if (options.size() == 1) {
      return a;
    }
    List<Assumption> items = new ArrayList<>(a.items());
    items.add(new Assumption.Indicators(options));
    return new Assumptions(items, a.floor());
  }

  /**
   * The documented alternative measures the defaults vary when the data have them, each {OLD, NEW,
   * sign}: diffusion at 7 value-added groups, as the variance (lower is better) and as the
   * effective number of groups (1/HHI), for the variance at 14 employment groups; the five-year sum
   * of private AI investment for the two-year one; notable models for AI start-ups.
   */
  static final String[][] ALTERNATIVES = {
    {"diffusion_variance_employment", "diffusion_variance", ":-"},
    {"diffusion_variance_employment", "diffusion_effective_industries", ""},
    {"private_ai_investment_2y", "private_ai_investment_5y", ""},
    {"newly_funded_ai_companies_2013_2024", "notable_ai_models_6y", ""},
    {"diffusion_effective_industries", "diffusion_variance", ":-"},
    {"private_ai_investment_5y", "private_ai_investment", ""}
  };

  /**
   * The defaults without alternative indicators (see {@link #defaults(Framework, Methodology,
   * Dataset)}, which adds them when the data have them).
   */
  public static Assumptions defaults(Framework fw, Methodology m) {
    List<Assumption> out = new ArrayList<>();
    if (hasSiblings(fw, "indicator")) {
      out.add(new Assumption.UniformWeights("indicator", 0.25));
    }
    Set<String> levels = new LinkedHashSet<>();
    for (Node.Aggregate a : fw.aggregates()) {
      if (a != fw.root()) {
        levels.add(a.level());
      }
    }
    for (String l : levels) {
      if (!l.isEmpty() && hasSiblings(fw, l)) {
        out.add(new Assumption.UniformWeights(l, 0.25));
      }
    }
    // the nominal methodology's normalisation: one method for every indicator, or each its own
    Set<Normalisation> nominal = new LinkedHashSet<>(m.normalisation().values());
    Normalisation alt = MinMax.of(1, 100);
    if (nominal.size() == 1) {
      Normalisation one = nominal.iterator().next();
      out.add(
          new Assumption.Normalisations(
              one.equals(alt)
                  ? List.of(one, new org.aidx.method.normalise.Frontier())
                  : List.of(one, alt)));
    } else {
      out.add(new Assumption.Normalisations(List.of(alt), true));
    }
    Set<String> allLevels = new LinkedHashSet<>(List.of(fw.root().level()));
    allLevels.addAll(levels);
    for (String l : allLevels) {
      if (l.isEmpty()) {
        continue;
      }
      Aggregation nom =
          m.aggregationOf(
              fw.aggregates().stream()
                  .filter(a -> a.level().equals(l))
                  .findFirst()
                  .orElseThrow()
                  .id());
      Aggregation other =
          nom == Aggregation.ARITHMETIC ? Aggregation.GEOMETRIC : Aggregation.ARITHMETIC;
      out.add(new Assumption.Aggregations(l, List.of(nom, other)));
    }
    Set<Imputation> imputations = new LinkedHashSet<>();
    imputations.add(m.imputation());
    imputations.add(Imputation.none());
    imputations.add(new Imputation(Imputation.Kind.MEAN, null));
    imputations.add(new Imputation(Imputation.Kind.MEDIAN, null));
    out.add(new Assumption.Imputations(List.copyOf(imputations)));
    out.add(new Assumption.Treatments(List.of(Treatment.none(), Treatment.winsorise(5))));
    if (fw.aggregates().stream()
        .anyMatch(
            a -> a.children().stream().filter(Node.Indicator.class::isInstance).count() > 1)) {
      out.add(new Assumption.LeaveOneOut(List.of()));
    }
    // a framework that floors zeros on raw values keeps every default option positive (ratio,
    // minmax onto [1, 100]), so no floor on normalised scores is added: it would move the nominal
    // result away from 'aidx index'
    Double floor =
        m.scoreFloor() != null ? m.scoreFloor() : m.zeroFloor() > 0 ? null : DEFAULT_FLOOR;
    return new Assumptions(out, floor);
  }

  /** Whether some parent has two or more children at this level. */
  private static boolean hasSiblings(Framework fw, String level) {
    for (Node.Aggregate a : fw.aggregates()) {
      long n =
          a.children().stream()
              .filter(
                  c ->
                      level.equals("indicator")
                          ? c instanceof Node.Indicator
                          : c instanceof Node.Aggregate g && g.level().equals(level))
              .count();
      if (n > 1) {
        return true;
      }
    }
    return false;
  }

  /** Labels such as {@code normalisation=ratio|minmax:1,100}, for reports. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Assumption a : items) {
      String v;
      if (a instanceof Assumption.UniformWeights w) {
        v = "±" + Math.round(w.spread() * 1000) / 10.0 + "%";
      } else if (a instanceof Assumption.DirichletWeights d) {
        v = "dirichlet:" + d.concentration();
      } else if (a instanceof Assumption.LeaveOneOut l) {
        v = l.indicators().isEmpty() ? "all" : String.join("|", l.indicators());
      } else {
        v = String.join("|", a.labels());
      }
      out.add(a.key() + "=" + v);
    }
    if (floor != null) {
      out.add("floor=" + floor);
    }
    return out;
  }
}
