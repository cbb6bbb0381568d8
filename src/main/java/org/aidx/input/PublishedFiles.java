package org.aidx.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.aidx.analysis.explain.ComparativeAdvantage;
import org.aidx.analysis.replicate.FinanceComparison;
import org.aidx.analysis.replicate.ImpliedValue;
import org.aidx.analysis.replicate.PublishedClaim;
import org.aidx.analysis.replicate.Replication;
import org.aidx.analysis.replicate.ScorecardLine;
import org.aidx.analysis.replicate.VentureCapital;
import org.aidx.exposure.EconomyExposure;
import org.aidx.exposure.Rescaling;
import org.aidx.exposure.StructureScheme;
import org.aidx.model.InputException;
import org.aidx.model.Problem;
import org.aidx.pipeline.IndexResult;

/**
 * Reads published figures and claims ({@code id,claim,kind,economies,measure,published,text}, and
 * optionally {@code location}); see {@code data/published/PROVENANCE-published.md}. {@code
 * economies} is a space-separated list; claims that compare two groups write {@code SUBJECT|GROUP}.
 * An {@code implied_value} claim's {@code published} cell is a formula of other claims' ids (see
 * {@link ImpliedValue}).
 */
public final class PublishedFiles {
  /** The id of the shipped CICC framework, the one the shipped claims are about. */
  public static final String CICC_FRAMEWORK = "cicc-ai-development-index";

  /** The CICC study's published figures, shipped in the jar. */
  public static final String CICC = Inputs.DATA + "published/cicc-2024-published.csv";

  /**
   * OECD.AI's venture capital in AI by country (data from Preqin), the study's source for finance;
   * shipped for comparison only (see {@code PROVENANCE-oecdai-preqin-vc.md}).
   */
  public static final String OECD_VC = Inputs.DATA + "published/oecdai-preqin-vc.csv";

  /** The OECD.AI series compared: AI venture capital, all industries. */
  public static final String OECD_SERIES = "vc_ai_all_industries";

  /** The study's window for finance: 2022-2023. */
  public static final int FINANCE_FROM = 2022;

  public static final int FINANCE_TO = 2023;

  private PublishedFiles() {}

  /** The shipped OECD.AI/Preqin series ({@code iso3,year,value_usd_million,series}). */
  public static List<VentureCapital> oecdVc() {
    return parseVc("embedded:" + OECD_VC, Inputs.resource(OECD_VC));
  }

  /** aidx's finance beside OECD.AI's for the economies it covers, 2022-23 sums, USA = 1. */
  public static FinanceComparison finance(IndexResult r) {
    return FinanceComparison.of(r, oecdVc(), OECD_SERIES, FINANCE_FROM, FINANCE_TO);
  }

