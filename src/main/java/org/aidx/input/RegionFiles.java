package org.aidx.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.analysis.region.Crosswalk;
import org.aidx.analysis.region.Region;
import org.aidx.analysis.region.RegionIndicator;
import org.aidx.analysis.region.RegionTable;
import org.aidx.analysis.region.Rule;
import org.aidx.analysis.region.Scorecard;
import org.aidx.model.InputException;
import org.aidx.model.Problem;

/**
 * Regional data: the shipped US county table (Microsoft AI user share 2026 Q1, Census population
 * 2024, Felten et al. AIGE), the OMB 2023 county → CBSA crosswalk, the published reference values,
 * and users' own region tables and crosswalks. Provenance: {@code
 * org/aidx/data/regions/PROVENANCE-regions.md}.
 */
public final class RegionFiles {
  private RegionFiles() {}

  static final String DIR = "org/aidx/data/regions/";

  /** The US county indicators shipped in the jar. */
  public static final String POPULATION = "population";

  public static final String AI_USER_SHARE = "ai_user_share";
  public static final String AI_USERS = "ai_users";
  public static final String AIGE = "aige";

  /** County indicators built by the records jobs (issue 21; see docs/regions.md). */
  public static final String AI_AUTHORSHIP = "ai_authorship";

  public static final String AI_AUTHORSHIP_EMBODIED = "ai_authorship_embodied";
  public static final String AI_AUTHORSHIP_NONEMBODIED = "ai_authorship_nonembodied";
  public static final String CS_RD = "cs_rd";
  public static final String PATENTS = "patents";

  /**
   * The indicators of the default typology: the three measures of AI research and innovation
   * capacity built from open records, each as a total and per resident (docs/regions.md says why).
   */
  public static final List<String> TYPOLOGY_DEFAULT = List.of(AI_AUTHORSHIP, CS_RD, PATENTS);

  /** The national totals the records jobs write as region 'US' (placed or not). */
  private static final String NATION = "US";

  /** The shipped records-job tables: file, indicators, label, unit, source. */
  private record JobTable(String file, String id, String label, String unit, String source) {}

  private static final List<JobTable> JOB_TABLES =
      List.of(
          new JobTable(
              "metro-authorship.csv",
              AI_AUTHORSHIP,
              "AI papers",
              "papers (fractional count, 2015-2024)",
              "papercopilot/paperlists AI conference records, US affiliations placed by IPEDS,"
                  + " overrides and company labs (job metro-authorship)"),
          new JobTable(
              "metro-authorship.csv",
              AI_AUTHORSHIP_NONEMBODIED,
              "Non-embodied AI papers",
              "papers (fractional count, 2015-2024)",
              "as AI conference papers, conferences other than icra, iros, corl, rss"),
          new JobTable(
              "metro-authorship.csv",
              AI_AUTHORSHIP_EMBODIED,
              "Embodied AI papers",
              "papers (fractional count, 2015-2024)",
              "as AI conference papers, conferences icra, iros, corl, rss"),
          new JobTable(
              "metro-cs-rd.csv",
              CS_RD,
              "University CS R&D",
              "thousand US dollars (FY 2022)",
              "NSF NCSES HERD FY 2022, computer and information sciences (job metro-cs-rd)"),
          new JobTable(
              "metro-patents.csv",
              PATENTS,
              "Patents (all technologies)",
              "utility patent grants 2011-2015, all technologies, not AI",
              "USPTO PTMT, grants by inventor county (job metro-patents)"));

  /** A table with the files it was read from. */
  public record Loaded<T>(T value, List<InputFile> inputs) {
    public Loaded {
      inputs = List.copyOf(inputs);
    }
  }

