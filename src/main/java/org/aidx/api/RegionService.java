package org.aidx.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aidx.analysis.region.Concentration;
import org.aidx.analysis.region.KMeans;
import org.aidx.analysis.region.RegionIndicator;
import org.aidx.analysis.region.Scorecard;
import org.aidx.analysis.region.Typology;
import org.aidx.analysis.region.Ward;
import org.aidx.input.RegionFiles;
import org.aidx.input.RegionInputs;
import org.aidx.model.InputException;
import org.aidx.report.region.Choropleth;
import org.aidx.report.region.RegionWriter;
import org.aidx.report.region.UsMaps;

/**
 * The regional analyses behind {@code /api/regions/...}: the same defaults and the same JSON as
 * {@code aidx region concentrate|typology --format json}, on the shipped US data. Results are kept
 * per query (the data are fixed), so the dashboard's map and tables do not recompute them.
 */
final class RegionService {
  private final Map<String, Object> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> e) {
          return size() > 32;
        }
      };

  private static String param(Context ctx, String name, String def) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? def : v.trim();
  }

  private static int integer(Context ctx, String name, int def) {
    String v = param(ctx, name, String.valueOf(def));
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new InputException(
          "query parameter " + name,
          "'" + v + "' is not a whole number",
          "e.g. " + name + "=" + def);
    }
  }

  private synchronized <T> T cached(String key, java.util.function.Supplier<T> f) {
    @SuppressWarnings("unchecked")
    T v = (T) cache.get(key);
    if (v == null) {
      v = f.get();
      cache.put(key, v);
    }
    return v;
  }

  private RegionInputs inputs(String level) {
    return cached("inputs:" + level, () -> RegionInputs.us(level));
  }

  /** GET /api/regions/concentration?level&indicator&top&basis. */
  ObjectNode concentration(Context ctx) {
    String level = param(ctx, "level", "metro");
    String indicator = param(ctx, "indicator", RegionFiles.AI_AUTHORSHIP);
    String basis = param(ctx, "basis", "absolute").toLowerCase(Locale.ROOT);
    List<Integer> top = new ArrayList<>();
    for (String s : param(ctx, "top", "6,15").split(",")) {
      try {
        top.add(Integer.parseInt(s.trim()));
      } catch (NumberFormatException e) {
        throw new InputException(
            "query parameter top", "'" + s + "' is not a whole number", "e.g. top=6,15");
      }
    }
    Concentration.Basis b =
        switch (basis) {
          case "absolute" -> Concentration.Basis.ABSOLUTE;
          case "per-capita" -> Concentration.Basis.PER_CAPITA;
          default ->
              throw new InputException(
                  "query parameter basis",
                  "unknown basis '" + basis + "'",
                  "choose absolute or per-capita");
        };
    RegionInputs in = inputs(level);
    List<String> notes = new ArrayList<>(in.notes());
    return cached(
        "c:" + level + indicator + basis + top,
        () -> {
          ObjectNode o =
              RegionWriter.concentrationJson(in.concentration(indicator, top, b, notes), notes);
          o.put("label", in.table().indicator(indicator).label());
          o.put("unit", in.table().indicator(indicator).unit());
          return o;
        });
  }

  private Typology.Result typology(Context ctx, String level) {
    String method = param(ctx, "method", "kmeans").toLowerCase(Locale.ROOT);
    String choose = param(ctx, "choose", "silhouette").toLowerCase(Locale.ROOT);
    int k = integer(ctx, "k", 0);
    int kmax = integer(ctx, "kmax", 8);
    long seed = integer(ctx, "seed", 42);
    int bootstrap = integer(ctx, "bootstrap", 50);
    int references = integer(ctx, "references", 20);
    int starts = integer(ctx, "starts", 50);
    List<String> ind =
        List.of(
            param(ctx, "indicators", String.join(",", RegionFiles.TYPOLOGY_DEFAULT)).split(","));
    String scaling = param(ctx, "scaling", "both").toLowerCase(Locale.ROOT);
    if (k < 0
        || kmax < 2
        || kmax > 20
        || bootstrap < 0
        || bootstrap > 500
        || references < 1
        || references > 100
        || starts < 1
        || starts > 500) {
      throw new InputException(
          "query parameters",
          "k >= 0, 2 <= kmax <= 20, 0 <= bootstrap <= 500, 1 <= references <= 100 and "
              + "1 <= starts <= 500 are required",
          "use the defaults (k=0, kmax=8, bootstrap=50, references=20, starts=50)");
    }
    var clusterer =
        switch (method) {
          case "kmeans" -> KMeans.of(starts);
          case "ward" -> new Ward();
          default ->
              throw new InputException(
                  "query parameter method",
                  "unknown method '" + method + "'",
                  "choose kmeans or ward");
        };
    Typology.Choice ch =
        switch (choose) {
          case "silhouette" -> Typology.Choice.SILHOUETTE;
          case "gap" -> Typology.Choice.GAP;
          default ->
              throw new InputException(
                  "query parameter choose",
                  "unknown rule '" + choose + "'",
                  "choose silhouette or gap");
        };
    Typology.Scaling sc =
        switch (scaling) {
          case "both" -> Typology.Scaling.BOTH;
          case "per-capita" -> Typology.Scaling.PER_CAPITA;
          case "none" -> Typology.Scaling.NONE;
          default ->
              throw new InputException(
                  "query parameter scaling",
                  "unknown scaling '" + scaling + "'",
                  "choose both, per-capita or none");
        };
    Typology t =
        new Typology(
            ind.stream().map(String::trim).toList(),
            sc,
            RegionFiles.POPULATION,
            clusterer,
            k,
            kmax,
            ch,
            references,
            bootstrap,
            seed);
    RegionInputs in = inputs(level);
    return cached("t:" + level + t, () -> t.run(in.table()));
  }

  /** GET /api/regions/typology?level&method&k&kmax&choose&seed&bootstrap&references&starts. */
  ObjectNode typology(Context ctx) {
    String level = param(ctx, "level", "metro");
    Typology.Result r = typology(ctx, level);
    Scorecard card =
        level.equals("metro") ? Scorecard.of(r, RegionFiles.brookings().value()) : null;
    return RegionWriter.typologyJson(r, card);
  }

  /**
   * GET /api/regions/map.svg?level&view=typology|INDICATOR (+ typology parameters): counts per 100k
   * residents, rates as they are.
   */
  String map(Context ctx) {
    String level = param(ctx, "level", "metro");
    String view = param(ctx, "view", RegionFiles.AI_USER_SHARE);
    RegionInputs in = inputs(level);
    if (view.equals("typology")) {
      Typology.Result r = typology(ctx, level);
      return cached(
          "m:" + level + r.spec(),
          () ->
              UsMaps.groups(in, r, "Typology of " + level + " areas (" + r.k() + " groups)").svg());
    }
    if (!in.table().has(view) || view.equals(RegionFiles.POPULATION)) {
      throw new InputException(
          "query parameter view",
          "'" + view + "' is not an indicator of the data",
          "choose typology or one of "
              + in.table().indicators().stream().map(RegionIndicator::id).toList());
    }
    return cached(
        "m:" + level + view,
        () -> {
          // counts are mapped per 100,000 residents, rates as they are
          boolean count = in.table().indicator(view).isCount();
          double[] v = in.table().column(view);
          double[] p = in.table().column(RegionFiles.POPULATION);
          Map<String, Double> by = new HashMap<>();
          for (int i = 0; i < v.length; i++) {
            by.put(
                in.table().regions().get(i).code(),
                !count ? v[i] : p[i] > 0 ? v[i] / p[i] * Typology.PER_RESIDENTS : Double.NaN);
          }
          String label = in.table().indicator(view).label();
          Choropleth m =
              UsMaps.numeric(
                  in,
                  by,
                  label + (count ? " per 100k residents" : "") + " by " + level,
                  view.equals(RegionFiles.AI_USER_SHARE) ? "%.1f%%" : count ? "%.1f" : "%.2f");
          return m.svg();
        });
  }
}
