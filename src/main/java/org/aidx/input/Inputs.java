package org.aidx.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.aidx.data.Dataset;
import org.aidx.exposure.EconomyExposure;
import org.aidx.exposure.ExposureEngine;
import org.aidx.exposure.Rescaling;
import org.aidx.exposure.StructureScheme;
import org.aidx.framework.Framework;
import org.aidx.model.InputException;

/**
 * The framework and dataset of a run and the files they came from. With no files given, the
 * embedded default: CICC's framework and the 20-economy dataset shipped in the jar.
 *
 * <p>Two steps: {@link #read} only reads (files, layouts, data added to the shipped data) and
 * records in {@link #exposure} which exposure indicators are still to derive; {@link
 * #deriveExposure()} derives them. {@link #load} does both.
 *
 * @param notes conflicts between a user's data and the shipped or derived data, one line each
 * @param exposure the exposure step still to run ({@link ExposureStep#NONE} once derived)
 */
public record Inputs(
    Framework framework,
    Dataset dataset,
    List<InputFile> files,
    List<String> notes,
    ExposureStep exposure) {
  public static final String DATA = "org/aidx/data/";
  public static final String CICC_FRAMEWORK = "org/aidx/framework/cicc.yaml";
  public static final String CICC_DATA = DATA + "cicc-indicators.csv";

  /**
   * How data files are read and combined.
   *
   * @param layout every file's layout, or null to detect each file's
   * @param add whether the files add to the shipped data (true) or replace it (false)
   * @param onConflict how a user value that differs from a shipped one is settled, when adding
   */
  public record DataOptions(Layout layout, boolean add, DataAddition.Rule onConflict) {
    public static final DataOptions DEFAULT = new DataOptions(null, false, DataAddition.Rule.ERROR);

    public DataOptions {
      if (onConflict == null) {
        throw new IllegalArgumentException("onConflict is required");
      }
    }
  }

  public Inputs {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
    if (exposure == null) {
      throw new IllegalArgumentException("exposure is required (ExposureStep.NONE for none)");
    }
  }

  /** Inputs with nothing left to derive. */
  public Inputs(Framework framework, Dataset dataset, List<InputFile> files, List<String> notes) {
    this(framework, dataset, files, notes, ExposureStep.NONE);
  }

  /** Inputs without notes, with nothing left to derive. */
  public Inputs(Framework framework, Dataset dataset, List<InputFile> files) {
    this(framework, dataset, files, List.of());
  }

  /** The same inputs with another framework (e.g. one method changed at one level). */
  public Inputs withFramework(Framework f) {
    return new Inputs(f, dataset, files, notes, exposure);
  }

  /**
   * The step after reading: the exposure indicators derived from the shipped industry data (see
   * {@link ExposureStep}), conflicts with a user's values of them added to the notes. Inputs with
   * nothing to derive are returned as they are.
   */
  public Inputs deriveExposure() {
    if (exposure instanceof ExposureStep.None) {
      return this;
    }
    List<String> n = new ArrayList<>(notes);
    Dataset d = exposure.apply(dataset, n);
    return new Inputs(framework, d, files, n, ExposureStep.NONE);
  }

  /**
   * Loads the inputs of a run.
   *
   * @param frameworkFile a YAML framework, or null
   * @param dataFiles data files, or empty for the embedded dataset
   * @param coinr COINr iData and iMeta files (both), or null; used for data and framework
   */
  public static Inputs load(Path frameworkFile, List<Path> dataFiles, List<Path> coinr) {
    return load(frameworkFile, dataFiles, coinr, null);
  }

  /**
   * As {@link #load(Path, List, List)}; {@code year} caps the industry-structure and GDP years of
   * the embedded exposure indicators.
   */
  public static Inputs load(
      Path frameworkFile, List<Path> dataFiles, List<Path> coinr, Integer year) {
    return load(frameworkFile, dataFiles, coinr, year, DataOptions.DEFAULT);
  }

  /**
   * As {@link #load(Path, List, List, Integer)}, reading the data files as {@code options} say:
   * with {@code add}, the files are added to the shipped dataset (conflicts settled by the rule and
   * listed in {@link #notes}) and the exposure indicators are recomputed from the combined data.
   * The same as {@link #read} followed by {@link #deriveExposure()}.
   */
  public static Inputs load(
      Path frameworkFile,
      List<Path> dataFiles,
      List<Path> coinr,
      Integer year,
      DataOptions options) {
    return read(frameworkFile, dataFiles, coinr, year, options).deriveExposure();
  }

  /**
   * Reads the inputs of a run without deriving anything: the embedded dataset, or the shipped data
   * with a user's added, lacks the exposure indicators until {@link #deriveExposure()} runs the
   * {@link #exposure} step recorded here.
   *
   * @param year the latest industry-structure and GDP year the exposure step will use, or null
   */
  public static Inputs read(
      Path frameworkFile,
      List<Path> dataFiles,
      List<Path> coinr,
      Integer year,
      DataOptions options) {
    List<InputFile> files = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Framework fw;
    Dataset data;
    ExposureStep exposure = ExposureStep.NONE;
    if (coinr != null && !coinr.isEmpty()) {
      if (coinr.size() != 2) {
        throw new InputException(
            "--coinr", "expects two files, IDATA and IMETA", "pass --coinr iData.csv iMeta.csv");
      }
      files.add(InputFile.of("coinr-idata", coinr.get(0).toString(), bytes(coinr.get(0))));
      files.add(InputFile.of("coinr-imeta", coinr.get(1).toString(), bytes(coinr.get(1))));
      fw = FrameworkFiles.readCoinrMeta(coinr.get(1));
      data =
          DataFiles.readCoinr(
              coinr.get(0),
              FrameworkFiles.coinrCodesOfType(coinr.get(1), "Group"),
              FrameworkFiles.coinrCodesOfType(coinr.get(1), "Other"));
    } else {
      if (frameworkFile != null) {
        fw = FrameworkFiles.read(frameworkFile);
        files.add(InputFile.of("framework", frameworkFile.toString(), bytes(frameworkFile)));
      } else {
        byte[] b = resource(CICC_FRAMEWORK);
        fw = FrameworkFiles.parse("embedded:" + CICC_FRAMEWORK, b);
        files.add(InputFile.of("framework", "embedded:" + CICC_FRAMEWORK, b));
      }
      if (dataFiles == null || dataFiles.isEmpty()) {
        if (options.add()) {
          throw new InputException(
              "--data-mode add", "no data file given to add", "name files with --data");
        }
        data = embeddedDataset(files);
        exposure = new ExposureStep.Embedded(year);
      } else {
        for (Path p : dataFiles) {
          files.add(InputFile.of("data", p.toString(), bytes(p)));
        }
        Dataset user = DataFiles.read(dataFiles, options.layout());
        if (options.add()) {
          Dataset base = embeddedBase(files);
          data = addedToEmbedded(base, user, options.onConflict(), notes);
          exposure =
              new ExposureStep.Added(
                  year, Set.copyOf(base.economies()), user, options.onConflict());
        } else {
          data = user;
        }
      }
    }
    if (frameworkFile != null && coinr != null && !coinr.isEmpty()) {
      fw = FrameworkFiles.read(frameworkFile);
      files.add(InputFile.of("framework", frameworkFile.toString(), bytes(frameworkFile)));
    }
    return new Inputs(fw, data, files, notes, exposure);
  }

  /**
   * The user's data added to the embedded base data, conflicts settled by {@code rule} and listed
   * in {@code notes}; the exposure indicators are derived afterwards ({@link ExposureStep.Added}).
   */
  static Dataset addedToEmbedded(
      Dataset base, Dataset user, DataAddition.Rule rule, List<String> notes) {
    DataAddition first = DataAddition.of(base, user, rule);
    notes.addAll(first.conflicts());
    return first.data();
  }

  /** The embedded base data, read and listed among the files. */
  private static Dataset embeddedBase(List<InputFile> files) {
    byte[] b = resource(CICC_DATA);
    files.add(InputFile.of("data", "embedded:" + CICC_DATA, b));
    return DataFiles.read("cicc-indicators.csv", b);
  }

  /**
   * The embedded 20-economy dataset as read, without the exposure indicators ({@code
   * ai_exposed_output_ppp}, {@code diffusion_variance}, {@code exposed_share}) that {@link
   * ExposureStep.Embedded} derives from the industry data listed here among the files.
   */
  static Dataset embeddedDataset(List<InputFile> files) {
    Dataset base = embeddedBase(files);
    for (String f :
        List.of(
            ExposureFiles.INDUSTRY_STRUCTURE,
            ExposureFiles.INDUSTRY_MAPPING,
            "aiie-industry-exposure-naics4.csv")) {
      files.add(InputFile.of("exposure", "embedded:" + DATA + f, resource(DATA + f)));
    }
    return base;
  }

  /** The exposure of every economy of {@code data} from the embedded industry files. */
  public static List<EconomyExposure> exposure(
      Dataset data, StructureScheme scheme, Rescaling rescaling, Integer year) {
    ExposureEngine engine =
        ExposureEngine.of(
                ExposureFiles.loadDefaultIndustryExposure().withRescaling(rescaling),
                ExposureFiles.loadDefaultMapping(),
                scheme)
            .withMaxYear(year);
    return engine.measureAll(data.economies(), ExposureFiles.loadDefaultStructures(), data);
  }

  /** The embedded dataset without derived indicators. */
  public static Dataset embeddedBase() {
    return DataFiles.read("cicc-indicators.csv", resource(CICC_DATA));
  }

  /** A file's bytes; a missing or unreadable file is an {@link InputException} naming it. */
  public static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new InputException(
          p.toString(),
          "file not found",
          "check the path (relative to " + Path.of("").toAbsolutePath() + ")");
    } catch (IOException e) {
      throw new InputException(
          p.toString(), "cannot be read: " + e.getMessage(), "check permissions");
    }
  }

  public static byte[] resource(String path) {
    try (InputStream in = Inputs.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("embedded resource " + path + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