  /**
   * The shipped county table: population (2024, count), ai_user_share (% of the working-age
   * population using generative AI, 2026 Q1, population-weighted), ai_users (ai_user_share / 100 ×
   * population: an estimate of users, using total rather than working-age population) and aige
   * (Felten et al.'s AI geographic exposure, standardised; Connecticut's planning regions take the
   * value of the former county of their largest town, see ct_planning_region_to_county.csv).
   */
  public static Loaded<RegionTable> usCounties() {
    List<InputFile> inputs = new ArrayList<>();
    CsvTable pop = embedded("county_population_2024.csv", inputs);
    CsvTable share = embedded("ms_ai_user_share_us_county_2026q1.csv", inputs);
    CsvTable aige = embedded("aige_county.csv", inputs);
    CsvTable ct = embedded("ct_planning_region_to_county.csv", inputs);
    List<Region> regions = new ArrayList<>();
    List<Double> p = new ArrayList<>();
    for (CsvTable.Row r : pop.rows()) {
      regions.add(new Region(r.cells().get(0), r.cells().get(2) + ", " + r.cells().get(1)));
      p.add(Double.parseDouble(r.cells().get(3)));
    }
    Map<String, Double> s = numbers(share, "fips", "ai_user_share_pct");
    Map<String, Double> a = numbers(aige, "fips", "aige");
    a.keySet().removeIf(fips -> fips.endsWith("000")); // the sheet's state rows
    // Alaska's Valdez-Cordova Census Area (02261) was split in 2019 into Chugach (02063) and
    // Copper River (02066); Microsoft and AIGE still report the old area: both parts take its value
    for (String part : List.of("02063", "02066")) {
      s.putIfAbsent(part, s.get("02261"));
      a.putIfAbsent(part, a.get("02261"));
    }
    for (CsvTable.Row r : ct.rows()) {
      Double v = a.get(r.cells().get(2));
      if (v != null) {
        a.put(r.cells().get(0), v);
      }
    }
    int n = regions.size();
    double[][] v = new double[3][n];
    for (int i = 0; i < n; i++) {
      String code = regions.get(i).code();
      v[0][i] = p.get(i);
      v[1][i] = s.getOrDefault(code, Double.NaN);
      v[2][i] = a.getOrDefault(code, Double.NaN);
    }
    List<RegionIndicator> ind =
        List.of(
            new RegionIndicator(
                POPULATION,
                "people",
                "US Census Bureau, county estimates, Vintage 2024",
                Rule.SUM,
                "Population"),
            new RegionIndicator(
                AI_USER_SHARE,
                "% of working-age population",
                "Microsoft AI Economy Institute, AI user share by county, 2026 Q1",
                Rule.WEIGHTED_MEAN,
                "AI user share"),
            new RegionIndicator(
                AIGE,
                "standardised score",
                "Felten, Raj & Seamans (2021), AI geographic exposure (AIGE), Appendix C",
                Rule.WEIGHTED_MEAN,
                "AI exposure of jobs (AIGE)"));
    RegionTable t = withUsers(RegionTable.of(regions, ind, v));
    for (JobTable j : JOB_TABLES) {
      Map<String, Double> byCounty = jobColumn(j, inputs);
      double[] c = new double[n];
      for (int i = 0; i < n; i++) {
        String code = regions.get(i).code();
        // a county without a row has no record: 0, except where the source cannot speak for it
        c[i] = byCounty.getOrDefault(code, unknownIn(j.id(), code) ? Double.NaN : 0);
      }
      t = t.with(new RegionIndicator(j.id(), j.unit(), j.source(), Rule.SUM, j.label()), c);
    }
    return new Loaded<>(t, inputs);
  }

  /**
   * True where a records-job table cannot speak for a county: the 2000-2015 patent file reports
   * Connecticut under its eight former counties, which the 2022 planning regions (09110-09190)
   * cross, so Connecticut's patents are missing rather than 0 (listed in the job's notes).
   */
  static boolean unknownIn(String indicator, String county) {
    return indicator.equals(PATENTS) && county.startsWith("091");
  }