  static List<VentureCapital> parseVc(String name, byte[] bytes) {
    CsvTable t = CsvTable.parse(name, bytes);
    List<String> need = List.of("iso3", "year", "value_usd_million", "series");
    List<String> absent = need.stream().filter(c -> !t.header().contains(c)).toList();
    if (!absent.isEmpty()) {
      throw new InputException(
          name + " line 1",
          "missing column(s) " + String.join(", ", absent) + "; found " + t.header(),
          "use the header " + String.join(",", need));
    }
    List<Problem> problems = new ArrayList<>();
    List<VentureCapital> out = new ArrayList<>();
    for (CsvTable.Row row : t.rows()) {
      String where = name + " line " + row.line();
      String year = cell(t, row, "year");
      String value = cell(t, row, "value_usd_million");
      try {
        out.add(
            new VentureCapital(
                cell(t, row, "iso3"),
                Integer.parseInt(year),
                Double.parseDouble(value),
                cell(t, row, "series")));
      } catch (NumberFormatException e) {
        problems.add(
            new Problem(
                where,
                "year '" + year + "' or value '" + value + "' is not a number",
                "write the year as digits and the value in USD million"));
      } catch (IllegalArgumentException e) {
        problems.add(
            new Problem(where + ", column value_usd_million", e.getMessage(), "fix the value"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return out;
  }

  /** The shipped CICC figures. */
  public static List<PublishedClaim> cicc() {
    return parse("embedded:" + CICC, Inputs.resource(CICC));
  }

  /**
   * The scorecard of a result against claims, with the embedded industry data for shares of output
   * (value-added structure, as the index uses) and the default comparative-advantage rule.
   */
  public static List<ScorecardLine> scorecard(IndexResult r, List<PublishedClaim> claims) {
    List<EconomyExposure> exposure =
        Inputs.exposure(
            Inputs.embeddedBase(),
            StructureScheme.VALUE_ADDED,
            Rescaling.MIN_MAX,
            r.methodology().year());
    return new Replication(r, exposure, ComparativeAdvantage.defaults()).scorecard(claims);
  }

  /** A user's file of claims. */
  public static List<PublishedClaim> read(Path file) {
    return parse(file.toString(), Inputs.bytes(file));
  }

  static List<PublishedClaim> parse(String name, byte[] bytes) {
    CsvTable t = CsvTable.parse(name, bytes);
    List<String> need = List.of("id", "claim", "kind", "economies", "measure", "published", "text");
    List<String> absent = need.stream().filter(c -> !t.header().contains(c)).toList();
    if (!absent.isEmpty()) {
      throw new InputException(
          name + " line 1",
          "missing column(s) " + String.join(", ", absent) + "; found " + t.header(),
          "use the header " + String.join(",", need));
    }
    List<Problem> problems = new ArrayList<>();
    List<PublishedClaim> out = new ArrayList<>();
    // figures as written (their decimals set the rounding an implied value inherits)
    java.util.Map<String, String> written = new java.util.HashMap<>();
    for (CsvTable.Row row : t.rows()) {
      written.put(cell(t, row, "id"), cell(t, row, "published"));
    }
    boolean hasLocation = t.header().contains("location");
    for (CsvTable.Row row : t.rows()) {
      String where = name + " line " + row.line();
      String kindText = cell(t, row, "kind");
      PublishedClaim.Kind kind;
      try {
        kind = PublishedClaim.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(
            new Problem(
                where + ", column kind",
                "unknown kind '" + kindText + "'",
                "use one of "
                    + Arrays.stream(PublishedClaim.Kind.values())
                        .map(k -> k.name().toLowerCase(Locale.ROOT))
                        .toList()));
        continue;
      }
      String[] parts = cell(t, row, "economies").split("\\|", -1);
      List<String> subject = words(parts[0]);
      List<String> group = parts.length > 1 ? words(parts[1]) : List.of();
      String pub = cell(t, row, "published");
      double value = Double.NaN;
      double low = Double.NaN;
      double high = Double.NaN;
      if (kind == PublishedClaim.Kind.IMPLIED_VALUE) {
        try {
          ImpliedValue iv = ImpliedValue.of(pub, written);
          value = iv.value();
          low = iv.low();
          high = iv.high();
        } catch (IllegalArgumentException e) {
          problems.add(
              new Problem(
                  where + ", column published",
                  e.getMessage(),
                  "write a formula of published figure ids, e.g. index_deu^2 / tech_deu"));
          continue;
        }
      } else if (!pub.isBlank()) {
        try {
          value = Double.parseDouble(pub);
        } catch (NumberFormatException e) {
          problems.add(
              new Problem(where + ", column published", "'" + pub + "' is not a number", ""));
          continue;
        }
      }
      boolean needsNumber =
          kind == PublishedClaim.Kind.VALUE
              || kind == PublishedClaim.Kind.RANK
              || kind == PublishedClaim.Kind.MEAN
              || kind == PublishedClaim.Kind.SHARE_OF_TOTAL
              || kind == PublishedClaim.Kind.RATIO
              || kind == PublishedClaim.Kind.RATIO_BELOW;
      if (needsNumber && Double.isNaN(value)) {
        problems.add(
            new Problem(
                where + ", column published", "a " + kindText + " claim needs a number", ""));
        continue;
      }
      if (subject.isEmpty()) {
        problems.add(new Problem(where + ", column economies", "names no economy", ""));
        continue;
      }
      if ((kind == PublishedClaim.Kind.RATIO || kind == PublishedClaim.Kind.RATIO_BELOW)
          && group.size() != 1) {
        problems.add(
            new Problem(
                where + ", column economies",
                "a " + kindText + " claim compares one economy with one other",
                "write SUBJECT|OTHER, e.g. CHN|USA"));
        continue;
      }
      out.add(
          new PublishedClaim(
              cell(t, row, "id"),
              cell(t, row, "claim"),
              kind,
              subject,
              group,
              cell(t, row, "measure"),
              value,
              low,
              high,
              cell(t, row, "text"),
              hasLocation ? cell(t, row, "location") : ""));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return out;
  }

  private static String cell(CsvTable t, CsvTable.Row row, String column) {
    return row.cells().get(t.header().indexOf(column)).trim();
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
