package org.aidx.analysis.coherence;

import java.util.ArrayList;
import java.util.List;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.pipeline.IndexResult;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealVector;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

/**
 * Statistical coherence of a computed index (OECD/JRC Handbook, step 4; COINr's {@code get_corr},
 * {@code get_cronbach}, {@code get_PCA}): does each indicator move with the dimension, layer and
 * index it feeds, do the indicators of a dimension measure one thing, and how much does each
 * dimension actually weigh in the index.
 *
 * <ul>
 *   <li>Correlations use the normalised indicator values and the node scores of the nominal run,
 *       over the economies where both are present (pairwise).
 *   <li>Cronbach's α of a dimension's k ≥ 2 normalised indicators, over complete economies: α =
 *       k/(k − 1)·(1 − Σ var(x_i) / var(Σ x_i)). Example: (1, 2, 3, 4) and (1, 3, 2, 4) → 2·(1 −
 *       (5/3 + 5/3)/6) = 0.889.
 *   <li>PCA of the dimension's correlation matrix: the first component's share of the variance λ₁/k
 *       and its loadings (correlation of each indicator with the component, sign chosen so they sum
 *       to a positive number). Example above: r = 0.8, share (1 + r)/2 = 0.9, loadings √0.9 ≈
 *       0.949.
 *   <li>Flags: an indicator correlating negatively (r &lt; 0) or not at all (|r| &lt; {@value
 *       #WEAK}) with its dimension; pairs of indicators with |r| &gt; {@value #COLLINEAR}.
 *   <li>Effective weight of a dimension: its squared Pearson correlation with the index, normalised
 *       to sum to 1 over the dimensions (a linear version of the correlation-ratio measure of
 *       Paruolo, Saisana and Saltelli 2013), beside its nominal weight: the product of its weight
 *       shares along the path to the root.
 * </ul>
 */
public final class Coherence {
  /** |r| below which an indicator is flagged as not correlated with its dimension. */
  public static final double WEAK = 0.1;

  /** |r| above which two indicators are flagged as collinear. */
  public static final double COLLINEAR = 0.9;

  private Coherence() {}

  /** Correlations of one indicator with its parents; NaN where undefined. */
  public record IndicatorCoherence(
      String indicator,
      String dimension,
      String layer,
      double pearsonDimension,
      double spearmanDimension,
      double pearsonLayer,
      double spearmanLayer,
      double pearsonIndex,
      double spearmanIndex,
      List<String> flags) {
    public IndicatorCoherence {
      flags = List.copyOf(flags);
    }
  }

  /** One dimension: size, reliability, first principal component and weights. */
  public record DimensionCoherence(
      String dimension,
      int indicators,
      double cronbachAlpha,
      double firstComponentShare,
      List<Double> loadings,
      double nominalWeight,
      double effectiveWeight) {
    public DimensionCoherence {
      loadings = List.copyOf(loadings);
    }
  }

  /** Two indicators with |r| above {@link #COLLINEAR}. */
  public record CollinearPair(String first, String second, double pearson, boolean sameDimension) {}

  /** The whole analysis. */
  public record Report(
      List<IndicatorCoherence> indicators,
      List<DimensionCoherence> dimensions,
      List<CollinearPair> collinear,
      String effectiveWeightMethod) {
    public Report {
      indicators = List.copyOf(indicators);
      dimensions = List.copyOf(dimensions);
      collinear = List.copyOf(collinear);
    }
  }

