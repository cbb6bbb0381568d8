package org.aidx.report.coherence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.aidx.analysis.coherence.Coherence;
import org.aidx.analysis.coherence.Coherence.DimensionCoherence;
import org.aidx.analysis.coherence.Coherence.IndicatorCoherence;
import org.aidx.pipeline.IndexResult;
import org.aidx.report.Html;
import org.aidx.report.ReportSection;
import org.aidx.report.ReportSheet;

/**
 * The report's "Statistical coherence" section, built from {@link Coherence#of}: a paragraph of
 * findings computed from the numbers, Cronbach's α, the first principal component's share and the
 * nominal against the effective weight per dimension, the flagged indicators and collinear pairs,
 * and two workbook sheets (dimensions; indicators with their correlations and flags).
 *
 * <p>Example: dimensions with α 0.41 (data) and 0.93 (compute) give "Cronbach's α ranges from 0.41
 * (Data) to 0.93 (Compute); 1 of 2 dimensions reach 0.7".
 *
 * <pre>{@code
 * IndexResult r = Pipeline.run(fw, data, spec);
 * ReportSection s = CoherenceSection.of(r, Coherence.of(r));
 * }</pre>
 */
public final class CoherenceSection {
  public static final String TITLE = "Statistical coherence";
  public static final String SHEET = "Coherence";
  public static final String INDICATOR_SHEET = "Coherence indicators";

  /**
   * The α at or above which a dimension's indicators count as consistent, a common rule of thumb
   * (Nunnally 1978), stated in the findings as such.
   */
  static final double ALPHA = 0.7;

  private CoherenceSection() {}

  /**
   * The section for a result and its coherence report (node names are taken from the result's
   * framework).
   */
  public static ReportSection of(IndexResult r, Coherence.Report c) {
    StringBuilder b = new StringBuilder();
    b.append("<p>")
        .append(
            esc(
                "Computed on this run's normalised values: Pearson and Spearman correlations of"
                    + " each indicator with its dimension, layer and index; Cronbach's α and the"
                    + " first principal component per dimension; effective weights ("
                    + c.effectiveWeightMethod()
                    + ") beside the nominal weights."))
        .append("</p>\n");
    b.append("<p id=\"coherence-findings\">").append(esc(findings(r, c))).append("</p>\n");
    b.append("<div class=\"scroll\"><table id=\"coherence-dimensions\">\n");
    b.append("<thead><tr><th>Dimension</th><th class=\"num\">Indicators</th>");
    b.append("<th class=\"num\">Cronbach's α</th><th class=\"num\">PC1 share</th>");
    b.append("<th class=\"num\">Nominal weight</th><th class=\"num\">Effective weight</th>");
    b.append("</tr></thead>\n<tbody>\n");
    for (DimensionCoherence d : c.dimensions()) {
      b.append("<tr data-dimension=\"").append(esc(d.dimension())).append("\"><td>");
      b.append(esc(name(r, d.dimension()))).append(" <code>").append(esc(d.dimension()));
      b.append("</code></td><td class=\"num\">").append(d.indicators()).append("</td>");
      num(b, d.cronbachAlpha());
      num(b, d.firstComponentShare());
      num(b, d.nominalWeight());
      num(b, d.effectiveWeight());
      b.append("</tr>\n");
    }
    b.append("</tbody></table></div>\n");
    List<IndicatorCoherence> flagged =
        c.indicators().stream().filter(i -> !i.flags().isEmpty()).toList();
    if (flagged.isEmpty()) {
      b.append("<p>No indicator is negatively or not correlated with its dimension.</p>\n");
    } else {
      b.append("<h3>Flagged indicators</h3>\n");
      b.append("<div class=\"scroll\"><table id=\"coherence-flags\">\n");
      b.append("<thead><tr><th>Indicator</th><th>Dimension</th>");
      b.append("<th class=\"num\">Pearson r</th><th class=\"num\">Spearman ρ</th>");
      b.append("<th>Flags</th></tr></thead>\n<tbody>\n");
      for (IndicatorCoherence i : flagged) {
        b.append("<tr data-indicator=\"").append(esc(i.indicator())).append("\"><td>");
        b.append(esc(name(r, i.indicator()))).append("<br/><code>").append(esc(i.indicator()));
        b.append("</code></td><td>").append(esc(name(r, i.dimension()))).append("</td>");
        num(b, i.pearsonDimension());
        num(b, i.spearmanDimension());
        b.append("<td>").append(esc(String.join("; ", i.flags()))).append("</td></tr>\n");
      }
      b.append("</tbody></table></div>\n");
    }
    if (!c.collinear().isEmpty()) {
      b.append("<h3>Collinear pairs (|r| &gt; ").append(Coherence.COLLINEAR).append(")</h3>\n");
      b.append("<ul id=\"coherence-collinear\">\n");
      for (Coherence.CollinearPair p : c.collinear()) {
        b.append("<li><code>").append(esc(p.first())).append("</code> and <code>");
        b.append(esc(p.second())).append("</code>: r = ").append(fixed(p.pearson()));
        b.append(p.sameDimension() ? " (same dimension)" : "").append("</li>\n");
      }
      b.append("</ul>\n");
    }
    return new ReportSection(TITLE, b.toString(), List.of(), sheets(c));
  }

