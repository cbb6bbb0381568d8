package org.aidx.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidx.analysis.panel.PanelRule;
import org.aidx.framework.Framework;
import org.aidx.framework.Intensity;
import org.aidx.framework.Weights;
import org.aidx.input.DataAddition;
import org.aidx.input.Inputs;
import org.aidx.input.Layout;
import org.aidx.input.MethodologyFiles;
import org.aidx.model.InputException;
import org.aidx.pipeline.MethodCaption;
import org.aidx.pipeline.MethodRequest;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.PipelineSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Inputs and method overrides shared by the commands that compute an index. */
final class RunOptions {
  @Option(
      names = "--framework",
      paramLabel = "FILE",
      description =
          "Framework YAML (default: the embedded CICC framework). See 'aidx framework show --yaml'.")
  Path framework;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      arity = "1..*",
      description = {
        "Data files replacing (or with --data-mode add, adding to) the embedded dataset: long CSV",
        "(iso3,indicator,year,value[,country,unit,source]), wide CSV (iso3[,name][,year],<indicator>...), COINr iData",
        "(uCode[,uName][,Group_*],<indicator>...), a World Bank download or SDMX-CSV. Comma, semicolon or tab",
        "delimited (detected; decimal comma too); economies as ISO3, ISO2 or names."
      })
  List<Path> data = new ArrayList<>();

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      description =
          "long | wide | coinr | worldbank | sdmx: the layout of every --data file (default: detected from each header).")
  String layout;

  @Option(
      names = "--data-mode",
      paramLabel = "MODE",
      defaultValue = "replace",
      description =
          "replace | add: --data files replace the embedded dataset, or add to it (exposure indicators recomputed) (default: ${DEFAULT-VALUE}).")
  String dataMode;

  @Option(
      names = "--on-conflict",
      paramLabel = "RULE",
      defaultValue = "error",
      description =
          "error | user | shipped: with --data-mode add, how a value that differs from the shipped one is settled; every conflict is reported (default: ${DEFAULT-VALUE}).")
  String onConflict;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--coinr",
      paramLabel = "FILE",
      arity = "2",
      description = "COINr inputs: an iData CSV and an iMeta CSV, read as data and framework.")
  List<Path> coinr = new ArrayList<>();

  @Option(
      names = "--reference",
      paramLabel = "ISO3",
      description = "Reference economy (default: the framework's, USA for CICC).")
  String reference;

  @Option(
      names = "--year",
      paramLabel = "Y",
      description =
          "Use each value's latest year at or before Y (default: the latest available; the year used is reported per value).")
  Integer year;

  @Option(
      names = "--exclude-stale",
      description =
          "With --year: a value more than --max-age years older than Y counts as missing (the panel rule; 'aidx panel' always applies it); values from before Y are flagged as carried forward.")
  boolean excludeStale;

  @Option(
      names = "--impute",
      paramLabel = "METHOD",
      description =
          "none | mean | median | group-mean:COLUMN | relative (default: the framework's; relative for"
              + " CICC: a missing value takes the economy's average standing on its sibling indicators;"
              + " imputed values are flagged).")
  String impute;

  @Option(
      names = "--treat",
      paramLabel = "METHOD",
      defaultValue = "none",
      description =
          "none | winsorise[:MAX_POINTS]: winsorise indicators with |skew| > 2 and kurtosis > 3.5, else log (default: ${DEFAULT-VALUE}).")
  String treat;

  @Option(
      names = {"--normalise", "--normalize"},
      paramLabel = "METHOD",
      description =
          "ratio | minmax[:LO,HI] | zscore[:MEAN,SD] | rank | frontier, for every indicator (default: the framework's; ratio to the reference for CICC).")
  String normalise;

  @Option(
      names = "--aggregate",
      paramLabel = "METHOD",
      description =
          "arithmetic | geometric | harmonic, for every aggregate node (default: each node's own).")
  String aggregate;

  @Option(
      names = "--aggregate-at",
      paramLabel = "LEVEL=METHOD",
      description =
          "arithmetic | geometric | harmonic at the nodes of one level only (repeatable), e.g."
              + " layer=arithmetic: dimensions combined arithmetically into each layer.")
  java.util.Map<String, String> aggregateAt = new java.util.LinkedHashMap<>();

  @Option(
      names = "--denominate",
      description = "Divide indicators by the denominators the framework or iMeta declares.")
  boolean denominate;

  @Option(
      names = "--tiers",
      paramLabel = "K",
      description =
          "Number of tiers (default: chosen from the data by Jenks natural breaks, the fewest reaching a goodness of variance fit of 0.9).")
  Integer tiers;

  @Option(
      names = "--floor",
      paramLabel = "RULE",
      description =
          "How zeros meet geometric means: min:F raises an indicator's zero or negative values to F ×"
              + " its smallest positive value before normalisation (CICC default min:0.5; flagged);"
              + " X raises normalised scores below X to X; none makes a zero in a geometric mean an"
              + " error (default: the framework's).")
  String floor;

  @Option(
      names = "--swap",
      paramLabel = "OLD=NEW[:+|-]",
      description =
          "Replace indicator OLD by NEW from the data, at the same place and weight (repeatable);"
              + " :- reads NEW as lower-is-better. E.g. diffusion_variance_employment="
              + "diffusion_variance (diffusion over 7 value-added groups instead of 14 employment"
              + " groups), ai_conference_authorship_nonembodied_5y=ai_scholarly_publications.")
  List<String> swaps = new ArrayList<>();

  @Option(
      names = "--weight",
      paramLabel = "NODE=W",
      description = {
        "New weight of a layer, dimension or indicator (repeatable); 0 leaves the node out and its",
        "siblings share its weight in proportion to theirs. E.g. --weight compute=2 --weight diffusion=0."
      })
  List<String> weights = new ArrayList<>();

  @Option(
      names = "--per",
      paramLabel = "capita|gdp",
      description =
          "Intensity view: divide the indicators of absolute size (scale: absolute) by population or GDP; rates, scores and shares stay as they are.")
  String per;

  @Option(
      names = "--methodology",
      paramLabel = "FILE",
      description =
          "Run with a methodology saved by 'aidx index --format methodology' (every indicator's"
              + " normalisation, every node's aggregation, imputation, floors, reference, year);"
              + " no other method option goes with it.")
  Path methodology;

  @Option(
      names = "--max-age",
      paramLabel = "YEARS",
      defaultValue = "3",
      description =
          "Flag values more than YEARS years older than the run's year (--year, else the newest value used); default ${DEFAULT-VALUE}.")
  int maxAge;

  /** The inputs, with the framework reweighted and in the chosen view. */
  Inputs inputs() {
    return inputs(year);
  }

  /** The inputs as {@code --year y} loads them (the embedded exposure indicators depend on it). */
  Inputs inputs(Integer y) {
    Inputs in = Inputs.read(framework, data, coinr, y, dataOptions()).deriveExposure();
    if (!in.notes().isEmpty() && mixee != null && java.util.Objects.equals(y, year)) {
      PrintWriter err = mixee.commandLine().getErr();
      in.notes().forEach(n -> err.println("conflict: " + n));
      err.flush();
    }
    for (String sw : swaps) {
      in = in.withFramework(swapped(in, sw));
    }
    if (methodology != null) {
      in = in.withFramework(saved().onto(in.framework()));
    }
    return in.withFramework(view(in.framework()));
  }

  /**
   * The run's non-default choices for titles and captions ({@link MethodCaption}): the methods of
   * the spec and the changes made to the framework by --swap and --methodology.
   */
  List<String> caption(PipelineSpec ps, Framework fw) {
    List<String> changes = new ArrayList<>();
    swaps.forEach(s -> changes.add("swap " + s));
    // --weight and --per are named in the framework's name already (Weights, Intensity)
    if (methodology != null) {
      changes.add("methodology " + methodology.getFileName());
    }
    return MethodCaption.of(ps, fw.reference(), changes);
  }

  /**
   * {@link #caption} with the --weight and --per views as the framework's name states them
   * ("weights diffusion=0", "intensity view capita"), for tables and charts that do not show the
   * name (the report's).
   */
  List<String> captionWithView(PipelineSpec ps, Framework fw) {
    List<String> out = new ArrayList<>(caption(ps, fw));
    if (!weights.isEmpty()) {
      out.add("weights " + Weights.parse(weights).label());
    }
    if (per != null) {
      out.add("intensity view " + Intensity.parse(per).label());
    }
    return List.copyOf(out);
  }

  /** The framework with the --weight and --per options applied. */
  Framework view(Framework fw) {
    Framework out = Weights.parse(weights).apply(fw, "--weight ");
    return per == null ? out : Intensity.parse(per).apply(out);
  }

  Inputs.DataOptions dataOptions() {
    boolean add;
    switch (dataMode.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "add" -> add = true;
      case "replace" -> add = false;
      default ->
          throw new InputException(
              "--data-mode", "'" + dataMode + "' is not a mode", "use replace or add");
    }
    return new Inputs.DataOptions(
        layout == null ? null : Layout.parse(layout), add, DataAddition.Rule.parse(onConflict));
  }

  private static org.aidx.framework.Framework swapped(Inputs in, String text) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("([^=]+)=([^:]+)(?::([+-]))?").matcher(text.trim());
    if (!m.matches()) {
      throw new org.aidx.model.InputException(
          "--swap " + text,
          "is not of the form OLD=NEW or OLD=NEW:-",
          "e.g. --swap diffusion_variance_employment=diffusion_variance");
    }
    String old = m.group(1).trim();
    String repl = m.group(2).trim();
    List<String> framework = in.framework().indicators().stream().map(n -> n.id()).toList();
    if (!framework.contains(old)) {
      throw new org.aidx.model.InputException(
          "--swap " + text,
          "'"
              + old
              + "' is not an indicator of the framework"
              + org.aidx.model.Names.didYouMean(old, framework),
          "name one of: " + String.join(", ", framework));
    }
    if (!in.dataset().hasIndicator(repl)) {
      throw new org.aidx.model.InputException(
          "--swap " + text,
          "'"
              + repl
              + "' has no values in the data"
              + org.aidx.model.Names.didYouMean(repl, in.dataset().indicators()),
          "name an indicator of the data (see 'aidx data check')");
    }
    org.aidx.model.Direction d =
        "-".equals(m.group(3))
            ? org.aidx.model.Direction.NEGATIVE
            : org.aidx.model.Direction.POSITIVE;
    try {
      return in.framework().withIndicatorSwapped(old, repl, d);
    } catch (IllegalArgumentException e) {
      throw new org.aidx.model.InputException("--swap " + text, e.getMessage(), "swap once");
    }
  }

  /**
   * The methods with {@code --year} and, with {@code --exclude-stale}, {@code --max-age}.
   *
   * @throws InputException for a maximum age below 1 or without a year
   */
  PipelineSpec spec() {
    if (methodology != null) {
      return methods();
    }
    if (excludeStale) {
      new PanelRule(maxAge, PanelRule.DEFAULT_MIN_COVERAGE); // checks the maximum age
      if (year == null) {
        throw new InputException(
            "--exclude-stale",
            "excluding stale values needs a year to count from, and no --year is given",
            "add --year Y, or use 'aidx panel' for every year of a range");
      }
    }
    return methods().withYear(year).withMaxAge(excludeStale ? maxAge : null);
  }

  /** The methods without year and maximum age (the panel sets them per year). */
  PipelineSpec methods() {
    if (methodology != null) {
      return saved().spec();
    }
    return request().spec(field -> "--" + field);
  }

  /**
   * The methodology of {@code --methodology}, or null without it.
   *
   * @throws InputException for a bad file, or for method options given with it
   */
  Methodology saved() {
    if (methodology == null) {
      return null;
    }
    List<String> also = new ArrayList<>();
    MethodRequest r = request();
    if (!r.equals(
        new MethodRequest(null, null, null, null, "none", null, null, null, false, null, null))) {
      also.add(
          "method options (--normalise, --aggregate, --aggregate-at, --impute, --treat, --floor, --reference, --denominate, --tiers)");
    }
    if (year != null || excludeStale) {
      also.add("--year / --exclude-stale");
    }
    if (!also.isEmpty()) {
      throw new InputException(
          "--methodology " + methodology,
          "is given with " + String.join(" and ", also),
          "the file states every method: drop those options, or drop --methodology");
    }
    return MethodologyFiles.read(
        methodology.toString(),
        new String(Inputs.bytes(methodology), java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The method options as written, for the one parser of method text ({@link MethodRequest}). */
  MethodRequest request() {
    return new MethodRequest(
        reference,
        null,
        null,
        impute,
        treat,
        normalise,
        aggregate,
        aggregateAt,
        denominate,
        tiers,
        floor);
  }
}
