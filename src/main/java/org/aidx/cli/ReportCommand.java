package org.aidx.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.aidx.analysis.coherence.Coherence;
import org.aidx.analysis.panel.CatchingUp;
import org.aidx.analysis.panel.Panel;
import org.aidx.analysis.uncertainty.Uncertainty;
import org.aidx.analysis.uncertainty.UncertaintySummary;
import org.aidx.input.Inputs;
import org.aidx.input.PublishedFiles;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.report.ReportFiles;
import org.aidx.report.ReportSection;
import org.aidx.report.ResultWriter;
import org.aidx.report.coherence.CoherenceSection;
import org.aidx.report.panel.PanelSection;
import org.aidx.report.replicate.ScorecardSection;
import org.aidx.report.uncertainty.RobustnessSection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aidx report}: the publication files of one run. */
@Command(
    name = "report",
    header = "Write a self-contained HTML report, an XLSX workbook, charts and a manifest.",
    mixinStandardHelpOptions = true,
    description = {
      "Compute the index as 'aidx index' does and write a publication directory: report.html (one",
      "self-contained page: method, data sources, coverage, ranked table, charts, robustness and",
      "statistical coherence, notes; opens offline), report.xlsx (one sheet per table), the charts",
      "as PNG and SVG, and manifest.json.",
      ""
    },
    footer = {
      "",
      "Files written to DIR, each atomically: report.html, report.xlsx, ranking.png, ranking.svg,",
      "profile.png, profile.svg, layer-scatter.png/.svg (two-layer frameworks), rank-intervals.png/.svg",
      "(unless --no-robustness), panel-index/panel-ranks/panel-gap.png/.svg (unless --no-panel),",
      "manifest.json. Other files in DIR are left alone.",
      "",
      "Over time: as 'aidx panel' (--from, --to, --max-age, --min-coverage; the interval uses --runs",
      "and --seed); the workbook gets an 'Over time' sheet. When the data cover one year or cannot",
      "cover the range, the section says why instead. For a framework other than CICC's, the layer",
      "scatter uses its layer names, and the scorecard is one line saying why it is left out.",
      "",
      "Robustness: as 'aidx robustness --runs N --seed S' (default assumptions, Sobol points); the",
      "section has the rank-interval table and chart, the workbook a Robustness sheet. Coherence: as",
      "'aidx coherence' (Cronbach's alpha, flags, effective weights; sheets Coherence and Coherence",
      "indicators). The manifest records runs, seed and assumptions under 'robustness'.",
      "",
      "Examples:",
      "  aidx report                                   writes report/",
      "  aidx report --out runs/minmax --normalise minmax:1,100",
      "  aidx report --runs 10000 --seed 7 --out runs/robust",
      "  aidx report --data my-data.csv --impute median --no-robustness --out my-report"
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "report",
      description = "Directory to write to, created if absent (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = org.aidx.analysis.uncertainty.Uncertainty.DEFAULT_RUNS_TEXT,
      description = "Replications of the robustness section (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of the robustness section's sampler (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--no-robustness",
      description = "Leave out the robustness section, chart and sheet.")
  boolean noRobustness;

  @Mixin PanelOptions panel;

  @Option(
      names = "--no-panel",
      description =
          "Leave out the 'Over time' section (the panel of yearly indices) and its sheet.")
  boolean noPanel;

  @Option(
      names = "--no-coherence",
      description = "Leave out the statistical coherence section and sheets.")
  boolean noCoherence;

  @Option(
      names = "--no-scorecard",
      description =
          "Leave out the replication scorecard (the study's published figures beside aidx's);"
              + " it is shown for the shipped CICC framework only.")
  boolean noScorecard;

  @Option(
      names = "--regions",
      description =
          "Add the Regions section: concentration and typology of US metro areas, with maps.")
  boolean regions;

  @Override
  public Integer call() {
    if (!noRobustness && runs < 1) {
      throw new InputException(
          "--runs " + runs,
          "the number of replications must be at least 1",
          "pass e.g. --runs 1000, or --no-robustness to leave the section out");
    }
    Inputs in = run.inputs();
    Methodology ps = Methodology.of(in.framework(), run.spec());
    IndexResult r = Pipeline.run(in.framework(), in.dataset(), ps);
    List<ReportSection> sections = new ArrayList<>();
    Map<String, Object> robustness = null;
    if (!noRobustness) {
      UncertaintySummary s =
          Uncertainty.defaults(
              in.framework(),
              in.dataset(),
              ps,
              runs,
              seed,
              ProgressBar.of(spec.commandLine().getErr(), false, "replications"));
      sections.add(RobustnessSection.of(s));
      robustness = new LinkedHashMap<>();
      robustness.put("runs", s.runs());
      robustness.put("seed", s.seed());
      robustness.put("sampler", s.sampler().label());
      robustness.put("assumptions", s.assumptions());
    }
    if (!noCoherence) {
      sections.add(CoherenceSection.of(r, Coherence.of(r)));
    }
    boolean scorecard = !noScorecard && PublishedFiles.CICC_FRAMEWORK.equals(in.framework().id());
    if (scorecard) {
      sections.add(
          ScorecardSection.of(
              PublishedFiles.scorecard(r, PublishedFiles.cicc()), PublishedFiles.finance(r)));
    } else if (!noScorecard) {
      sections.add(
          ReportSection.text(
              "Replication scorecard",
              "Left out: the scorecard sets aidx beside the CICC study's published figures, and this"
                  + " report is for the framework "
                  + in.framework().id()
                  + ", which has none."));
    }
    List<org.aidx.input.InputFile> files = new ArrayList<>(in.files());
    if (regions) {
      files.addAll(RegionReport.add(sections));
    }
    Map<String, Object> overTime = null;
    java.util.SortedSet<Integer> years = dataYears(in);
    if (!noPanel && years.size() < 2) {
      sections.add(
          ReportSection.text(
              "Over time",
              "Left out: the data cover "
                  + (years.isEmpty() ? "no year" : "one year, " + years.first())
                  + ", and a panel of yearly indices needs at least two."));
    } else if (!noPanel) {
      try {
        Panel p = panel.build(run, run.year);
        CatchingUp c =
            CatchingUp.measure(
                p, noRobustness ? 0 : runs, seed, Runtime.getRuntime().availableProcessors());
        sections.add(PanelSection.of(p, c));
        overTime = new LinkedHashMap<>();
        overTime.put("from", p.from());
        overTime.put("to", p.to());
        overTime.put("max_age", p.rule().maxAge());
        overTime.put("min_coverage", p.rule().minCoverage());
        overTime.put("runs", c.runs());
        overTime.put("seed", c.seed());
      } catch (InputException e) {
        // the index of one year stands on its own; say why there is no panel instead of failing
        sections.add(PanelSection.unavailable(e));
      }
    }
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    List<String> outputs = ReportFiles.outputs(r, sections);
    String manifest =
        ResultWriter.manifest("aidx report", args, files, in.framework(), ps, outputs);
    // Recorded whether or not the options were given, so the manifest alone re-runs the report.
    manifest = Manifest.with(manifest, "robustness", robustness);
    manifest = Manifest.with(manifest, "coherence", !noCoherence);
    manifest = Manifest.with(manifest, "scorecard", scorecard);
    manifest = Manifest.with(manifest, "regions", regions ? RegionReport.SETTINGS : null);
    manifest = Manifest.with(manifest, "panel", overTime);
    // every table and chart names the run's non-default choices; the regions section does not
    // depend on the index, so it is left as it is
    List<String> choices = run.captionWithView(run.spec(), in.framework());
    List<ReportSection> captioned = new ArrayList<>();
    for (ReportSection s : sections) {
      captioned.add(
          s.title().equals(org.aidx.report.region.RegionSection.TITLE)
              ? s
              : s.withCaption(choices));
    }
    try {
      ReportFiles.write(out, r, manifest, captioned, choices);
    } catch (UncheckedIOException e) {
      // An unwritable --out is the user's to fix, not an internal error.
      throw OutDir.unwritable(out, "the report", e);
    }
    var w = spec.commandLine().getOut();
    w.println("Wrote " + String.join(", ", outputs) + " to " + out);
    w.println("Open " + out.resolve(ReportFiles.HTML) + " in a browser; it needs no network.");
    w.flush();
    return 0;
  }

  /** The years of the data's values for the framework's indicators. */
  private static java.util.SortedSet<Integer> dataYears(Inputs in) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    in.framework().indicators().forEach(i -> ids.add(i.id()));
    java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
    for (org.aidx.model.Observation o : in.dataset().observations()) {
      if (ids.contains(o.indicator())) {
        years.add(o.year());
      }
    }
    return years;
  }
}
