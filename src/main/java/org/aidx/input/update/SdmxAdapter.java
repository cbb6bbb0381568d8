package org.aidx.input.update;

import java.util.ArrayList;
import java.util.List;

/**
 * An SDMX REST service answering in SDMX-CSV ({@code /data/<dataflow>/<key>} with {@code
 * format=csvfilewithlabels}, as OECD's and the IMF's services do): columns {@code REF_AREA}, {@code
 * TIME_PERIOD} and {@code OBS_VALUE} (and labels, attributes). The registry's series is {@code
 * <dataflow>/<key>}, e.g. {@code OECD.STI.STP,DSD_MSTI@DF_MSTI,/.A.G.PT_B1GQ}. Only annual periods
 * (a four-digit {@code TIME_PERIOD}) are read.
 *
 * <p>Why not {@code com.github.nbbrd.sdmx-dl}: it is a complete SDMX client (providers, structure
 * queries, its own caching and network layer) and the better choice for browsing dataflows; aidx
 * needs one data query per series in a format it already reads, and the query has to go through
 * aidx's own cache, hashing and politeness so that an update can be pinned and rebuilt. See
 * docs/data-update.md.
 */
final class SdmxAdapter implements Adapter {
  @Override
  public String name() {
    return "sdmx";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://sdmx.oecd.org/public/rest";
  }

  @Override
  public List<Point> fetch(SeriesSpec spec, Context ctx) {
    String url = ctx.baseUrl() + "/data/" + spec.series() + "?format=csvfilewithlabels";
    RawResponse r = ctx.fetcher().get(name(), url);
    PublishedCsv csv = PublishedCsv.parse(name(), url, r.bytes());
    int area = csv.column(name(), "REF_AREA");
    int period = csv.column(name(), "TIME_PERIOD");
    int value = csv.column(name(), "OBS_VALUE");
    List<Point> out = new ArrayList<>();
    NonNumbers bad = new NonNumbers();
    for (List<String> row : csv.rows()) {
      String iso = row.get(area).trim();
      String p = row.get(period).trim();
      if (!ctx.economies().contains(iso) || !p.matches("\\d{4}") || row.get(value).isBlank()) {
        continue;
      }
      Double d = Adapter.number(row.get(value));
      if (d == null) {
        bad.add(iso, Integer.parseInt(p), row.get(value));
        continue;
      }
      out.add(new Point(iso, Integer.parseInt(p), d, row.get(value).trim(), List.of(r), ""));
    }
    bad.check(name(), url);
    return out;
  }
}
