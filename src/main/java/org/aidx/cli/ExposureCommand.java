package org.aidx.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code aidx exposure}: wired to the exposure engine. */
@Command(
    name = "exposure",
    mixinStandardHelpOptions = true,
    description = "AI exposure of each economy's output.")
final class ExposureCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