  /** The national totals the records jobs report as region 'US', by indicator. */
  public static Map<String, Double> jobNationalTotals() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (JobTable j : JOB_TABLES) {
      Double v = jobColumn(j, new ArrayList<>()).get(NATION);
      if (v != null) {
        m.put(j.id(), v);
      }
    }
    return m;
  }

  private static Map<String, Double> jobColumn(JobTable j, List<InputFile> inputs) {
    String path = "embedded:regions/" + j.file();
    if (inputs.stream().noneMatch(f -> f.name().equals(path))) {
      embedded(j.file(), inputs);
    }
    CsvTable t = CsvTable.parse(path, Inputs.resource(DIR + j.file()));
    int region = t.column("region");
    int indicator = t.column("indicator");
    int value = t.column("value");
    Map<String, Double> m = new HashMap<>();
    for (CsvTable.Row r : t.rows()) {
      if (r.cells().get(indicator).equals(j.id())) {
        m.put(r.cells().get(region), Double.parseDouble(r.cells().get(value)));
      }
    }
    return m;
  }

  /**
   * The table with {@code ai_users} = ai_user_share / 100 × population. Computed at every level
   * from the level's own (population-weighted) share, so a region with a county lacking a share
   * still gets the estimate its other counties support.
   */
  public static RegionTable withUsers(RegionTable t) {
    double[] s = t.column(AI_USER_SHARE);
    double[] p = t.column(POPULATION);
    double[] u = new double[s.length];
    for (int i = 0; i < u.length; i++) {
      u[i] = s[i] / 100 * p[i];
    }
    return t.with(
        new RegionIndicator(
            AI_USERS,
            "people (estimate)",
            "ai_user_share / 100 × population (total, not working-age, population)",
            Rule.SUM,
            "Estimated AI users"),
        u);
  }

  /**
   * The OMB July 2023 delineation, county → CBSA; only metropolitan statistical areas when {@code
   * metroOnly} (micropolitan areas otherwise included).
   */
  public static Loaded<Crosswalk> cbsa(boolean metroOnly) {
    List<InputFile> inputs = new ArrayList<>();
    CsvTable t = embedded("cbsa2fipsxw_2023.csv", inputs);
    int code = t.column("cbsacode");
    int title = t.column("cbsatitle");
    int kind = t.column("metropolitanmicropolitanstatis");
    int st = t.column("fipsstatecode");
    int co = t.column("fipscountycode");
    List<Crosswalk.Link> links = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      List<String> c = r.cells();
      if (metroOnly && !c.get(kind).startsWith("Metropolitan")) {
        continue;
      }
      links.add(
          new Crosswalk.Link(
              c.get(st) + c.get(co), c.get(code), c.get(title), Double.NaN, r.line()));
    }
    return new Loaded<>(new Crosswalk(t.name(), links), inputs);
  }

  /** County → state by the first two digits of the FIPS code; state names from the table. */
  public static Crosswalk states(RegionTable counties) {
    List<Crosswalk.Link> links = new ArrayList<>();
    for (Region r : counties.regions()) {
      String name = r.name();
      int comma = name.lastIndexOf(", ");
      links.add(
          new Crosswalk.Link(
              r.code(),
              r.code().substring(0, 2),
              comma < 0 ? r.code().substring(0, 2) : name.substring(comma + 2),
              Double.NaN,
              0));
    }
    return new Crosswalk("state FIPS codes", links);
  }

  /** Microsoft's 35 published metro values: CBSA code → AI user share (%). */
  public static Loaded<Map<String, Double>> publishedMetros() {
    List<InputFile> inputs = new ArrayList<>();
    CsvTable t = embedded("ms_ai_user_share_us_msa_2026q1.csv", inputs);
    return new Loaded<>(numbers(t, "msa_code", "ai_user_share_pct"), inputs);
  }

  /** Brookings' superstars and early adopters (Muro and Liu 2021), with 2023 CBSA codes. */
  public static Loaded<List<Scorecard.Member>> brookings() {
    List<InputFile> inputs = new ArrayList<>();
    CsvTable t = embedded("brookings_ai_typology_2021.csv", inputs);
    List<Scorecard.Member> out = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      out.add(new Scorecard.Member(r.cells().get(0), r.cells().get(1), r.cells().get(2)));
    }
    return new Loaded<>(List.copyOf(out), inputs);
  }

  /**
   * A user's region table: a wide CSV {@code code[,name],<indicator>…}; empty cells and NA are
   * missing. Every indicator needs a rule ({@code rules}: id → sum | mean); the first count is the
   * weight of the rates.
   */
  public static Loaded<RegionTable> table(Path file, Map<String, Rule> rules) {
    byte[] bytes = Inputs.bytes(file);
    CsvTable t = CsvTable.parse(file.toString(), bytes);
    int code = t.column("code");
    if (code < 0) {
      throw new InputException(
          file + " line 1",
          "no 'code' column (found " + t.header() + ")",
          "name the column of region codes 'code'");
    }
    int name = t.column("name");
    List<Problem> problems = new ArrayList<>();
    List<Integer> cols = new ArrayList<>();
    List<RegionIndicator> ind = new ArrayList<>();
    for (int j = 0; j < t.header().size(); j++) {
      if (j == code || j == name) {
        continue;
      }
      String id = t.header().get(j);
      Rule rule = rules.get(id);
      if (rule == null) {
        problems.add(
            new Problem(
                file + " line 1, column '" + id + "'",
                "no aggregation rule for " + id,
                "add --rule " + id + "=sum for a count or --rule " + id + "=mean for a rate"));
        continue;
      }
      cols.add(j);
      ind.add(new RegionIndicator(id, "", file.toString(), rule));
    }
    List<Region> regions = new ArrayList<>();
    double[][] v = new double[cols.size()][t.rows().size()];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < t.rows().size(); i++) {
      CsvTable.Row r = t.rows().get(i);
      String c = r.cells().get(code).trim();
      Integer before = seen.put(c, r.line());
      if (c.isEmpty() || before != null) {
        problems.add(
            new Problem(
                t.where(r, code),
                c.isEmpty()
                    ? "empty region code"
                    : "region " + c + " again (first on line " + before + ")",
                "give each region one row with a code"));
        continue;
      }
      regions.add(new Region(c, name < 0 ? c : r.cells().get(name)));
      for (int k = 0; k < cols.size(); k++) {
        String cell = r.cells().get(cols.get(k)).trim();
        if (cell.isEmpty() || cell.equalsIgnoreCase("NA")) {
          v[k][i] = Double.NaN;
          continue;
        }
        try {
          v[k][i] = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
          problems.add(
              new Problem(
                  t.where(r, cols.get(k)),
                  "'" + cell + "' is not a number",
                  "write a number, or leave the cell empty for a missing value"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new Loaded<>(
        RegionTable.of(regions, ind, v), List.of(InputFile.of("regions", file.toString(), bytes)));
  }

  /** A user's crosswalk: CSV {@code child,parent[,parent_name][,share]}. */
  public static Loaded<Crosswalk> crosswalk(Path file) {
    byte[] bytes = Inputs.bytes(file);
    CsvTable t = CsvTable.parse(file.toString(), bytes);
    int child = t.column("child");
    int parent = t.column("parent");
    if (child < 0 || parent < 0) {
      throw new InputException(
          file + " line 1",
          "expected columns child,parent[,parent_name][,share], found " + t.header(),
          "name the columns child and parent");
    }
    int pname = t.column("parent_name");
    int share = t.column("share");
    List<Problem> problems = new ArrayList<>();
    List<Crosswalk.Link> links = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      double s = Double.NaN;
      if (share >= 0 && !r.cells().get(share).isBlank()) {
        try {
          s = Double.parseDouble(r.cells().get(share).trim());
        } catch (NumberFormatException e) {
          problems.add(
              new Problem(
                  t.where(r, share),
                  "'" + r.cells().get(share) + "' is not a number",
                  "write a share in (0, 1]"));
          continue;
        }
      }
      String p = r.cells().get(parent).trim();
      links.add(
          new Crosswalk.Link(
              r.cells().get(child).trim(), p, pname < 0 ? p : r.cells().get(pname), s, r.line()));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new Loaded<>(
        new Crosswalk(file.toString(), links),
        List.of(InputFile.of("crosswalk", file.toString(), bytes)));
  }

  /** Parses {@code id=sum|mean} rule options. */
  public static Map<String, Rule> rules(List<String> specs) {
    Map<String, Rule> out = new LinkedHashMap<>();
    for (String s : specs) {
      String[] kv = s.split("=", 2);
      String r = kv.length == 2 ? kv[1].trim().toLowerCase(Locale.ROOT) : "";
      if (!r.equals("sum") && !r.equals("mean")) {
        throw new InputException(
            "--rule " + s, "expected INDICATOR=sum or INDICATOR=mean", "e.g. --rule papers=sum");
      }
      out.put(kv[0].trim(), r.equals("sum") ? Rule.SUM : Rule.WEIGHTED_MEAN);
    }
    return out;
  }

  private static CsvTable embedded(String name, List<InputFile> inputs) {
    byte[] b = Inputs.resource(DIR + name);
    inputs.add(InputFile.of("regions", "embedded:regions/" + name, b));
    return CsvTable.parse("embedded:regions/" + name, b);
  }

  private static Map<String, Double> numbers(CsvTable t, String key, String value) {
    int k = t.column(key);
    int v = t.column(value);
    Map<String, Double> m = new HashMap<>();
    for (CsvTable.Row r : t.rows()) {
      m.put(r.cells().get(k), Double.parseDouble(r.cells().get(v)));
    }
    return m;
  }
}
