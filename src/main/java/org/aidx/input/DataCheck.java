package org.aidx.input;

import java.util.ArrayList;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.framework.Node;
import org.aidx.model.Names;
import org.aidx.model.Problem;

/**
 * The checks of {@code aidx data check} beyond reading the file, shared by the CLI and the upload
 * endpoint of {@code aidx serve} so that both say the same thing.
 */
public final class DataCheck {
  private DataCheck() {}

  /**
   * One problem per framework indicator that has no value at all in the data, e.g. {@code framework
   * cicc-ai-development-index, indicator top500_rmax_tflops: has no data in the files. Fix: add its
   * values or remove it from the framework (did you mean 'top500_rmax'?)}.
   */
  public static List<Problem> indicatorsWithoutData(Framework fw, Dataset d) {
    List<Problem> problems = new ArrayList<>();
    for (Node.Indicator ind : fw.indicators()) {
      if (!d.hasIndicator(ind.id())) {
        problems.add(
            new Problem(
                "framework " + fw.id() + ", indicator " + ind.id(),
                "has no data in the files",
                "add its values or remove it from the framework"
                    + Names.didYouMean(ind.id(), d.indicators())));
      }
    }
    return problems;
  }
}
