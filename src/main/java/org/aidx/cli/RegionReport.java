package org.aidx.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidx.analysis.region.Concentration;
import org.aidx.analysis.region.KMeans;
import org.aidx.analysis.region.Scorecard;
import org.aidx.analysis.region.Typology;
import org.aidx.input.InputFile;
import org.aidx.input.RegionFiles;
import org.aidx.input.RegionInputs;
import org.aidx.report.ReportSection;
import org.aidx.report.region.RegionSection;

/** The Regions section of {@code aidx report --regions}, with the CLI's default settings. */
final class RegionReport {
  private RegionReport() {}

  static final Map<String, Object> SETTINGS =
      Map.of(
          "level",
          "metro",
          "concentration",
          "ai_authorship, cs_rd, patents, ai_users: top 6 and 15, absolute basis",
          "typology",
          "kmeans++ (50 starts), ai_authorship, cs_rd and patents as totals and per resident, k by silhouette in 2..8",
          "seed",
          42,
          "bootstrap",
          50,
          "gap_references",
          20);

  /** Adds the section and returns the files it read. */
  static List<InputFile> add(List<ReportSection> sections) {
    RegionInputs in = RegionInputs.us("metro");
    List<Concentration.Result> c = new ArrayList<>();
    for (String id :
        List.of(
            RegionFiles.AI_AUTHORSHIP,
            RegionFiles.CS_RD,
            RegionFiles.PATENTS,
            RegionFiles.AI_USERS)) {
      c.add(in.concentration(id, List.of(6, 15), Concentration.Basis.ABSOLUTE, new ArrayList<>()));
    }
    Typology t =
        new Typology(
            RegionFiles.TYPOLOGY_DEFAULT,
            Typology.Scaling.BOTH,
            RegionFiles.POPULATION,
            KMeans.of(50),
            0,
            8,
            Typology.Choice.SILHOUETTE,
            20,
            50,
            42);
    Typology.Result r = t.run(in.table());
    var published = RegionFiles.brookings();
    sections.add(RegionSection.of(in, c, r, Scorecard.of(r, published.value())));
    List<InputFile> files = new ArrayList<>(in.inputs());
    files.addAll(published.inputs());
    return files;
  }
}
