package org.aidx.input;

import java.util.Arrays;
import java.util.Locale;
import org.aidx.model.InputException;

/**
 * How a data file's table is laid out. Detected from the header unless the user names it ({@code
 * --layout}); every error about a file names the layout it was read as.
 */
public enum Layout {
  /** One row per value: {@code iso3,indicator,year,value[,country,unit,source,note]}. */
  LONG("long", "iso3,indicator,year,value[,country,unit,source,note]"),
  /** One row per economy (and year): {@code iso3[,name][,year],<indicator>...}. */
  WIDE("wide", "iso3[,name][,year],<indicator>..."),
  /** COINr's iData: {@code uCode[,uName][,Time][,Group_*],<indicator>...}. */
  COINR("coinr", "uCode[,uName][,Time][,Group_*],<indicator>..."),
  /**
   * A World Bank download: optional metadata lines, then {@code Country Name,Country Code,Indicator
   * Name,Indicator Code,1960,...}.
   */
  WORLDBANK("worldbank", "Country Name,Country Code,Indicator Name,Indicator Code,<year>..."),
  /**
   * SDMX-CSV 1.0 ({@code DATAFLOW,...}) or 2.0 ({@code STRUCTURE,STRUCTURE_ID,...}): dimensions,
   * {@code TIME_PERIOD}, {@code OBS_VALUE}, then attributes.
   */
  SDMX("sdmx", "DATAFLOW|STRUCTURE,STRUCTURE_ID,<dimensions>,TIME_PERIOD,OBS_VALUE,<attributes>");

  private final String label;
  private final String columns;

  Layout(String label, String columns) {
    this.label = label;
    this.columns = columns;
  }

  public String label() {
    return label;
  }

  /** The columns this layout expects, for messages. */
  public String columns() {
    return columns;
  }

  /** Parses {@code long|wide|coinr|worldbank|sdmx} (any case; {@code world-bank} too). */
  public static Layout parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("-", "");
    for (Layout l : values()) {
      if (l.label.equals(t)) {
        return l;
      }
    }
    throw new InputException(
        "--layout",
        "'" + text + "' is not a layout",
        "use one of " + String.join(", ", Arrays.stream(values()).map(Layout::label).toList()));
  }

  /** The layout a header suggests, or null. */
  static Layout detect(CsvTable t) {
    if (t.has("OBS_VALUE") && t.has("TIME_PERIOD")) {
      return SDMX;
    }
    if (t.has("Country Code") && t.has("Indicator Code")) {
      return WORLDBANK;
    }
    if (t.has("indicator")) {
      return LONG;
    }
    if (t.has("uCode")) {
      return COINR;
    }
    if (t.has("iso3")) {
      return WIDE;
    }
    return null;
  }
}
