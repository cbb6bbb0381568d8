package org.aidx.analysis.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aidx.framework.Aggregation;
import org.aidx.method.impute.Imputation;
import org.aidx.method.normalise.Normalisation;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Problem;
import org.aidx.pipeline.treat.Treatment;

/**
 * One uncertain choice of the methodology, as a typed change to the nominal {@link
 * org.aidx.pipeline.PipelineSpec} or framework. Each replication of a Monte Carlo run draws one
 * value of every assumption from a point of the unit hypercube: a discrete assumption with k
 * options uses one coordinate u and takes option ⌊u·k⌋ (each option equally likely); a weight
 * assumption uses one coordinate per weighted node.
 *
 * <p>Spelled {@code KEY=VALUE|VALUE|...} on the command line ({@code --vary}) and {@code KEY:
 * [VALUE, ...]} in an assumptions file, e.g. {@code normalisation=ratio|minmax:1,100}, {@code
 * aggregation:dimension=arithmetic|geometric}, {@code weights:indicator=25%}, {@code
 * weights:dimension=dirichlet:50}, {@code imputation=none|mean|median}, {@code
 * treatment=none|winsorise:5}, {@code leave-one-out=all}, {@code year=latest|2024}.
 */
public sealed interface Assumption {
  /** The name used in outputs and sensitivity tables, e.g. {@code aggregation:dimension}. */
  String key();

  /** The labels of the discrete options, or empty for a continuous (weight) assumption. */
  List<String> labels();

  /**
   * Where in the tree a weight or aggregation assumption applies: every indicator, or the aggregate
   * nodes with one level label ({@code dimension}, {@code layer}). Parsed from the text of a key
   * ({@code weights:dimension}) once, and resolved against a framework into node positions.
   */
  sealed interface Level permits Level.Indicators, Level.Aggregates {
    /** The text of the level in keys, e.g. {@code indicator} or {@code dimension}. */
    String label();

    /** Every indicator of the framework. */
    record Indicators() implements Level {
      @Override
      public String label() {
        return "indicator";
      }
    }

    /** The aggregate nodes whose level label is {@code name}. */
    record Aggregates(String name) implements Level {
      public Aggregates {
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException("an aggregate level needs a name, e.g. dimension");
        }
        name = name.strip();
      }

      @Override
      public String label() {
        return name;
      }
    }

    /** {@code indicator} (or {@code indicators}) for the indicators, else an aggregate level. */
    static Level parse(String text) {
      String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
      return t.equals("indicator") || t.equals("indicators") ? new Indicators() : new Aggregates(t);
    }

    /**
     * The positions of this level's nodes: in {@code fw.indicators()} for the indicators, in {@code
     * fw.aggregates()} (pre-order, the root at 0) for an aggregate level, the root included only
     * when {@code withRoot}.
     *
     * @throws InputException naming {@code where}, this level and the framework's levels when no
     *     node of the framework has it
     */
    default int[] resolve(org.aidx.framework.Framework fw, boolean withRoot, String where) {
      if (this instanceof Indicators) {
        return java.util.stream.IntStream.range(0, fw.indicators().size()).toArray();
      }
      String name = ((Aggregates) this).name();
      var aggs = fw.aggregates();
      List<String> known = levels(fw, withRoot);
      if (!known.contains(name)) {
        throw new InputException(
            where,
            "unknown level '" + name + "'" + Names.didYouMean(name, known),
            "use one of " + String.join(", ", known));
      }
      return java.util.stream.IntStream.range(withRoot ? 0 : 1, aggs.size())
          .filter(a -> aggs.get(a).level().equals(name))
          .toArray();
    }

