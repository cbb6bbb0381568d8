package org.aidx.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidx.data.Dataset;
import org.aidx.framework.Framework;
import org.aidx.model.InputException;

/**
 * The framework and dataset of a run and the files they came from. With no files given, the
 * embedded default: CICC's framework and the 20-economy dataset shipped in the jar.
 */
public record Inputs(Framework framework, Dataset dataset, List<InputFile> files) {
  public static final String DATA = "org/aidx/data/";
  public static final String CICC_FRAMEWORK = "org/aidx/framework/cicc.yaml";
  public static final String CICC_DATA = DATA + "cicc-indicators.csv";

  public Inputs {
    files = List.copyOf(files);
  }

  /**
   * Loads the inputs of a run.
   *
   * @param frameworkFile a YAML framework, or null
   * @param dataFiles data files, or empty for the embedded dataset
   * @param coinr COINr iData and iMeta files (both), or null; used for data and framework
   */
  public static Inputs load(Path frameworkFile, List<Path> dataFiles, List<Path> coinr) {
    List<InputFile> files = new ArrayList<>();
    Framework fw;
    Dataset data;
    if (coinr != null && !coinr.isEmpty()) {
      if (coinr.size() != 2) {
        throw new InputException(
            "--coinr", "expects two files, IDATA and IMETA", "pass --coinr iData.csv iMeta.csv");
      }
      files.add(InputFile.of("coinr-idata", coinr.get(0).toString(), bytes(coinr.get(0))));
      files.add(InputFile.of("coinr-imeta", coinr.get(1).toString(), bytes(coinr.get(1))));
      data = DataFiles.read(coinr.get(0));
      fw = FrameworkFiles.readCoinrMeta(coinr.get(1));
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
        data = embeddedDataset(files);
      } else {
        for (Path p : dataFiles) {
          files.add(InputFile.of("data", p.toString(), bytes(p)));
        }
        data = DataFiles.read(dataFiles);
      }
    }
    if (frameworkFile != null && coinr != null && !coinr.isEmpty()) {
      fw = FrameworkFiles.read(frameworkFile);
      files.add(InputFile.of("framework", frameworkFile.toString(), bytes(frameworkFile)));
    }
    return new Inputs(fw, data, files);
  }

  /**
   * The embedded 20-economy dataset, with the exposure indicators derived from its industry data.
   */
  static Dataset embeddedDataset(List<InputFile> files) {
    byte[] b = resource(CICC_DATA);
    files.add(InputFile.of("data", "embedded:" + CICC_DATA, b));
    return DataFiles.read("cicc-indicators.csv", b);
  }

  static byte[] bytes(Path p) {
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
