package org.aidx.input;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The folder aidx is installed in (the clone), where shipped inputs too large for the jar live: the
 * raw records of the built-in records jobs ({@code data/records/}). Built-in jobs resolve their
 * relative input paths against it, so {@code aidx records run conference-authorship} works from any
 * working folder.
 *
 * <p>Found, in order, from the system property {@value #PROPERTY} (the {@code ./aidx} launcher sets
 * it to the folder it resolved through any symbolic links), then from where the classes were
 * loaded: {@code HOME/target/aidx.jar} or {@code HOME/target/classes/} give {@code HOME}. When
 * neither applies (a jar copied elsewhere) the working folder is used, as before.
 */
public final class InstallDir {
  /** The system property naming the install folder. */
  public static final String PROPERTY = "aidx.home";

  private InstallDir() {}

  /**
   * The folder built-in jobs resolve their inputs against: the empty path (the working folder) when
   * aidx runs from its own clone or its home cannot be found, else the home as an absolute path.
   * Keeping the empty path in the first case keeps messages and manifests as short as they were
   * ({@code data/records/...}).
   */
  public static Path forShippedInputs() {
    return relativeToWorkingFolder(
        home(System.getProperty(PROPERTY), codeSource()), Path.of("").toAbsolutePath());
  }

  /**
   * The install folder from the property's value or, without one, from the location the classes
   * were loaded from.
   *
   * @param property the value of {@value #PROPERTY}, or null
   * @param codeSource the jar file or classes folder aidx runs from, or null
   */
  static Optional<Path> home(String property, Path codeSource) {
    if (property != null && !property.isBlank()) {
      return Optional.of(Path.of(property).toAbsolutePath().normalize());
    }
    if (codeSource == null) {
      return Optional.empty();
    }
    Path target = codeSource.toAbsolutePath().normalize().getParent();
    if (target == null
        || target.getFileName() == null
        || !target.getFileName().toString().equals("target")
        || target.getParent() == null) {
      return Optional.empty();
    }
    return Optional.of(target.getParent());
  }

  /** The empty path when {@code home} is missing or is the working folder, else {@code home}. */
  static Path relativeToWorkingFolder(Optional<Path> home, Path workingFolder) {
    return home.filter(h -> !h.equals(workingFolder.toAbsolutePath().normalize()))
        .orElse(Path.of(""));
  }

  private static Path codeSource() {
    try {
      CodeSource source = InstallDir.class.getProtectionDomain().getCodeSource();
      URL location = source == null ? null : source.getLocation();
      return location == null || !"file".equals(location.getProtocol())
          ? null
          : Path.of(location.toURI());
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      // an unusual class loader: fall back to the working folder
      return null;
    }
  }
}
