package org.aidx.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven by Selenium, for tests that open a page. The binaries are given
 * explicitly ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}, or the environment
 * variables {@code AIDX_CHROMIUM} / {@code AIDX_CHROMEDRIVER}), so Selenium Manager never runs and
 * nothing is downloaded. When they are missing, {@link #start} fails with the command that installs
 * them: browser tests must fail, not skip, on a machine without a browser.
 *
 * <pre>
 * try (Browser b = Browser.start(1280, 800)) {
 *   b.driver().get(url);
 *   b.screenshot(Path.of("target/screenshots/page.png"));
 * }
 * </pre>
 */
public final class Browser implements AutoCloseable {
  // Held so the setting sticks: Selenium's "no exact CDP match" warning is harmless (no DevTools
  // use).
  private static final java.util.logging.Logger CDP_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  static {
    CDP_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  private final WebDriver driver;

  private Browser(WebDriver driver) {
    this.driver = driver;
  }

  /** A 1280×800 window. */
  public static Browser start() {
    return start(1280, 800);
  }

  /** A headless window of this size in CSS pixels (390 wide for a phone). */
  public static Browser start(int width, int height) {
    Path chromium = binary("AIDX_CHROMIUM", "/usr/bin/chromium");
    Path chromedriver = binary("AIDX_CHROMEDRIVER", "/usr/bin/chromedriver");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(chromium.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox", // the tests run as root in CI containers
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--window-size=" + width + "," + height);
    if (width < 500) {
      // Desktop windows cannot be narrower than about 500 px; emulate the phone's viewport.
      o.setExperimentalOption(
          "mobileEmulation",
          java.util.Map.of(
              "deviceMetrics",
              java.util.Map.of("width", width, "height", height, "pixelRatio", 1)));
    }
    ChromeDriverService svc =
        new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build();
    ChromeDriver d = new ChromeDriver(svc, o);
    return new Browser(d);
  }

  private static Path binary(String env, String fallback) {
    String p = System.getenv(env);
    Path path = Path.of(p != null && !p.isBlank() ? p : fallback);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          "browser tests need "
              + path
              + ", which is missing. Install it with 'apt-get install -y chromium chromium-driver'"
              + " (as .ci/run does), or point "
              + env
              + " at an executable.");
    }
    return path;
  }

  public WebDriver driver() {
    return driver;
  }

  /** Runs JavaScript in the page and returns its result. */
  public Object js(String script, Object... args) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits up to {@code seconds} for {@code condition} to return a non-null, non-false value. */
  public <T> T await(int seconds, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(condition);
  }

  /** Saves a PNG of the viewport, creating the directory. */
  public Path screenshot(Path file) {
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