    /** The level labels of a framework's aggregate nodes, then {@code indicator} for weights. */
    static List<String> levels(org.aidx.framework.Framework fw, boolean aggregatesOnly) {
      java.util.Set<String> out = new java.util.LinkedHashSet<>();
      fw.aggregates().forEach(a -> out.add(a.level()));
      out.remove("");
      if (!aggregatesOnly) {
        out.add("indicator");
      }
      return List.copyOf(out);
    }
  }

  /**
   * An assumption whose options change the data stage: each option is a change to the nominal
   * methodology (and, for the indicator choice, to the framework's indicators), run once through
   * the pipeline's data stage as a variant.
   */
  sealed interface DataVariant extends Assumption
      permits Normalisations, Imputations, Treatments, Years, Indicators {
    /** The number of options. */
    default int size() {
      return labels().size();
    }

    /** The methodology under option {@code o}. */
    default org.aidx.pipeline.Methodology applyTo(org.aidx.pipeline.Methodology m, int o) {
      return m;
    }

    /** The framework under option {@code o} (its indicators; the nominal one for most). */
    default org.aidx.framework.Framework applyTo(org.aidx.framework.Framework fw, int o) {
      return fw;
    }

    /** {@code key=label} of option {@code o}, naming a variant in messages. */
    default String describe(int o) {
      return key() + "=" + labels().get(o);
    }
  }

  /**
   * Each weight of the nodes at {@code level} (an aggregate level such as {@code dimension}, or
   * {@code indicator}) is multiplied by U(1 − spread, 1 + spread); the weights are renormalised
   * within each parent by the weighted mean. Example: spread 0.25 draws each factor from [0.75,
   * 1.25].
   */
  record UniformWeights(Level level, double spread) implements Assumption {
    public UniformWeights {
      java.util.Objects.requireNonNull(level, "level");
      if (!(spread > 0 && spread <= 1)) {
        throw new IllegalArgumentException(
            "weights:" + level.label() + ": the spread must be in (0, 100%], got " + spread);
      }
    }

    /** At the level spelled {@code level} ({@link Level#parse}). */
    public UniformWeights(String level, double spread) {
      this(Level.parse(level), spread);
    }

    @Override
    public String key() {
      return "weights:" + level.label();
    }

    @Override
    public List<String> labels() {
      return List.of();
    }
  }

  /**
   * The weights of the siblings at {@code level} are drawn from a Dirichlet distribution centred on
   * the nominal weights: siblings' shares ~ Dirichlet(concentration · nominal share). A larger
   * concentration keeps the weights closer to nominal (variance of a share p is p(1 − p)/(c + 1)).
   */
  record DirichletWeights(Level level, double concentration) implements Assumption {
    public DirichletWeights {
      java.util.Objects.requireNonNull(level, "level");
      if (!(concentration > 0 && Double.isFinite(concentration))) {
        throw new IllegalArgumentException(
            "weights:"
                + level.label()
                + ": the Dirichlet concentration must be positive, got "
                + concentration);
      }
    }

    /** At the level spelled {@code level} ({@link Level#parse}). */
    public DirichletWeights(String level, double concentration) {
      this(Level.parse(level), concentration);
    }

    @Override
    public String key() {
      return "weights:" + level.label();
    }

    @Override
    public List<String> labels() {
      return List.of();
    }
  }

  /**
   * The normalisation of every indicator, one of the options; with {@code nominalFirst}, option 0
   * (labelled {@code nominal}) keeps each indicator's own normalisation of the nominal methodology,
   * for a methodology whose indicators are normalised differently.
   */
  record Normalisations(List<Normalisation> options, boolean nominalFirst) implements DataVariant {
    @Override
    public org.aidx.pipeline.Methodology applyTo(org.aidx.pipeline.Methodology m, int o) {
      if (nominalFirst) {
        return o == 0 ? m : m.withNormalisation(options.get(o - 1));
      }
      return m.withNormalisation(options.get(o));
    }

    public Normalisations {
      options = nonEmpty(options, "normalisation");
    }

    /** Every indicator under one of {@code options}. */
    public Normalisations(List<Normalisation> options) {
      this(options, false);
    }

    @Override
    public String key() {
      return "normalisation";
    }

    @Override
    public List<String> labels() {
      List<String> out = new ArrayList<>();
      if (nominalFirst) {
        out.add("nominal");
      }
      options.forEach(n -> out.add(n.label()));
      return out;
    }
  }

  /** The aggregation of every aggregate node at {@code level}, one of the options. */
  record Aggregations(Level.Aggregates level, List<Aggregation> options) implements Assumption {
    public Aggregations {
      java.util.Objects.requireNonNull(level, "level");
      options = nonEmpty(options, "aggregation:" + level.label());
    }

    /**
     * At the aggregate level spelled {@code level}.
     *
     * @throws IllegalArgumentException for {@code indicator}: indicators are not aggregated
     */
    public Aggregations(String level, List<Aggregation> options) {
      this(aggregates(level), options);
    }

    private static Level.Aggregates aggregates(String level) {
      if (Level.parse(level) instanceof Level.Aggregates a) {
        return a;
      }
      throw new IllegalArgumentException(
          "aggregation:" + level + ": indicators are not aggregated; name an aggregate level");
    }

    @Override
    public String key() {
      return "aggregation:" + level.label();
    }

    @Override
    public List<String> labels() {
      return options.stream().map(Aggregation::label).toList();
    }
  }

  /** The imputation of missing values, one of the options. */
  record Imputations(List<Imputation> options) implements DataVariant {
    @Override
    public org.aidx.pipeline.Methodology applyTo(org.aidx.pipeline.Methodology m, int o) {
      return m.withImputation(options.get(o));
    }

    public Imputations {
      options = nonEmpty(options, "imputation");
    }

    @Override
    public String key() {
      return "imputation";
    }

    @Override
    public List<String> labels() {
      return options.stream().map(Imputation::label).toList();
    }
  }

  /** Outlier treatment, one of the options (e.g. none or winsorisation of up to 5 points). */
  record Treatments(List<Treatment> options) implements DataVariant {
    @Override
    public org.aidx.pipeline.Methodology applyTo(org.aidx.pipeline.Methodology m, int o) {
      return m.withTreatment(options.get(o));
    }

    public Treatments {
      options = nonEmpty(options, "treatment");
    }

    @Override
    public String key() {
      return "treatment";
    }

    @Override
    public List<String> labels() {
      return options.stream().map(Treatment::label).toList();
    }
  }

  /**
   * Drops at most one indicator: the options are "none" and each listed indicator (empty list:
   * every indicator whose parent keeps another child).
   */
  record LeaveOneOut(List<String> indicators) implements Assumption {
    public LeaveOneOut {
      indicators = List.copyOf(indicators);
    }

    @Override
    public String key() {
      return "leave-one-out";
    }

    @Override
    public List<String> labels() {
      List<String> l = new ArrayList<>();
      l.add("none");
      indicators.forEach(i -> l.add("-" + i));
      return l;
    }
  }

  /**
   * Which indicator measures a sub-item. Each option is "nominal" (the framework as it is) or a set
   * of swaps separated by {@code +}, each {@code OLD=NEW[:-]}: indicator OLD replaced, at its place
   * and weight, by NEW read higher-is-better or (with {@code :-}) lower-is-better. Example: {@code
   * nominal|diffusion_variance_employment=diffusion_variance:-} varies the diffusion measure
   * between the bounded effective number of industries and the published variance.
   */
  record Indicators(List<String> options) implements DataVariant {
    public Indicators {
      options = nonEmpty(options, "indicators");
      for (String o : options) {
        swaps(o);
      }
    }

    @Override
    public String key() {
      return "indicators";
    }

    @Override
    public List<String> labels() {
      return options;
    }

    /** The methodology under option {@code o}: each new indicator takes the old one's methods. */
    @Override
    public org.aidx.pipeline.Methodology applyTo(org.aidx.pipeline.Methodology m, int o) {
      org.aidx.pipeline.Methodology out = m;
      for (String[] sw : swaps(options.get(o))) {
        out = out.withIndicatorRenamed(sw[0], sw[1]);
      }
      return out;
    }

    /** The framework under option {@code o}. */
    @Override
    public org.aidx.framework.Framework applyTo(org.aidx.framework.Framework fw, int o) {
      org.aidx.framework.Framework out = fw;
      for (String[] sw : swaps(options.get(o))) {
        out =
            out.withIndicatorSwapped(
                sw[0],
                sw[1],
                "-".equals(sw[2])
                    ? org.aidx.model.Direction.NEGATIVE
                    : org.aidx.model.Direction.POSITIVE);
      }
      return out;
    }

    /** {OLD, NEW, sign} for each swap of an option; none for "nominal". */
    static List<String[]> swaps(String option) {
      List<String[]> out = new ArrayList<>();
      if (option.trim().equalsIgnoreCase("nominal")) {
        return out;
      }
      for (String part : option.split("\\+")) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("\\s*([^=\\s]+)\\s*=\\s*([^:\\s]+)\\s*(?::([+-]))?\\s*")
                .matcher(part);
        if (!m.matches()) {
          throw new IllegalArgumentException(
              "indicator option '"
                  + option
                  + "' is not 'nominal' or OLD=NEW[:-] (several joined by +)");
        }
        out.add(new String[] {m.group(1), m.group(2), m.group(3) == null ? "+" : m.group(3)});
      }
      return out;
    }
  }

  /** The reference year of the data: latest available (empty) or latest at or before a year. */
  record Years(List<Optional<Integer>> options) implements DataVariant {
    @Override
    public org.aidx.pipeline.Methodology applyTo(org.aidx.pipeline.Methodology m, int o) {
      return m.withYear(options.get(o).orElse(null));
    }

    public Years {
      options = nonEmpty(options, "year");
    }

    @Override
    public String key() {
      return "year";
    }

    @Override
    public List<String> labels() {
      return options.stream().map(y -> y.map(String::valueOf).orElse("latest")).toList();
    }
  }

  /** The keys accepted by {@link #parse}. */
  List<String> KEYS =
      List.of(
          "weights:LEVEL",
          "normalisation",
          "aggregation:LEVEL",
          "imputation",
          "treatment",
          "leave-one-out",
          "year",
          "indicators");

  /**
   * Parses one assumption.
   *
   * @param where where it was written, for error messages (e.g. {@code --vary} or a file name)
   * @throws InputException naming the key or value and the accepted forms
   */
  static Assumption parse(String where, String key, List<String> values) {
    String k = key == null ? "" : key.trim().toLowerCase(Locale.ROOT);
    String head = k.contains(":") ? k.substring(0, k.indexOf(':')) : k;
    String level = k.contains(":") ? k.substring(k.indexOf(':') + 1).trim() : "";
    List<String> vals = values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    String at = where + ", " + key;
    if (vals.isEmpty()) {
      throw new InputException(
          at, "no value given", "give at least one option, e.g. " + example(head));
    }
    try {
      switch (head) {
        case "weights":
        case "weight":
          if (level.isEmpty()) {
            throw new InputException(
                at,
                "weights need the level whose weights vary",
                "write weights:indicator, weights:dimension or weights:layer");
          }
          return weights(at, level, vals);
        case "normalisation":
        case "normalization":
          return new Normalisations(vals.stream().map(Normalisation::parse).toList());
        case "aggregation":
          if (level.isEmpty()) {
            throw new InputException(
                at,
                "aggregation needs the level of the nodes it applies to",
                "write aggregation:dimension, aggregation:layer or aggregation:index");
          }
          return new Aggregations(level, vals.stream().map(Aggregation::parse).toList());
        case "imputation":
        case "impute":
          return new Imputations(vals.stream().map(Imputation::parse).toList());
        case "treatment":
        case "treat":
          return new Treatments(vals.stream().map(Treatment::parse).toList());
        case "leave-one-out":
        case "loo":
          return vals.size() == 1 && vals.get(0).equalsIgnoreCase("all")
              ? new LeaveOneOut(List.of())
              : new LeaveOneOut(vals);
        case "year":
          return new Years(vals.stream().map(Assumption::year).toList());
        case "indicators":
        case "indicator":
          return new Indicators(vals);
        default:
          throw new InputException(
              where,
              "unknown assumption '"
                  + key
                  + "'"
                  + Names.didYouMean(
                      head,
                      List.of(
                          "weights",
                          "normalisation",
                          "aggregation",
                          "imputation",
                          "treatment",
                          "leave-one-out",
                          "year",
                          "indicators")),
              "use one of " + String.join(", ", KEYS));
      }
    } catch (IllegalArgumentException e) {
      throw new InputException(
          List.of(
              new Problem(at, e.getMessage() + suggestion(head, vals), "e.g. " + example(head))));
    }
  }

  /** " (did you mean 'x'?)" for the first value whose method name is unknown, or empty. */
  private static String suggestion(String head, List<String> vals) {
    List<String> known =
        switch (head) {
          case "normalisation", "normalization" ->
              List.of("ratio", "minmax", "zscore", "rank", "frontier");
          case "aggregation" -> List.of("arithmetic", "geometric", "harmonic");
          case "imputation", "impute" -> List.of("none", "mean", "median", "group-mean");
          case "treatment", "treat" -> List.of("none", "winsorise");
          default -> List.of();
        };
    for (String v : vals) {
      String name = v.contains(":") ? v.substring(0, v.indexOf(':')) : v;
      if (!known.isEmpty() && !known.contains(name.toLowerCase(Locale.ROOT))) {
        return Names.didYouMean(name, known);
      }
    }
    return "";
  }

  private static Assumption weights(String at, String level, List<String> vals) {
    String v = vals.get(0).toLowerCase(Locale.ROOT);
    if (vals.size() != 1) {
      throw new InputException(
          at, "weights take one value, got " + vals.size(), "write e.g. 25% or dirichlet:50");
    }
    if (v.startsWith("dirichlet")) {
      String c = v.contains(":") ? v.substring(v.indexOf(':') + 1) : "";
      try {
        return new DirichletWeights(level, Double.parseDouble(c.trim()));
      } catch (NumberFormatException e) {
        throw new InputException(
            at, "'" + vals.get(0) + "' has no concentration", "write dirichlet:C with C > 0");
      }
    }
    boolean percent = v.endsWith("%");
    try {
      double s = Double.parseDouble(percent ? v.substring(0, v.length() - 1).trim() : v);
      double spread = percent ? s / 100 : s;
      if (!(spread > 0 && spread <= 1)) {
        throw new InputException(
            at,
            "the weight range ±" + vals.get(0) + " is outside (0, 100%]",
            "give a spread above 0 and at most 100%, e.g. 25% (each weight × U(0.75, 1.25))");
      }
      return new UniformWeights(level, spread);
    } catch (NumberFormatException e) {
      throw new InputException(
          at,
          "'" + vals.get(0) + "' is neither a spread nor dirichlet:C",
          "write e.g. 25% (or 0.25) for ±25% uniform, or dirichlet:50");
    }
  }

  private static Optional<Integer> year(String v) {
    if (v.equalsIgnoreCase("latest")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("year '" + v + "' is neither 'latest' nor a year", e);
    }
  }

  private static String example(String head) {
    switch (head) {
      case "weights":
        return "weights:indicator=25%";
      case "normalisation":
        return "normalisation=ratio|minmax:1,100";
      case "aggregation":
        return "aggregation:dimension=arithmetic|geometric";
      case "imputation":
        return "imputation=none|mean|median";
      case "treatment":
        return "treatment=none|winsorise:5";
      case "year":
        return "year=latest|2023";
      case "indicators":
        return "indicators=nominal|diffusion_variance_employment=diffusion_variance:-";
      default:
        return "leave-one-out=all";
    }
  }

  private static <T> List<T> nonEmpty(List<T> options, String key) {
    if (options == null || options.isEmpty()) {
      throw new IllegalArgumentException(key + ": at least one option is needed");
    }
    return List.copyOf(options);
  }
}