  public static Report of(IndexResult r) {
    Framework fw = r.framework();
    int ne = r.economies().size();
    List<Node.Indicator> inds = fw.indicators();
    String root = fw.root().id();
    List<IndicatorCoherence> ic = new ArrayList<>();
    double[][] x = new double[inds.size()][ne];
    for (int i = 0; i < inds.size(); i++) {
      for (int e = 0; e < ne; e++) {
        x[i][e] = r.normalised(i, e);
      }
    }
    double[] index = scores(r, root, ne);
    java.util.Set<String> dimensionIds = new java.util.HashSet<>();
    org.aidx.framework.Levels.dimensions(fw).forEach(d -> dimensionIds.add(d.id()));
    for (int i = 0; i < inds.size(); i++) {
      List<String> path = fw.path(inds.get(i).id());
      // the indicator's dimension (a declared one above its sub-item, else its parent) and the
      // node above that
      int at = path.size() - 2;
      for (int k = path.size() - 2; k >= 1; k--) {
        if (dimensionIds.contains(path.get(k))) {
          at = k;
          break;
        }
      }
      String dim = at >= 0 ? path.get(at) : root;
      String layer = at >= 1 ? path.get(at - 1) : root;
      double[] d = scores(r, dim, ne);
      double[] l = scores(r, layer, ne);
      double pd = pearson(x[i], d);
      List<String> flags = new ArrayList<>();
      boolean alone = ((Node.Aggregate) fw.find(dim).orElseThrow()).children().size() < 2;
      if (!alone && pd < 0) {
        flags.add("negatively correlated with its dimension");
      } else if (!alone && Math.abs(pd) < WEAK) {
        flags.add("not correlated with its dimension (|r| < " + WEAK + ")");
      }
      ic.add(
          new IndicatorCoherence(
              inds.get(i).id(),
              dim,
              layer,
              pd,
              spearman(x[i], d),
              pearson(x[i], l),
              spearman(x[i], l),
              pearson(x[i], index),
              spearman(x[i], index),
              flags));
    }
    List<CollinearPair> pairs = new ArrayList<>();
    for (int i = 0; i < inds.size(); i++) {
      for (int j = i + 1; j < inds.size(); j++) {
        double p = pearson(x[i], x[j]);
        if (Math.abs(p) > COLLINEAR) {
          pairs.add(
              new CollinearPair(
                  inds.get(i).id(),
                  inds.get(j).id(),
                  p,
                  ic.get(i).dimension().equals(ic.get(j).dimension())));
        }
      }
    }
    // dimensions: the parents of indicators
    List<DimensionCoherence> dc = new ArrayList<>();
    List<String> dims = ic.stream().map(IndicatorCoherence::dimension).distinct().toList();
    double[] r2 = new double[dims.size()];
    double sum = 0;
    for (int k = 0; k < dims.size(); k++) {
      double p = pearson(scores(r, dims.get(k), ne), index);
      r2[k] = Double.isNaN(p) ? 0 : p * p;
      sum += r2[k];
    }
    for (int k = 0; k < dims.size(); k++) {
      String dim = dims.get(k);
      List<double[]> items = new ArrayList<>();
      for (int i = 0; i < inds.size(); i++) {
        if (ic.get(i).dimension().equals(dim)) {
          items.add(x[i]);
        }
      }
      double[][] complete = completeCases(items.toArray(new double[0][]));
      double[] pca = firstComponent(complete);
      List<Double> loadings = new ArrayList<>();
      for (int j = 1; j < pca.length; j++) {
        loadings.add(pca[j]);
      }
      dc.add(
          new DimensionCoherence(
              dim,
              items.size(),
              cronbachAlpha(complete),
              pca[0],
              loadings,
              nominalWeight(fw, dim),
              sum > 0 ? r2[k] / sum : Double.NaN));
    }
    return new Report(
        ic,
        dc,
        pairs,
        "squared Pearson correlation of each dimension with the index, normalised to sum to 1");
  }

  private static double[] scores(IndexResult r, String node, int ne) {
    double[] s = new double[ne];
    for (int e = 0; e < ne; e++) {
      s[e] = r.score(node, e);
    }
    return s;
  }

  /** Product of the node's weight shares among its siblings, from it up to the root. */
  static double nominalWeight(Framework fw, String id) {
    List<String> path = fw.path(id);
    double w = 1;
    for (int k = path.size() - 1; k >= 1; k--) {
      Node.Aggregate parent = (Node.Aggregate) fw.find(path.get(k - 1)).orElseThrow();
      String child = path.get(k);
      double total = parent.children().stream().mapToDouble(Node::weight).sum();
      double own =
          parent.children().stream()
              .filter(c -> c.id().equals(child))
              .findFirst()
              .orElseThrow()
              .weight();
      w *= own / total;
    }
    return w;
  }

