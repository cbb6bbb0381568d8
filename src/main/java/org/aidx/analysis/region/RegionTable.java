package org.aidx.analysis.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable region × indicator table; a missing value is NaN. Arrays are copied in and out.
 *
 * <pre>{@code
 * RegionTable t = RegionTable.of(List.of(new Region("a", "A"), new Region("b", "B")),
 *     List.of(new RegionIndicator("pop", "people", "", Rule.SUM)), new double[][] {{10, 30}});
 * t.column("pop");   // [10.0, 30.0]
 * }</pre>
 */
public final class RegionTable {
  private final List<Region> regions;
  private final List<RegionIndicator> indicators;
  private final double[][] values; // [indicator][region]
  private final Map<String, Integer> regionIndex = new HashMap<>();
  private final Map<String, Integer> indicatorIndex = new HashMap<>();

  private RegionTable(List<Region> regions, List<RegionIndicator> indicators, double[][] values) {
    this.regions = List.copyOf(regions);
    this.indicators = List.copyOf(indicators);
    if (values.length != indicators.size()) {
      throw new IllegalArgumentException(
          indicators.size() + " indicators but " + values.length + " value columns");
    }
    this.values = new double[values.length][];
    for (int j = 0; j < values.length; j++) {
      if (values[j].length != regions.size()) {
        throw new IllegalArgumentException(
            "column "
                + indicators.get(j).id()
                + " has "
                + values[j].length
                + " values for "
                + regions.size()
                + " regions");
      }
      this.values[j] = values[j].clone();
    }
    for (int i = 0; i < this.regions.size(); i++) {
      if (regionIndex.put(this.regions.get(i).code(), i) != null) {
        throw new IllegalArgumentException("region " + this.regions.get(i).code() + " twice");
      }
    }
    for (int j = 0; j < this.indicators.size(); j++) {
      if (indicatorIndex.put(this.indicators.get(j).id(), j) != null) {
        throw new IllegalArgumentException("indicator " + this.indicators.get(j).id() + " twice");
      }
    }
  }

  /** A table; {@code byIndicator[j][i]} is indicator j of region i. */
  public static RegionTable of(
      List<Region> regions, List<RegionIndicator> indicators, double[][] byIndicator) {
    return new RegionTable(regions, indicators, byIndicator);
  }

  public List<Region> regions() {
    return regions;
  }

  public List<RegionIndicator> indicators() {
    return indicators;
  }

  public int size() {
    return regions.size();
  }

  public boolean has(String indicator) {
    return indicatorIndex.containsKey(indicator);
  }

  public RegionIndicator indicator(String id) {
    return indicators.get(column(id, true));
  }

  /** The values of one indicator, in region order (a copy). */
  public double[] column(String id) {
    return values[column(id, true)].clone();
  }

  /** Position of a region code, or -1. */
  public int indexOf(String code) {
    return regionIndex.getOrDefault(code, -1);
  }

  /** This table with one more indicator. */
  public RegionTable with(RegionIndicator indicator, double[] column) {
    List<RegionIndicator> ind = new ArrayList<>(indicators);
    ind.add(indicator);
    double[][] v = new double[values.length + 1][];
    System.arraycopy(values, 0, v, 0, values.length);
    v[values.length] = column;
    return new RegionTable(regions, ind, v);
  }

  /** The rows whose codes are given, in that order; unknown codes are a programmer error. */
  public RegionTable rows(List<String> codes) {
    List<Region> r = new ArrayList<>();
    double[][] v = new double[values.length][codes.size()];
    for (int k = 0; k < codes.size(); k++) {
      int i = indexOf(codes.get(k));
      if (i < 0) {
        throw new IllegalArgumentException("no region " + codes.get(k));
      }
      r.add(regions.get(i));
      for (int j = 0; j < values.length; j++) {
        v[j][k] = values[j][i];
      }
    }
    return new RegionTable(r, indicators, v);
  }

  private int column(String id, boolean required) {
    Integer j = indicatorIndex.get(id);
    if (j == null) {
      throw new IllegalArgumentException(
          "no indicator " + id + "; the table has " + indicatorIndex.keySet());
    }
    return j;
  }
}
