package org.aidx.report.region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aidx.analysis.region.Region;
import org.aidx.analysis.region.Typology;
import org.aidx.input.Inputs;
import org.aidx.input.RegionInputs;
import org.aidx.input.TopoJson;

/**
 * Maps of US regions on the county and state boundaries of the npm package {@code us-atlas} 3.0.1
 * (ISC licence, Census cartographic boundaries 2017, 1:10m), shipped in the jar. A metro area is
 * drawn as its counties, each filled with the metro's value. Connecticut's 2022 planning regions
 * have no shapes in these boundaries (which still show the former counties), so Connecticut is grey
 * on county and metro maps.
 */
public final class UsMaps {
  private UsMaps() {}

  private static final String DIR = "org/aidx/data/regions/";
  private static List<TopoJson.Feature> counties;
  private static List<TopoJson.Feature> states;

  static synchronized List<TopoJson.Feature> counties() {
    if (counties == null) {
      counties = TopoJson.features(Inputs.resource(DIR + "counties-10m.json"), "counties");
    }
    return counties;
  }

  static synchronized List<TopoJson.Feature> states() {
    if (states == null) {
      states = TopoJson.features(Inputs.resource(DIR + "states-10m.json"), "states");
    }
    return states;
  }

  /** A map of one value per region of {@code in} (NaN: no value). */
  public static Choropleth numeric(
      RegionInputs in, Map<String, Double> byRegion, String title, String format) {
    Map<String, String> names = names(in);
    if (in.level().equals("state")) {
      return Choropleth.numeric(title, states(), states(), byRegion, names, format, 5);
    }
    Map<String, Double> byCounty = new HashMap<>();
    Map<String, String> countyNames = new HashMap<>();
    for (TopoJson.Feature f : counties()) {
      String region = in.parentOf().isEmpty() ? f.id() : in.parentOf().get(f.id());
      if (region != null && byRegion.containsKey(region)) {
        byCounty.put(f.id(), byRegion.get(region));
        countyNames.put(f.id(), names.getOrDefault(region, region));
      }
    }
    return Choropleth.numeric(title, counties(), states(), byCounty, countyNames, format, 5);
  }

  /** The typology's groups on the map. */
  public static Choropleth groups(RegionInputs in, Typology.Result t, String title) {
    Map<String, Integer> byRegion = new HashMap<>();
    for (int i = 0; i < t.regions().size(); i++) {
      byRegion.put(t.regions().get(i).code(), t.group().get(i));
    }
    List<String> groupNames = t.groups().stream().map(Typology.Group::name).toList();
    Map<String, String> names = names(in);
    if (in.level().equals("state")) {
      return Choropleth.groups(title, states(), states(), byRegion, names, groupNames);
    }
    Map<String, Integer> byCounty = new HashMap<>();
    Map<String, String> countyNames = new HashMap<>();
    for (TopoJson.Feature f : counties()) {
      String region = in.parentOf().isEmpty() ? f.id() : in.parentOf().get(f.id());
      if (region != null && byRegion.containsKey(region)) {
        byCounty.put(f.id(), byRegion.get(region));
        countyNames.put(f.id(), names.getOrDefault(region, region));
      }
    }
    return Choropleth.groups(title, counties(), states(), byCounty, countyNames, groupNames);
  }

  private static Map<String, String> names(RegionInputs in) {
    Map<String, String> m = new HashMap<>();
    for (Region r : in.table().regions()) {
      m.put(r.code(), r.name());
    }
    return m;
  }
}
