package org.aidx.analysis.explain;

import java.util.ArrayList;
import java.util.List;
import org.aidx.framework.Levels;
import org.aidx.framework.Node;
import org.aidx.model.InputException;
import org.aidx.pipeline.IndexResult;

/**
 * Classifies each economy as R&amp;D-led, balanced or application-led from the ratio of its two
 * layer scores, ρ = technology activity / market friendliness (the first layer read as the R&amp;D
 * side, the second as the application side). With scores relative to the reference, ρ compares an
 * economy's balance with the reference's (ρ = 1 for the reference itself):
 *
 * <ul>
 *   <li>R&amp;D-led when ρ &gt; band;
 *   <li>application-led when ρ &lt; 1/band;
 *   <li>balanced otherwise (the band is symmetric in logs: |ln ρ| ≤ ln band).
 * </ul>
 *
 * Example with the default band 1.25: T = 0.27, M = 0.84 → ρ = 0.32 &lt; 0.8, application-led; T =
 * 0.82, M = 0.78 → ρ = 1.05, balanced.
 *
 * <p>Against the reference a lopsided reference makes every other economy lean the same way (with
 * the USA = 1 and the USA far ahead in R&amp;D, every other economy of the shipped data is
 * application-led). {@link Centre#MEDIAN} divides ρ by the median ρ of all economies instead, so
 * the classes say which economies lean more to one side than the typical economy does.
 *
 * <p>{@link Centre#STANDING} (the default) compares where an economy stands among the economies on
 * each layer: with z_T and z_M the standardised logs of its two layer scores (mean 0, standard
 * deviation 1 over the economies), the number classified is exp(z_T − z_M), so the band 1.25 means
 * a difference of ln 1.25 ≈ 0.22 standard deviations. This is the reading the CICC study's own
 * figures require: it calls the United States (first on both layers) R&amp;D-led and China (second
 * on technology activity, first on market friendliness) application-led, yet its United Kingdom,
 * which it calls R&amp;D-led, has a lower layer ratio (0.16 / 0.60) than its China (0.50 / 1.16). A
 * class by layer ratio cannot give both; a class by standing can. Standardised logs do not depend
 * on the reference economy.
 *
 * @param band the ratio above which an economy counts as R&amp;D-led (&gt; 1)
 * @param centre what ρ is compared with
 */
public record ComparativeAdvantage(double band, Centre centre) {
  public ComparativeAdvantage {
    if (!(band > 1) || Double.isInfinite(band)) {
      throw new IllegalArgumentException(
          "the balanced band must be a finite ratio above 1 (e.g. 1.25), got " + band);
    }
    java.util.Objects.requireNonNull(centre, "centre");
  }

  /** What the layer ratio is compared with. */
  public enum Centre {
    /** the reference's balance (ρ as it is; the reference's ρ is 1) */
    REFERENCE,
    /** the median economy's balance (ρ divided by the median ρ) */
    MEDIAN,
    /** standing among the economies on each layer: exp(z of ln T − z of ln M) */
    STANDING
  }

  /** Band 1.25, by standing among the economies (see {@link Centre#STANDING}). */
  public static ComparativeAdvantage defaults() {
    return new ComparativeAdvantage(1.25, Centre.STANDING);
  }

  public ComparativeAdvantage withBand(double b) {
    return new ComparativeAdvantage(b, centre);
  }

  public ComparativeAdvantage withCentre(Centre c) {
    return new ComparativeAdvantage(band, c);
  }

  /** The three classes. */
  public enum Lead {
    RND_LED("R&D-led"),
    BALANCED("balanced"),
    APPLICATION_LED("application-led");

    private final String label;

    Lead(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One economy's position in the two-layer plane.
   *
   * @param ratio technology / market
   * @param relative the ratio divided by the centre's ratio, the number classified
   */
  public record Position(
      String iso3,
      String name,
      double technology,
      double market,
      double ratio,
      double relative,
      Lead lead) {}

  /** The layer ids the classification uses: the R&amp;D layer, then the application layer. */
  public static List<String> layers(IndexResult r) {
    List<Node.Aggregate> layers = Levels.layers(r.framework());
    if (layers.size() != 2) {
      throw new InputException(
          "framework " + r.framework().id(),
          "comparative advantage needs exactly two layers under the index (R&D, then application);"
              + " this framework has "
              + layers.size(),
          "use a framework whose root has two aggregate children, e.g. the embedded CICC one");
    }
    return List.of(layers.get(0).id(), layers.get(1).id());
  }

  /** Every economy with both layer scores, in rank order. */
  public List<Position> classify(IndexResult r) {
    List<String> ids = layers(r);
    List<Integer> present = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int e : r.order()) {
      double t = r.score(ids.get(0), e);
      double m = r.score(ids.get(1), e);
      if (!Double.isNaN(t) && !Double.isNaN(m)) {
        present.add(e);
        ratios.add(t / m);
      }
    }
    double c = centre == Centre.MEDIAN ? median(ratios) : 1;
    double[] zt = new double[present.size()];
    double[] zm = new double[present.size()];
    if (centre == Centre.STANDING) {
      for (int k = 0; k < present.size(); k++) {
        zt[k] = Math.log(r.score(ids.get(0), present.get(k)));
        zm[k] = Math.log(r.score(ids.get(1), present.get(k)));
      }
      standardise(zt);
      standardise(zm);
    }
    List<Position> out = new ArrayList<>();
    for (int k = 0; k < present.size(); k++) {
      int e = present.get(k);
      double rho = ratios.get(k);
      double rel = centre == Centre.STANDING ? Math.exp(zt[k] - zm[k]) : rho / c;
      Lead lead = rel > band ? Lead.RND_LED : rel < 1 / band ? Lead.APPLICATION_LED : Lead.BALANCED;
      out.add(
          new Position(
              r.economies().get(e),
              r.name(e),
              r.score(ids.get(0), e),
              r.score(ids.get(1), e),
              rho,
              rel,
              lead));
    }
    return out;
  }

  /**
   * In place: (x − mean) / sample standard deviation; all zeros when there is no spread or a value
   * is not finite (a non-positive layer score has no log).
   */
  static void standardise(double[] x) {
    int n = x.length;
    double m = 0;
    for (double v : x) {
      m += v / n;
    }
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    for (int i = 0; i < n; i++) {
      x[i] = sd > 0 && Double.isFinite(sd) ? (x[i] - m) / sd : 0;
    }
  }

  /** The median, the mean of the two middle values for an even count; 1 for none. */
  static double median(List<Double> xs) {
    if (xs.isEmpty()) {
      return 1;
    }
    double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