  /**
   * The range of α (and how many dimensions reach {@value #ALPHA}), the counts of flagged
   * indicators and collinear pairs, and the dimensions whose effective weight is furthest above and
   * below its nominal weight.
   */
  public static String findings(IndexResult r, Coherence.Report c) {
    List<String> out = new ArrayList<>();
    List<DimensionCoherence> withAlpha =
        c.dimensions().stream().filter(d -> !Double.isNaN(d.cronbachAlpha())).toList();
    int undefined = c.dimensions().size() - withAlpha.size();
    if (withAlpha.isEmpty()) {
      out.add("Cronbach's α is undefined for every dimension (each needs two or more indicators).");
    } else {
      DimensionCoherence lo =
          withAlpha.stream()
              .min(Comparator.comparingDouble(DimensionCoherence::cronbachAlpha))
              .orElseThrow();
      DimensionCoherence hi =
          withAlpha.stream()
              .max(Comparator.comparingDouble(DimensionCoherence::cronbachAlpha))
              .orElseThrow();
      long reach = withAlpha.stream().filter(d -> d.cronbachAlpha() >= ALPHA).count();
      out.add(
          "Cronbach's α ranges from "
              + fixed(lo.cronbachAlpha())
              + " ("
              + name(r, lo.dimension())
              + ") to "
              + fixed(hi.cronbachAlpha())
              + " ("
              + name(r, hi.dimension())
              + "); "
              + reach
              + " of "
              + withAlpha.size()
              + " dimensions reach "
              + ALPHA
              + ", a common rule of thumb for internal consistency"
              + (undefined > 0
                  ? " (α is undefined for "
                      + undefined
                      + " dimension(s), e.g. those with a single indicator)."
                  : "."));
    }
    long flagged = c.indicators().stream().filter(i -> !i.flags().isEmpty()).count();
    out.add(
        flagged
            + " of "
            + c.indicators().size()
            + " indicators are flagged as negatively or not correlated (|r| < "
            + Coherence.WEAK
            + ") with their dimension, and "
            + c.collinear().size()
            + " pair(s) of indicators are collinear (|r| > "
            + Coherence.COLLINEAR
            + ").");
    List<DimensionCoherence> weighted =
        c.dimensions().stream()
            .filter(d -> !Double.isNaN(d.effectiveWeight() - d.nominalWeight()))
            .toList();
    if (weighted.size() >= 2) {
      Comparator<DimensionCoherence> excess =
          Comparator.comparingDouble(d -> d.effectiveWeight() - d.nominalWeight());
      DimensionCoherence over = weighted.stream().max(excess).orElseThrow();
      DimensionCoherence under = weighted.stream().min(excess).orElseThrow();
      out.add(
          "Relative to its nominal weight, "
              + name(r, over.dimension())
              + " carries the most extra weight in the index's variance (effective "
              + fixed(over.effectiveWeight())
              + " against nominal "
              + fixed(over.nominalWeight())
              + ") and "
              + name(r, under.dimension())
              + " the least ("
              + fixed(under.effectiveWeight())
              + " against "
              + fixed(under.nominalWeight())
              + ").");
    }
    return String.join(" ", out);
  }

  private static List<ReportSheet> sheets(Coherence.Report c) {
    List<List<Object>> dims = new ArrayList<>();
    for (DimensionCoherence d : c.dimensions()) {
      dims.add(
          List.of(
              d.dimension(),
              d.indicators(),
              d.cronbachAlpha(),
              d.firstComponentShare(),
              String.join(" ", d.loadings().stream().map(CoherenceSection::fixed).toList()),
              d.nominalWeight(),
              d.effectiveWeight()));
    }
    List<List<Object>> inds = new ArrayList<>();
    for (IndicatorCoherence i : c.indicators()) {
      inds.add(
          List.of(
              i.indicator(),
              i.dimension(),
              i.layer(),
              i.pearsonDimension(),
              i.spearmanDimension(),
              i.pearsonLayer(),
              i.spearmanLayer(),
              i.pearsonIndex(),
              i.spearmanIndex(),
              String.join("; ", i.flags())));
    }
    return List.of(
        new ReportSheet(
            SHEET,
            List.of(
                "dimension",
                "indicators",
                "cronbach_alpha",
                "pc1_share",
                "pc1_loadings",
                "nominal_weight",
                "effective_weight"),
            dims),
        new ReportSheet(
            INDICATOR_SHEET,
            List.of(
                "indicator",
                "dimension",
                "layer",
                "pearson_dimension",
                "spearman_dimension",
                "pearson_layer",
                "spearman_layer",
                "pearson_index",
                "spearman_index",
                "flags"),
            inds));
  }

  private static String name(IndexResult r, String id) {
    try {
      return shortName(r.node(id).name());
    } catch (RuntimeException e) {
      return id;
    }
  }

  /** The part of a node name before a parenthesis, e.g. "Compute (算力)" → "Compute". */
  private static String shortName(String name) {
    int k = name.indexOf('(');
    return k > 0 ? name.substring(0, k).trim() : name;
  }

  private static void num(StringBuilder b, double v) {
    b.append("<td class=\"num\">").append(fixed(v)).append("</td>");
  }

  private static String fixed(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String esc(String s) {
    return Html.escape(s);
  }
}
