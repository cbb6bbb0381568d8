package org.aidx.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidx.pipeline.tier.Tiering;

/**
 * The non-default choices of a run, in words short enough for a table's title or a chart's caption:
 * every method of the spec that differs from the framework's own, and the changes made to the
 * framework (swaps, weights, intensity view) as the caller names them. Tables and charts are pasted
 * into memos without their command line, so each says how it was made.
 *
 * <p>Example: {@code --normalise minmax:1,100 --aggregate geometric --swap a=b} gives "normalise
 * minmax:1,100; aggregate geometric; swap a=b", and the title "AI Development Index (...) —
 * normalise minmax:1,100; aggregate geometric; swap a=b". The defaults give no caption.
 */
public final class MethodCaption {
  private MethodCaption() {}

  /**
   * The non-default choices.
   *
   * @param frameworkReference the framework's own reference economy, or null
   * @param frameworkChanges the changes made to the framework, e.g. "swap a=b", "weight x=2"
   */
  public static List<String> of(
      PipelineSpec spec, String frameworkReference, List<String> frameworkChanges) {
    List<String> out = new ArrayList<>();
    if (spec.normalise() != null) {
      out.add("normalise " + spec.normalise().label());
    }
    if (spec.aggregate() != null) {
      out.add("aggregate " + spec.aggregate().label());
    }
    for (Map.Entry<String, org.aidx.framework.Aggregation> e : spec.aggregateAt().entrySet()) {
      out.add("aggregate at " + e.getKey() + "=" + e.getValue().label());
    }
    if (spec.impute() != null) {
      out.add("impute " + spec.impute().label());
    }
    if (!spec.treat().equals(org.aidx.pipeline.treat.Treatment.none())) {
      out.add("treat " + spec.treat().label());
    }
    if (spec.denominate()) {
      out.add("denominated");
    }
    if (!spec.tiers().equals(Tiering.automatic())) {
      out.add("tiers " + spec.tiers().label());
    }
    if (spec.zeroFloor() != null) {
      out.add("zero floor " + spec.zeroFloor());
    }
    if (spec.geometricFloor() != null) {
      out.add("score floor " + spec.geometricFloor());
    }
    if (spec.reference() != null && !spec.reference().equals(frameworkReference)) {
      out.add("reference " + spec.reference());
    }
    if (spec.year() != null) {
      out.add("data up to " + spec.year());
    }
    if (spec.maxAge() != null) {
      out.add("values at most " + spec.maxAge() + " years old");
    }
    out.addAll(frameworkChanges);
    return List.copyOf(out);
  }

  /**
   * "title — choice; choice", or the title alone for the defaults. A choice the title already
   * states (a framework named for its weights, "…, weights diffusion=0") is not repeated.
   */
  public static String title(String title, List<String> choices) {
    List<String> missing = choices.stream().filter(c -> !title.contains(c)).toList();
    return missing.isEmpty() ? title : title + " — " + String.join("; ", missing);
  }
}
