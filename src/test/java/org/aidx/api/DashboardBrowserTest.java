package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.aidx.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The dashboard in headless Chromium against a real server; screenshots in target/screenshots. */
class DashboardBrowserTest {
  @TempDir static Path dir;
  static ApiServer server;
  static final Path SHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void start() {
    server = ApiServer.start(ServerOptions.of(0, dir), Analyses.NONE);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String version(WebDriver d) {
    WebElement s = d.findElement(By.id("status"));
    return "ready".equals(s.getAttribute("data-state")) ? s.getAttribute("data-version") : null;
  }

  /** Waits for the page's first rendering; on a time-out, says what the page shows. */
  private static String ready(Browser b) {
    try {
      return b.await(30, DashboardBrowserTest::version);
    } catch (org.openqa.selenium.TimeoutException e) {
      WebDriver d = b.driver();
      throw new AssertionError(
          "the dashboard did not render: status '"
              + d.findElement(By.id("status")).getText()
              + "', error '"
              + d.findElement(By.id("error")).getText()
              + "'",
          e);
    }
  }

  private static List<String> isoByRank(WebDriver d) {
    return d.findElements(By.cssSelector("#ranking tbody tr")).stream()
        .map(r -> r.getAttribute("data-iso3"))
        .toList();
  }

  @Test
  void the_table_shows_20_economies_and_a_weight_slider_reranks_them() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(server.url());
      String v0 = ready(b);
      List<String> before = isoByRank(d);
      assertThat(before).hasSize(20);
      // The page shows the server's ranking: same order as GET /api/index.
      List<String> api = new java.util.ArrayList<>();
      Http.of(server)
          .get("/api/index")
          .json()
          .get("economies")
          .forEach(e -> api.add(e.get("iso3").asText()));
      assertThat(before).isEqualTo(api);
      assertThat(d.findElements(By.cssSelector("#ranking thead th"))).hasSize(4 + 2 + 7);
      assertThat(d.findElements(By.cssSelector("#scatter canvas"))).isNotEmpty();

      // Drag the technology layer to its minimum (0.1) with the keyboard, as a user would.
      WebElement slider = d.findElement(By.id("w-technology_activity"));
      slider.click();
      slider.sendKeys(Keys.HOME);
      try {
        b.await(
            20,
            w -> {
              String v = version(w);
              return v != null && !v.equals(v0) && slider.getAttribute("value").equals("0.1")
                  ? v
                  : null;
            });
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError(
            "no re-ranking after moving the slider: status '"
                + d.findElement(By.id("status")).getText()
                + "', error '"
                + d.findElement(By.id("error")).getText()
                + "'",
            e);
      }
      List<String> after = isoByRank(d);
      assertThat(after).hasSize(20).isNotEqualTo(before);
      // Ranked as the API ranks with that weight.
      List<String> expected = new java.util.ArrayList<>();
      Http.of(server)
          .post("/api/index", "{\"weights\": {\"technology_activity\": 0.1}}")
          .json()
          .get("economies")
          .forEach(e -> expected.add(e.get("iso3").asText()));
      assertThat(after).isEqualTo(expected);
      b.screenshot(SHOTS.resolve("dashboard-1280x800.png"));
    }
  }

  @Test
  void the_scenario_editor_explains_that_scenarios_are_not_wired_yet() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(server.url());
      ready(b);
      d.findElement(By.id("scenario-run")).click();
      String msg =
          b.await(
              10,
              w -> {
                String t = w.findElement(By.id("scenario-msg")).getText();
                return t.isEmpty() ? null : t;
              });
      assertThat(msg).contains("scenarios are not available");
      assertThat(d.findElement(By.id("robustness-msg")).getText())
          .contains("robustness summaries are not available");
    }
  }

  @Test
  void at_phone_width_the_page_fits_and_still_lists_every_economy() {
    try (Browser b = Browser.start(390, 844)) {
      WebDriver d = b.driver();
      d.get(server.url());
      ready(b);
      assertThat(isoByRank(d)).hasSize(20);
      long inner = (Long) b.js("return window.innerWidth;");
      long scroll = (Long) b.js("return document.documentElement.scrollWidth;");
      assertThat(inner).isEqualTo(390);
      assertThat(scroll).as("no sideways scrolling of the page").isLessThanOrEqualTo(inner);
      b.screenshot(SHOTS.resolve("dashboard-390.png"));
    }
  }
}
