package org.aidx.input.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidx.model.InputException;
import org.aidx.model.Names;

/**
 * Which indicator comes from which publisher, series and transform: {@code
 * org/aidx/data/update/sources.csv}, one line per indicator (a new indicator is a new line).
 */
public record SourceRegistry(List<SeriesSpec> series) {
  public static final String RESOURCE = "/org/aidx/data/update/sources.csv";
  static final Set<String> ADAPTERS =
      Set.of("worldbank", "owid", "epoch", "top500", "sdmx", "manual");
  static final Set<String> TRANSFORMS =
      Set.of("copy", "sum", "window0", "times", "percent_of", "sum_by_country");

  public SourceRegistry {
    series = List.copyOf(series);
  }

  /** The registry shipped with aidx. */
  public static SourceRegistry standard() {
    try (InputStream in = SourceRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + RESOURCE);
      }
      return parse(RESOURCE, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a registry file; every bad line is reported with its line number. */
  public static SourceRegistry parse(String name, byte[] bytes) {
    PublishedCsv csv;
    try {
      csv = PublishedCsv.parse("registry", name, bytes);
    } catch (SourceException e) {
      throw new InputException(name, e.getMessage(), "fix the registry file");
    }
    List<String> cols = List.of("indicator", "adapter", "series", "transform", "unit", "publisher");
    int[] at = new int[cols.size()];
    for (int i = 0; i < cols.size(); i++) {
      at[i] = csv.header().indexOf(cols.get(i));
      if (at[i] < 0) {
        throw new InputException(
            name + " line 1",
            "the registry needs the column '" + cols.get(i) + "'; the header has " + csv.header(),
            "use the columns " + String.join(",", cols));
      }
    }
    List<SeriesSpec> out = new ArrayList<>();
    List<org.aidx.model.Problem> problems = new ArrayList<>();
    int line = 1;
    for (List<String> r : csv.rows()) {
      line++;
      SeriesSpec s =
          new SeriesSpec(
              r.get(at[0]).trim(),
              r.get(at[1]).trim(),
              r.get(at[2]).trim(),
              r.get(at[3]).trim(),
              r.get(at[4]).trim(),
              r.get(at[5]).trim());
      if (!ADAPTERS.contains(s.adapter())) {
        problems.add(
            new org.aidx.model.Problem(
                name + " line " + line,
                "unknown source '" + s.adapter() + "'" + Names.didYouMean(s.adapter(), ADAPTERS),
                "use one of " + String.join(", ", new java.util.TreeSet<>(ADAPTERS))));
      } else if (!s.manual() && !TRANSFORMS.contains(s.transformName())) {
        problems.add(
            new org.aidx.model.Problem(
                name + " line " + line,
                "unknown transform '"
                    + s.transformName()
                    + "'"
                    + Names.didYouMean(s.transformName(), TRANSFORMS),
                "use one of " + String.join(", ", new java.util.TreeSet<>(TRANSFORMS))));
      } else {
        out.add(s);
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new SourceRegistry(out);
  }

  /** The entry of an indicator, or an error listing the closest indicator ids. */
  public SeriesSpec find(String indicator) {
    for (SeriesSpec s : series) {
      if (s.indicator().equals(indicator)) {
        return s;
      }
    }
    throw new InputException(
        "--indicator " + indicator,
        "no source is registered for '"
            + indicator
            + "'"
            + Names.didYouMean(indicator, series.stream().map(SeriesSpec::indicator).toList()),
        "use an indicator of " + RESOURCE + " or add a line for it");
  }

  /** The registry restricted to these sources (adapter names); an unknown one lists the names. */
  public SourceRegistry onlySources(List<String> sources) {
    for (String s : sources) {
      if (!ADAPTERS.contains(s)) {
        throw new InputException(
            "--source " + s,
            "unknown source '" + s + "'" + Names.didYouMean(s, ADAPTERS),
            "use one of " + String.join(", ", new java.util.TreeSet<>(ADAPTERS)));
      }
    }
    return new SourceRegistry(series.stream().filter(x -> sources.contains(x.adapter())).toList());
  }

  /** The registry restricted to these indicators (each must be registered). */
  public SourceRegistry onlyIndicators(List<String> ids) {
    Map<String, SeriesSpec> keep = new LinkedHashMap<>();
    for (String id : ids) {
      SeriesSpec s = find(id);
      keep.put(id, s);
      // a transform reading another indicator (times:population) needs that indicator too
      String arg = s.transformArgument();
      if (s.transformName().equals("times") || s.transformName().equals("percent_of")) {
        keep.putIfAbsent(arg, find(arg));
      }
    }
    return new SourceRegistry(
        series.stream().filter(x -> keep.containsKey(x.indicator())).toList());
  }
}
