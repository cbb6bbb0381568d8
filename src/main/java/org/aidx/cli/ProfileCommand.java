package org.aidx.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.aidx.input.Inputs;
import org.aidx.model.InputException;
import org.aidx.output.Manifest;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.report.ProfilePage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code aidx profile}: one self-contained HTML page per economy. */
@Command(
    name = "profile",
    header = "Country profiles: one self-contained HTML page per economy.",
    mixinStandardHelpOptions = true,
    description = {
      "Writes DIR/ISO3.html for each economy named (or every economy with --all): index, rank and",
      "tier; layers and dimensions against the reference and the median economy; strengths and",
      "weaknesses; every indicator's value, unit, year and source; the gap to the reference by",
      "dimension as an SVG bar chart (labels are text). No scripts or external files: the page",
      "opens offline and can be mailed. Every index option applies (weights, views, methods).",
      "",
      "Examples:",
      "  aidx profile JPN",
      "  aidx profile --all --out runs/profiles",
      "  aidx profile KOR --per capita --out runs/kor-per-capita"
    })
final class ProfileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Parameters(paramLabel = "ISO3", arity = "0..*", description = "The economies.")
  List<String> economies = new ArrayList<>();

  @Option(names = "--all", description = "Every economy of the index.")
  boolean all;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "profiles",
      description = "Directory for ISO3.html and manifest.json (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    if (all == !economies.isEmpty()) {
      throw new InputException(
          "aidx profile",
          all ? "--all and economy codes were both given" : "no economy was named",
          "name economies (aidx profile JPN KOR) or pass --all");
    }
    Inputs in = run.inputs();
    PipelineSpec ps = run.spec();
    IndexResult r = Pipeline.run(in.framework(), in.dataset(), ps);
    List<String> codes = new ArrayList<>();
    if (all) {
      codes.addAll(r.economies());
    } else {
      for (String c : economies) {
        codes.add(r.economies().get(r.requireEconomy(c.toUpperCase(Locale.ROOT))));
      }
    }
    OutDir dir = OutDir.at(out);
    for (String c : codes) {
      dir.text(c + ".html", ProfilePage.html(r, r.economyIndex(c)));
    }
    dir.write(
        names ->
            Manifest.json(
                "aidx profile",
                spec.commandLine().getParseResult().originalArgs(),
                in.files(),
                in.framework(),
                ps,
                names),
        spec.commandLine().getErr());
    var w = spec.commandLine().getOut();
    codes.forEach(c -> w.println(out.resolve(c + ".html")));
    w.flush();
    return 0;
  }
}
