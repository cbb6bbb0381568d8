package org.aidx.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The import order of the packages, from the vocabulary up to the command line: a package may use
 * those on the lines above it, never those below. ArchUnit reads the compiled classes, so a fully
 * qualified name counts as much as an import.
 *
 * <pre>
 * model
 * data, method, framework, store, records
 * exposure
 * pipeline
 * analysis
 * input, output
 * report
 * api
 * cli
 * </pre>
 */
@AnalyzeClasses(packages = "org.aidx", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
  private static final String[] ORDER = {
    "Model", "Core", "Exposure", "Pipeline", "Analysis", "InputOutput", "Report", "Api", "Cli"
  };

  @ArchTest static final ArchRule each_package_uses_only_those_below_it = layers();

  /** Within a line of the order, packages still do not depend on one another both ways. */
  @ArchTest
  static final ArchRule no_two_packages_depend_on_each_other =
      slices().matching("org.aidx.(*)..").should().beFreeOfCycles();

  private static ArchRule layers() {
    var arch =
        layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Model")
            .definedBy("org.aidx.model..")
            .layer("Core")
            .definedBy(
                "org.aidx.data..",
                "org.aidx.method..",
                "org.aidx.framework..",
                "org.aidx.store..",
                "org.aidx.records..")
            .layer("Exposure")
            .definedBy("org.aidx.exposure..")
            .layer("Pipeline")
            .definedBy("org.aidx.pipeline..")
            .layer("Analysis")
            .definedBy("org.aidx.analysis..")
            .layer("InputOutput")
            .definedBy("org.aidx.input..", "org.aidx.output..")
            .layer("Report")
            .definedBy("org.aidx.report..")
            .layer("Api")
            .definedBy("org.aidx.api..")
            .layer("Cli")
            .definedBy("org.aidx.cli..");
    for (int k = 0; k < ORDER.length - 1; k++) {
      String[] above = java.util.Arrays.copyOfRange(ORDER, k + 1, ORDER.length);
      arch = arch.whereLayer(ORDER[k]).mayOnlyBeAccessedByLayers(above);
    }
    return arch.whereLayer("Cli").mayNotBeAccessedByAnyLayer();
  }
}
