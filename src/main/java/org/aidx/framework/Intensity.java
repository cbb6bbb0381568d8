package org.aidx.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * An intensity view of a framework: the same tree, with every indicator that measures absolute size
 * ({@code scale: absolute}: counts, money, capacities) divided by the economy's population or GDP,
 * and the indicators that are already rates, scores or shares ({@code scale: rate}) left as they
 * are. The default view ranks by absolute scale, as CICC does; Tortoise's Global AI Index and the
 * Stanford Global AI Vibrancy Tool also rank by intensity.
 *
 * <p>Example: in the CICC framework {@code PER_CAPITA} turns AI publications (a count) into
 * publications per person and private AI investment (US$) into US$ per person, while the Oxford
 * Insights scores (0–100) and broadband subscriptions per 100 people stay as they are. The
 * denominators are the framework's {@code denominators} ({@code population}, {@code
 * gdp_current_usd} for CICC), taken in the same year-selection as any indicator.
 */
public enum Intensity {
  /** Absolute indicators ÷ population. */
  PER_CAPITA("per capita", Transform.PER_CAPITA, "per-capita", "population"),
  /** Absolute indicators ÷ GDP. */
  PER_GDP("per GDP", Transform.PER_GDP, "per-gdp", "gdp_current_usd");

  private final String label;
  private final Transform transform;
  private final String denominatorKey;
  private final String defaultDenominator;

  Intensity(String label, Transform transform, String denominatorKey, String defaultDenominator) {
    this.label = label;
    this.transform = transform;
    this.denominatorKey = denominatorKey;
    this.defaultDenominator = defaultDenominator;
  }

  /**
   * {@code capita} or {@code gdp} (also {@code per-capita}, {@code per-gdp}).
   *
   * @throws InputException for anything else
   */
  public static Intensity parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT).replaceFirst("^per[-_ ]?", "");
    return switch (t) {
      case "capita" -> PER_CAPITA;
      case "gdp" -> PER_GDP;
      default ->
          throw new InputException(
              "--per " + s, "unknown intensity view", "use --per capita or --per gdp");
    };
  }

  public String label() {
    return label;
  }

  /**
   * The framework in this view: absolute indicators get this view's transform, the others are left
   * as they are, and the framework's name says which view it is.
   *
   * @throws InputException listing every indicator that does not declare its scale, or that already
   *     has a log transform (a log of a ratio is a different indicator: declare it in the YAML)
   */
  public Framework apply(Framework fw) {
    List<Problem> problems = new ArrayList<>();
    int[] divided = {0};
    Node.Aggregate root = (Node.Aggregate) rewrite(fw, fw.root(), problems, divided);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    String denom = fw.denominators().getOrDefault(denominatorKey, defaultDenominator);
    return fw.withRoot(root)
        .withName(
            fw.name()
                + ", intensity view "
                + label
                + " ("
                + divided[0]
                + " absolute indicators ÷ "
                + denom
                + "; rates, scores and shares as they are)");
  }

  private Node rewrite(Framework fw, Node n, List<Problem> problems, int[] divided) {
    if (n instanceof Node.Indicator i) {
      if (i.scale() == null) {
        problems.add(
            new Problem(
                "framework "
                    + (fw.source().isEmpty() ? fw.id() : fw.source())
                    + ", indicator "
                    + i.id(),
                "the intensity view --per needs to know whether the indicator measures absolute"
                    + " size or is already a rate, and it does not say",
                "add 'scale: absolute' (a count, money, a capacity) or 'scale: rate' (a rate,"
                    + " share, score or rank) to the indicator"));
        return i;
      }
      if (i.scale() == Node.Scale.RATE
          || i.transform() == Transform.PER_CAPITA
          || i.transform() == Transform.PER_GDP) {
        return i;
      }
      if (i.transform() == Transform.LOG) {
        problems.add(
            new Problem(
                "indicator " + i.id(),
                "has 'transform: log', which cannot be combined with --per " + label,
                "declare the indicator " + label + " in the framework instead"));
        return i;
      }
      divided[0]++;
      return i.withTransform(transform);
    }
    Node.Aggregate a = (Node.Aggregate) n;
    List<Node> kids = new ArrayList<>();
    for (Node c : a.children()) {
      kids.add(rewrite(fw, c, problems, divided));
    }
    return a.withChildren(kids);
  }
}
