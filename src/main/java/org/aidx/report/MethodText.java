package org.aidx.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.pipeline.Methodology;

/**
 * The one wording of a methodology's normalisation and aggregation in every output (JSON, Markdown,
 * HTML, XLSX), read from the resolved {@link Methodology} rather than from what the run asked for.
 *
 * <p>Example: the CICC framework under {@code --aggregate-at layer=arithmetic} reads "ratio" and
 * "index geometric, layer arithmetic, dimension geometric".
 */
public final class MethodText {
  private MethodText() {}

  /**
   * The normalisation's label when every indicator has the same one, else each method with its
   * number of indicators: {@code per indicator: ratio (13), minmax:1,100 (2)}.
   */
  public static String normalisation(Methodology m) {
    Map<String, Integer> count = new LinkedHashMap<>();
    m.normalisation().values().forEach(n -> count.merge(n.label(), 1, Integer::sum));
    if (count.size() == 1) {
      return count.keySet().iterator().next();
    }
    StringJoiner out = new StringJoiner(", ", "per indicator: ", "");
    count.forEach((label, n) -> out.add(label + " (" + n + ")"));
    return out.toString();
  }

  /** Whether every indicator has the same normalisation. */
  public static boolean oneNormalisation(Methodology m) {
    return new LinkedHashSet<>(m.normalisation().values()).size() <= 1;
  }

  /** Whether every aggregate node has the same aggregation. */
  public static boolean oneAggregation(Methodology m) {
    return new LinkedHashSet<>(m.aggregation().values()).size() <= 1;
  }

  /**
   * The aggregation's label when every node has the same one, else the method of each level of
   * {@code fw}'s aggregate nodes in pre-order ({@code index geometric, layer arithmetic, dimension
   * geometric}); a level whose nodes differ lists its methods ({@code dimension
   * geometric|arithmetic}).
   */
  public static String aggregation(Framework fw, Methodology m) {
    if (oneAggregation(m)) {
      return m.aggregation().values().iterator().next().label();
    }
    Map<String, Set<String>> byLevel = new LinkedHashMap<>();
    for (Node.Aggregate a : fw.aggregates()) {
      String level = a.level().isEmpty() ? a.id() : a.level();
      byLevel
          .computeIfAbsent(level, k -> new LinkedHashSet<>())
          .add(m.aggregationOf(a.id()).label());
    }
    StringJoiner out = new StringJoiner(", ");
    byLevel.forEach((level, how) -> out.add(level + " " + String.join("|", how)));
    return out.toString();
  }

  /**
   * The line every table and chart of a report made with non-default choices carries, in {@link
   * org.aidx.pipeline.MethodCaption}'s wording: "Method: normalise minmax:1,100; aggregate
   * geometric; swap a=b". Empty for the defaults.
   */
  public static String captionLine(List<String> choices) {
    return choices.isEmpty() ? "" : "Method: " + String.join("; ", choices) + ".";
  }

  /**
   * The one short line a report made with the framework's own choices carries instead, e.g.
   * "Method: the framework's defaults (normalise ratio, aggregate geometric)."
   */
  public static String defaultLine(Framework fw, Methodology m) {
    return "Method: the framework's defaults (normalise "
        + normalisation(m)
        + ", aggregate "
        + aggregation(fw, m)
        + ").";
  }

  private static final Pattern TABLE = Pattern.compile("(<table\\b[^>]*>)(\\s*<caption[^>]*>)?");

  /**
   * An XHTML fragment with {@code line} in the caption of each table (added, or put first in an
   * existing caption) and at the end of each figure caption; unchanged when {@code line} is empty.
   */
  public static String captioned(String html, String line) {
    if (line.isEmpty()) {
      return html;
    }
    String span = "<span class=\"method-caption\">" + Html.escape(line) + "</span>";
    Matcher m = TABLE.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement =
          m.group(2) == null
              ? m.group(1) + "<caption class=\"method-caption\">" + Html.escape(line) + "</caption>"
              : m.group(1) + m.group(2) + span + "<br/>";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString().replace("</figcaption>", "<br/>" + span + "</figcaption>");
  }
}