  /** Pearson's r over the pairs where both are present; NaN for fewer than 3 or no variance. */
  static double pearson(double[] a, double[] b) {
    double[][] p = pairs(a, b);
    if (p[0].length < 3 || constant(p[0]) || constant(p[1])) {
      return Double.NaN;
    }
    return new PearsonsCorrelation().correlation(p[0], p[1]);
  }

  /** Spearman's ρ (average ranks for ties) over the pairs where both are present. */
  static double spearman(double[] a, double[] b) {
    double[][] p = pairs(a, b);
    if (p[0].length < 3 || constant(p[0]) || constant(p[1])) {
      return Double.NaN;
    }
    return new SpearmansCorrelation().correlation(p[0], p[1]);
  }

  private static boolean constant(double[] v) {
    for (double x : v) {
      if (x != v[0]) {
        return false;
      }
    }
    return true;
  }

  private static double[][] pairs(double[] a, double[] b) {
    int m = 0;
    for (int e = 0; e < a.length; e++) {
      if (!Double.isNaN(a[e]) && !Double.isNaN(b[e])) {
        m++;
      }
    }
    double[][] out = new double[2][m];
    m = 0;
    for (int e = 0; e < a.length; e++) {
      if (!Double.isNaN(a[e]) && !Double.isNaN(b[e])) {
        out[0][m] = a[e];
        out[1][m++] = b[e];
      }
    }
    return out;
  }

  /** The items restricted to the economies where every item is present. */
  static double[][] completeCases(double[][] items) {
    int ne = items.length == 0 ? 0 : items[0].length;
    List<Integer> keep = new ArrayList<>();
    for (int e = 0; e < ne; e++) {
      boolean ok = true;
      for (double[] it : items) {
        ok &= !Double.isNaN(it[e]);
      }
      if (ok) {
        keep.add(e);
      }
    }
    double[][] out = new double[items.length][keep.size()];
    for (int i = 0; i < items.length; i++) {
      for (int k = 0; k < keep.size(); k++) {
        out[i][k] = items[i][keep.get(k)];
      }
    }
    return out;
  }

  /** Cronbach's α of k items (rows) over the same cases; NaN for k &lt; 2 or no variance. */
  static double cronbachAlpha(double[][] items) {
    int k = items.length;
    if (k < 2 || items[0].length < 2) {
      return Double.NaN;
    }
    int n = items[0].length;
    double[] total = new double[n];
    double sumVar = 0;
    for (double[] it : items) {
      sumVar += variance(it);
      for (int e = 0; e < n; e++) {
        total[e] += it[e];
      }
    }
    double vt = variance(total);
    return vt > 0 ? k / (k - 1.0) * (1 - sumVar / vt) : Double.NaN;
  }

  private static double variance(double[] v) {
    double m = 0;
    for (double x : v) {
      m += x;
    }
    m /= v.length;
    double s = 0;
    for (double x : v) {
      s += (x - m) * (x - m);
    }
    return s / (v.length - 1);
  }

  /**
   * First principal component of the items' correlation matrix: {share, loading₁, ..., loading_k}.
   * One item: share 1, loading 1. NaN when there are fewer than 3 cases or an item is constant.
   */
  static double[] firstComponent(double[][] items) {
    int k = items.length;
    double[] out = new double[k + 1];
    if (k == 1) {
      out[0] = 1;
      out[1] = 1;
      return out;
    }
    double[][] c = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        c[i][j] = i == j ? 1 : pearson(items[i], items[j]);
        if (Double.isNaN(c[i][j])) {
          java.util.Arrays.fill(out, Double.NaN);
          return out;
        }
      }
    }
    EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(c));
    double[] ev = eig.getEigenvalues();
    int top = 0;
    for (int i = 1; i < ev.length; i++) {
      if (ev[i] > ev[top]) {
        top = i;
      }
    }
    RealVector v = eig.getEigenvector(top);
    double sign = 0;
    for (int i = 0; i < k; i++) {
      sign += v.getEntry(i);
    }
    sign = sign < 0 ? -1 : 1;
    out[0] = ev[top] / k;
    for (int i = 0; i < k; i++) {
      out[i + 1] = sign * v.getEntry(i) * Math.sqrt(ev[top]);
    }
    return out;
  }
}
