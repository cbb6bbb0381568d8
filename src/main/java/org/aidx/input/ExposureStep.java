package org.aidx.input;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidx.data.Dataset;
import org.aidx.exposure.EconomyExposure;
import org.aidx.exposure.ExposureEngine;
import org.aidx.exposure.Rescaling;
import org.aidx.exposure.StructureScheme;

/**
 * The exposure indicators still to derive after the inputs are read: {@code exposed_share}, {@code
 * ai_exposed_output_ppp} and the diffusion measures, computed by {@link ExposureEngine} from the
 * shipped industry data (value-added structure, min-max rescaled AIIE). Reading never derives;
 * {@link Inputs#deriveExposure()} runs this step, so a run that reads its inputs states it.
 *
 * <ul>
 *   <li>{@link None}: nothing to derive (a user's own data, COINr files, or already derived).
 *   <li>{@link Embedded}: the embedded dataset gains the indicators of its 20 economies.
 *   <li>{@link Added}: a user's data was added to the embedded data; the indicators are derived for
 *       the shipped economies from the combined data, and a user value for a derived indicator is
 *       settled against the derived one by the same rule as other conflicts.
 * </ul>
 */
public sealed interface ExposureStep {
  /** Nothing to derive. */
  ExposureStep NONE = new None();

  /**
   * The dataset with the exposure indicators; conflicts between a user's values and derived ones
   * are appended to {@code notes}.
   */
  Dataset apply(Dataset read, List<String> notes);

  /** Nothing to derive. */
  record None() implements ExposureStep {
    @Override
    public Dataset apply(Dataset read, List<String> notes) {
      return read;
    }
  }

  /**
   * The indicators of every economy of the embedded dataset.
   *
   * @param year the latest industry-structure and GDP year to use, or null for the latest complete
   */
  record Embedded(Integer year) implements ExposureStep {
    @Override
    public Dataset apply(Dataset read, List<String> notes) {
      return read.with(derived(read, year));
    }
  }

  /**
   * The indicators of the shipped economies, from the embedded data with a user's data added.
   *
   * @param year the latest industry-structure and GDP year to use, or null for the latest complete
   * @param shipped the economies of the embedded dataset (those with industry structures)
   * @param user the user's data as read, whose values of derived indicators are settled by {@code
   *     rule}
   * @param rule how a user value that differs from a derived one is settled
   */
  record Added(Integer year, Set<String> shipped, Dataset user, DataAddition.Rule rule)
      implements ExposureStep {
    public Added {
      shipped = Set.copyOf(shipped);
    }

    @Override
    public Dataset apply(Dataset combined, List<String> notes) {
      Dataset shippedEconomies =
          Dataset.of(
              combined.observations().stream().filter(o -> shipped.contains(o.economy())).toList(),
              Map.of());
      Dataset derived = Dataset.of(derived(shippedEconomies, year), Map.of());
      Set<String> derivedIds = Set.copyOf(derived.indicators());
      // the user's own values of derived indicators are settled against the derived ones
      DataAddition second =
          DataAddition.of(
              derived,
              Dataset.of(
                  user.observations().stream()
                      .filter(o -> derivedIds.contains(o.indicator()))
                      .toList(),
                  Map.of()),
              rule);
      notes.addAll(second.conflicts());
      return Dataset.of(
              combined.observations().stream()
                  .filter(o -> !derivedIds.contains(o.indicator()))
                  .toList(),
              combined.names(),
              combined.groups())
          .with(second.data().observations());
    }
  }

  /** The indicator id of diffusion measured over the 14 employment groups (the CICC default). */
  String DIFFUSION_VARIANCE_EMPLOYMENT = "diffusion_variance_employment";

  /**
   * The derived indicators: the value-added measures ({@link EconomyExposure#observations}) and
   * {@value #DIFFUSION_VARIANCE_EMPLOYMENT}, the variance of the shares of AI-exposed employment
   * over the 14 ILO employment groups (same exposures, the employment structure as the weights).
   */
  static List<org.aidx.model.Observation> derived(Dataset data, Integer year) {
    List<EconomyExposure> va =
        Inputs.exposure(data, StructureScheme.VALUE_ADDED, Rescaling.MIN_MAX, year);
    List<EconomyExposure> emp =
        Inputs.exposure(data, StructureScheme.EMPLOYMENT, Rescaling.MIN_MAX, year);
    List<org.aidx.model.Observation> out =
        new java.util.ArrayList<>(ExposureEngine.observations(va));
    for (org.aidx.model.Observation o : ExposureEngine.observations(emp)) {
      if (o.indicator().equals(EconomyExposure.DIFFUSION_VARIANCE)) {
        out.add(
            new org.aidx.model.Observation(
                o.economy(), DIFFUSION_VARIANCE_EMPLOYMENT, o.year(), o.value(), o.provenance()));
      }
    }
    return out;
  }
}
