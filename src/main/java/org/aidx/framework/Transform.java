package org.aidx.framework;

import java.util.Locale;

/**
 * How a raw indicator value is transformed before imputation and normalisation.
 *
 * <ul>
 *   <li>{@code NONE}: x.
 *   <li>{@code LOG}: ln x, defined for x &gt; 0 only.
 *   <li>{@code PER_CAPITA}: x / population, with the population indicator named in the framework's
 *       {@code denominators}.
 *   <li>{@code PER_GDP}: x / GDP, likewise.
 * </ul>
 */
public enum Transform {
  NONE,
  LOG,
  PER_CAPITA,
  PER_GDP;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Transform parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    switch (t) {
      case "":
      case "none":
        return NONE;
      case "log":
      case "ln":
        return LOG;
      case "per-capita":
        return PER_CAPITA;
      case "per-gdp":
        return PER_GDP;
      default:
        throw new IllegalArgumentException(
            "transform '" + text + "' is not one of none, log, per-capita, per-gdp");
    }
  }
}
