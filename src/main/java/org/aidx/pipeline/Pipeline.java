package org.aidx.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.framework.FrameworkValidator;
import org.aidx.framework.Node;
import org.aidx.framework.Transform;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;
import org.aidx.model.Finite;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Observation;
import org.aidx.model.Problem;
import org.aidx.pipeline.aggregate.CompiledTree;
import org.aidx.pipeline.impute.RelativePosition;
import org.aidx.pipeline.rank.FractionalRanks;
import org.aidx.pipeline.tier.Tiering;
import org.aidx.pipeline.treat.Treatment;

/**
 * Computes an index in two stages: {@link #prepare} (select the value of each indicator per
 * economy, the latest year at or before the methodology's year → transform and denominate → impute
 * → treat outliers → normalise), then the compiled core ({@link CompiledTree}: aggregate bottom-up
 * with children's weights renormalised over those present, relative to the reference when the
 * framework asks) → rank ({@link FractionalRanks}) → tier. The Monte Carlo engine calls the same
 * two stages.
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * Runs the pipeline on {@code framework}'s tree under methodology {@code m}, which states every
   * choice: weights, methods, floors, reference, year and tiers ({@link Methodology#of} resolves
   * one at the edges, from a framework and what a run asks for). The result's {@link
   * IndexResult#framework()} is the tree with {@code m}'s weights and methods at its nodes ({@link
   * Methodology#onto}).
   *
   * @throws InputException when {@code m} does not fit the tree (naming the nodes), and for every
   *     problem of the framework, of its fit to the data, or of the data under the chosen methods
   *     (naming the economy, indicator and fix)
   */
  public static IndexResult run(Framework framework, Dataset data, Methodology m) {
    Framework fw = m.onto(framework);
    return run(fw, data, m, prepare(fw, data, m));
  }

  /**
   * The core stages (aggregate → rank → tier) on data already prepared, possibly under another
   * methodology for the same indicators in the same order: a Monte Carlo replay prepares its data
   * under the nominal weights (so relative-position imputation keeps them, as in the fast engine)
   * and aggregates under the drawn ones.
   *
   * @throws IllegalArgumentException when the prepared data has another number of indicators
   * @throws InputException when {@code m} does not fit the tree, and for every problem of
   *     aggregation (a geometric mean meeting a value that is not positive without a floor, a
   *     reference scoring zero)
   */
  public static IndexResult run(Framework framework, Dataset data, Methodology m, Prepared p) {
    Framework fw = m.onto(framework);
    if (p.norm.length != fw.indicators().size()) {
      throw new IllegalArgumentException(
          "prepared data has "
              + p.norm.length
              + " indicators, the framework "
              + fw.indicators().size());
    }
    CompiledTree tree = CompiledTree.of(fw, a -> m.aggregationOf(a.id()), m.scoreFloor());
    int ne = p.economies.size();
    CompiledTree.Workspace w = tree.workspace(ne);
    boolean relative = fw.relativeToReference() && p.ref >= 0;
    if (!w.aggregate(tree.leaves(p.norm), relative ? p.ref : -1)) {
      throw failure(tree, w.failure(), p);
    }
    List<RunNote> notes = new ArrayList<>(p.notes);
    int na = tree.aggregates();
    double[][] scores = new double[na][ne];
    double[][] unscaled = new double[na][ne];
    for (int a = 0; a < na; a++) {
      w.copyScores(a, scores[a], false);
      w.copyScores(a, unscaled[a], true);
    }
    // a mean or the division by the reference's score that overflowed stops the run; a node with
    // no child present is missing, not an error
    CompiledTree.Failure overflow = w.overflow();
    if (overflow != null) {
      int a = overflow.node();
      String step =
          overflow.kind() == CompiledTree.Failure.Kind.MEAN_NOT_FINITE
              ? tree.nominalMethod(a).label() + " mean"
              : "division by the reference's score";
      Finite.checkPresent(
          overflow.value(), step, p.eco[overflow.economy()], "node '" + tree.aggregateId(a) + "'");
    }
    for (CompiledTree.Floored f : w.floored()) {
      notes.add(
          new RunNote.FlooredForMean(
              p.eco[f.economy()],
              f.childIsIndicator() ? tree.indicatorId(f.child()) : tree.aggregateId(f.child()),
              f.value(),
              m.scoreFloor(),
              tree.nominalMethod(f.node()).label(),
              tree.aggregateId(f.node())));
    }
    for (int e = 0; e < ne; e++) {
      if (Double.isNaN(scores[0][e])) {
        notes.add(new RunNote.NoIndex(p.eco[e]));
      }
    }
    FractionalRanks rk = new FractionalRanks(ne);
    rk.rank(scores[0]);
    double[] ranks = new double[ne];
    for (int e = 0; e < ne; e++) {
      ranks[e] = rk.rank(e);
    }
    Tiering.Result tiers = m.tiers().assign(scores[0]);
    Integer asked = m.tiers().count();
    if (asked != null && tiers.count() < asked) {
      notes.add(new RunNote.TiersReduced(asked, tiers.count()));
    }
    List<String> indIds = fw.indicators().stream().map(Node::id).toList();
    List<String> aggIds = fw.aggregates().stream().map(Node::id).toList();
    List<String> names = p.economies.stream().map(data::name).toList();
    return new IndexResult(
        fw,
        m,
        p.reference,
        p.economies,
        names,
        indIds,
        aggIds,
        p.used,
        p.x,
        p.imputed,
        p.winsorised,
        p.floored,
        p.outcomes,
        p.norm,
        scores,
        unscaled,
        ranks,
        tiers,
        notes);
  }

  /** The error for a failed aggregation, from what the kernel reports. */
  private static InputException failure(CompiledTree tree, CompiledTree.Failure f, Prepared p) {
    String node = tree.aggregateId(f.node());
    if (f.atReference()) {
      return new InputException(
          "node '" + node + "', reference " + p.reference,
          "scores are expressed relative to the reference, whose score here is " + f.value(),
          "choose a normalisation that keeps scores positive (ratio, frontier, minmax:1,100)"
              + " or another reference economy");
    }
    String child = f.childIsIndicator() ? tree.indicatorId(f.child()) : tree.aggregateId(f.child());
    return new InputException(
        "node '" + node + "', economy " + p.eco[f.economy()],
        "a "
            + tree.nominalMethod(f.node()).label()
            + " mean needs positive values, but '"
            + child
            + "' scores "
            + f.value(),
        "use --aggregate arithmetic, a normalisation that keeps values positive"
            + " (minmax:1,100), or raise values to a floor with --floor X");
  }

  /**
   * The data stage of the pipeline: select the value of each indicator per economy, transform and
   * denominate, impute, treat and normalise. The Monte Carlo calls it once per data variant.
   *
   * @throws InputException as {@link #run(Framework, Dataset, Methodology)}, for every problem
   *     before aggregation
   */
  public static Prepared prepare(Framework framework, Dataset data, Methodology method) {
    Framework fw = method.onto(framework);
    List<Problem> problems = new ArrayList<>(FrameworkValidator.problems(fw));
    List<Node.Indicator> inds = fw.indicators();
    for (Node.Indicator ind : inds) {
      if (!data.hasIndicator(ind.id())) {
        problems.add(
            new Problem(
                "framework " + fw.id() + ", indicator " + String.join(" > ", fw.path(ind.id())),
                "indicator '" + ind.id() + "' has no data in the dataset",
                "add its values to a data file, or remove it from the framework"
                    + Names.didYouMean(ind.id(), data.indicators())));
      }
      String denom = denominatorOf(fw, ind, method.denominate());
      if (denom != null && !data.hasIndicator(denom)) {
        problems.add(
            new Problem(
                "framework " + fw.id() + ", indicator " + ind.id(),
                "its denominator '" + denom + "' has no data in the dataset",
                "add the denominator's values, or change the transform/denominator"));
      }
    }
    if (method.denominate() && inds.stream().allMatch(i -> i.denominator() == null)) {
      problems.add(
          new Problem(
              "--denominate",
              "no indicator of the framework "
                  + fw.id()
                  + " declares a denominator, so there is nothing to divide by",
              "add a Denominator column to the iMeta file (or 'denominator:' to the framework's"
                  + " indicators), or leave out --denominate"));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    List<String> economies = new ArrayList<>();
    for (String e : data.economies()) {
      if (inds.stream().anyMatch(i -> method.select(data, e, i.id()).isPresent())) {
        economies.add(e);
      }
    }
    if (economies.isEmpty()) {
      throw new InputException(
          "dataset",
          "no economy has a value for any indicator of the framework"
              + (method.year() == null ? "" : " at or before " + method.year()),
          "check the indicator ids in the data files against the framework, or the --year");
    }
    String reference = method.reference();
    int ref = reference == null ? -1 : economies.indexOf(reference);
    if (reference != null && ref < 0) {
      throw new InputException(
          "reference economy",
          "'"
              + reference
              + "' is not among the economies with data: "
              + String.join(" ", economies),
          "pass --reference with one of these codes");
    }
    int ni = inds.size();
    int ne = economies.size();
    String[] eco = economies.toArray(new String[0]);
    Observation[][] used = new Observation[ni][ne];
    double[][] x = new double[ni][ne];
    boolean[][] imputed = new boolean[ni][ne];
    boolean[][] winsorised = new boolean[ni][ne];
    Treatment.Outcome[] outcomes = new Treatment.Outcome[ni];
    double[][] norm = new double[ni][ne];
    List<RunNote> notes = new ArrayList<>();
    Map<String, Map<String, String>> groups = data.groups();

    for (int i = 0; i < ni; i++) {
      Node.Indicator ind = inds.get(i);
      String denom = denominatorOf(fw, ind, method.denominate());
      for (int e = 0; e < ne; e++) {
        Optional<Observation> o = method.select(data, eco[e], ind.id());
        used[i][e] = o.orElse(null);
        x[i][e] = o.map(Observation::value).orElse(Double.NaN);
        if (o.isEmpty()) {
          notes.add(
              new RunNote.Missing(
                  eco[e], ind.id(), method.year(), method.maxAge(), method.imputation().label()));
          continue;
        }
        if (denom != null) {
          Optional<Observation> d = method.select(data, eco[e], denom);
          if (d.isEmpty()) {
            // as COINr does: no denominator, no denominated value; imputation may fill it
            x[i][e] = Double.NaN;
            used[i][e] = null;
            notes.add(
                new RunNote.MissingDenominator(
                    eco[e], ind.id(), denom, method.year(), method.imputation().label()));
            continue;
          }
          if (!(d.get().value() > 0)) {
            throw new InputException(
                "indicator '" + ind.id() + "', economy " + eco[e],
                "dividing by '"
                    + denom
                    + "' needs a positive value, found "
                    + d.map(v -> Double.toString(v.value())).orElse("none"),
                "add the denominator's value for " + eco[e] + " or drop the transform");
          }
          x[i][e] =
              Finite.check(
                  x[i][e] / d.get().value(),
                  "division by '" + denom + "'",
                  eco[e],
                  "indicator '" + ind.id() + "'");
        }
        if (ind.transform() == Transform.LOG) {
          if (!(x[i][e] > 0)) {
            throw new InputException(
                "indicator '"
                    + ind.id()
                    + "', economy "
                    + eco[e]
                    + " ("
                    + o.get().provenance().location()
                    + ")",
                "the log transform needs a positive value, found " + x[i][e],
                "remove 'transform: log' from this indicator or correct the value");
          }
          x[i][e] = Math.log(x[i][e]);
        }
      }
    }

    boolean[][] floored = new boolean[ni][ne];
    double zeroFloor = method.zeroFloor();
    if (zeroFloor > 0) {
      for (int i = 0; i < ni; i++) {
        floorZeros(inds.get(i).id(), eco, x[i], zeroFloor, floored[i], notes);
      }
    }
    Imputation imputation = method.imputation();
    if (imputation.kind() == Imputation.Kind.RELATIVE) {
      imputeRelative(fw, inds, x, imputed);
    }
    for (int i = 0; i < ni; i++) {
      Node.Indicator ind = inds.get(i);
      String[] g = null;
      if (imputation.kind() == Imputation.Kind.GROUP_MEAN) {
        String col = imputation.groupColumn();
        g = new String[ne];
        boolean any = false;
        for (int e = 0; e < ne; e++) {
          Map<String, String> m = groups.get(eco[e]);
          g[e] = m == null ? null : m.get(col);
          any |= g[e] != null;
        }
        if (!any) {
          throw new InputException(
              "--impute group-mean:" + col,
              "no economy has a value in group column '" + col + "'",
              "name a group column of the data (COINr iData columns starting with 'Group_')");
        }
      }
      imputation.impute(x[i], g, imputed[i]);
      outcomes[i] = method.treatment().treat(x[i], winsorised[i]);
      for (int e = 0; e < ne; e++) {
        Finite.check(
            x[i][e], "imputation and outlier treatment", eco[e], "indicator '" + ind.id() + "'");
      }
      if (outcomes[i] != Treatment.Outcome.UNTOUCHED) {
        notes.add(new RunNote.Treated(ind.id(), outcomes[i]));
      }
      Normalisation n = method.normalisationOf(ind.id());
      if (java.util.Arrays.stream(x[i]).allMatch(Double::isNaN)) {
        // no economy has the indicator (a panel year before its series starts, or beyond the
        // maximum age): it stays missing for all, and its parents average the children present
        java.util.Arrays.fill(norm[i], Double.NaN);
        notes.add(new RunNote.NoValues(ind.id()));
      } else {
        n.apply(ind.id(), eco, x[i], ind.direction(), ref, norm[i]);
        Finite.checkRow(
            norm[i], x[i], n.label() + " normalisation", eco, "indicator '" + ind.id() + "'");
      }
    }

    return new Prepared(
        economies,
        reference,
        ref,
        eco,
        used,
        x,
        imputed,
        winsorised,
        floored,
        outcomes,
        norm,
        notes);
  }

  private static String denominatorOf(Framework fw, Node.Indicator ind, boolean denominate) {
    if (ind.transform() == Transform.PER_CAPITA) {
      return fw.denominators().getOrDefault("per-capita", "population");
    }
    if (ind.transform() == Transform.PER_GDP) {
      return fw.denominators().getOrDefault("per-gdp", "gdp_current_usd");
    }
    return denominate ? ind.denominator() : null;
  }

  /**
   * Raises the zero and negative values of one indicator to {@code fraction} × its smallest
   * positive value and flags them; an indicator with no positive value is left as it is.
   */
  static void floorZeros(
      String indicator,
      String[] eco,
      double[] x,
      double fraction,
      boolean[] floored,
      List<RunNote> notes) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : x) {
      if (v > 0 && v < min) {
        min = v;
      }
    }
    if (min == Double.POSITIVE_INFINITY) {
      return;
    }
    double floor = fraction * min;
    for (int e = 0; e < x.length; e++) {
      if (!Double.isNaN(x[e]) && !(x[e] > 0)) {
        notes.add(new RunNote.Floored(eco[e], indicator, x[e], floor, fraction, min));
        x[e] = floor;
        floored[e] = true;
      }
    }
  }

  /**
   * Relative-position imputation over each aggregate's indicator children. An indicator that is the
   * only indicator of its parent (a sub-item measured by one indicator) is compared with the other
   * indicators of the nearest ancestor that has some, up to its dimension ({@link
   * org.aidx.framework.Levels#dimensions}); an indicator alone in its dimension has no siblings and
   * stays missing.
   */
  private static void imputeRelative(
      Framework fw, List<Node.Indicator> inds, double[][] x, boolean[][] imputed) {
    int ni = inds.size();
    List<String> ids = inds.stream().map(Node::id).toList();
    int[][] siblings = new int[ni][];
    double[] weights = new double[ni];
    int[] sign = new int[ni];
    java.util.Set<String> dims = new java.util.HashSet<>();
    org.aidx.framework.Levels.dimensions(fw).forEach(d -> dims.add(d.id()));
    for (Node.Aggregate a : fw.aggregates()) {
      List<Integer> kids = new ArrayList<>();
      for (Node c : a.children()) {
        if (c instanceof Node.Indicator) {
          kids.add(ids.indexOf(c.id()));
        }
      }
      for (int k : kids) {
        siblings[k] = kids.stream().filter(o -> o != k).mapToInt(Integer::intValue).toArray();
      }
    }
    for (int i = 0; i < ni; i++) {
      if (siblings[i] != null && siblings[i].length > 0) {
        continue;
      }
      // walk up from the parent until a node has other indicators below it or is a dimension
      List<String> path = fw.path(ids.get(i));
      for (int up = path.size() - 2; up >= 1; up--) {
        Node.Aggregate anc = (Node.Aggregate) fw.find(path.get(up)).orElseThrow();
        int self = i;
        int[] below =
            anc.flatten()
                .filter(Node.Indicator.class::isInstance)
                .mapToInt(n -> ids.indexOf(n.id()))
                .filter(o -> o != self)
                .toArray();
        if (below.length > 0 || dims.contains(anc.id())) {
          siblings[i] = below;
          break;
        }
      }
    }
    for (int i = 0; i < ni; i++) {
      weights[i] = inds.get(i).weight();
      sign[i] = inds.get(i).direction() == org.aidx.model.Direction.NEGATIVE ? -1 : 1;
      if (siblings[i] == null) {
        siblings[i] = new int[0];
      }
    }
    RelativePosition.fill(x, siblings, weights, sign, imputed);
  }
}
