package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
  void clicking_an_economy_shows_its_sources_and_the_exports_hold_the_view() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(server.url());
      ready(b);
      d.findElement(By.cssSelector("#ranking tbody tr[data-iso3=JPN]")).click();
      assertThat(d.findElement(By.id("prov-economy")).getText()).isEqualTo("Japan (JPN)");
      JsonNode jpn = Http.of(server).get("/api/economies/JPN").json();
      List<WebElement> rows = d.findElements(By.cssSelector("#provenance tbody tr"));
      assertThat(rows).hasSize(jpn.get("indicators").size());
      for (int k = 0; k < rows.size(); k++) {
        List<WebElement> cells = rows.get(k).findElements(By.tagName("td"));
        JsonNode i = jpn.get("indicators").get(k);
        assertThat(cells.get(4).getText()).isEqualTo(i.path("source").asText(""));
        assertThat(cells.get(3).getText()).isEqualTo(i.has("year") ? i.get("year").asText() : "");
      }
      // Sort by the index ascending, then export: the CSV follows the table's order.
      d.findElement(By.cssSelector("#ranking thead th[data-key=index]")).click();
      d.findElement(By.cssSelector("#ranking thead th[data-key=index]")).click();
      String csv = (String) b.js("return window.aidxDashboard.csv();");
      List<String> lines = csv.lines().toList();
      assertThat(lines).hasSize(21);
      assertThat(lines.get(0)).startsWith("rank,tier,iso3,name,index,technology_activity,");
      List<String> shown =
          d.findElements(By.cssSelector("#ranking tbody tr")).stream()
              .map(r -> r.getAttribute("data-iso3"))
              .toList();
      assertThat(lines.subList(1, 21).stream().map(l -> l.split(",")[2]).toList()).isEqualTo(shown);
      assertThat(shown.get(0)).isEqualTo("BRA");
      String png = (String) b.js("return window.aidxDashboard.png();");
      assertThat(png).startsWith("data:image/png;base64,");
      byte[] bytes = java.util.Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
      assertThat(bytes.length).isGreaterThan(5000);
      b.js("document.getElementById('provenance').scrollIntoView();");
      b.screenshot(SHOTS.resolve("dashboard-provenance.png"));
    }
  }

  @Test
  void rank_intervals_are_drawn_when_the_server_has_robustness_results() {
    // A stand-in for the robustness analysis: intervals of ±1 around each economy's rank.
    Analyses stub =
        new Analyses() {
          @Override
          public JsonNode scenario(JsonNode request, IndexService service) {
            return Analyses.NONE.scenario(request, service);
          }

          @Override
          public JsonNode robustness(IndexRequest request, IndexService service) {
            var r = service.compute(request).result();
            var out = Http.JSON.createObjectNode();
            var a = out.putArray("intervals");
            for (int e = 0; e < r.economies().size(); e++) {
              a.addObject()
                  .put("iso3", r.economies().get(e))
                  .put("low", Math.max(1, r.rank(e) - 1))
                  .put("median", r.rank(e))
                  .put("high", r.rank(e) + 1);
            }
            return out;
          }
        };
    try (ApiServer s = ApiServer.start(ServerOptions.of(0, dir.resolve("robust")), stub);
        Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(s.url());
      ready(b);
      b.await(10, w -> w.findElement(By.id("robustness")).isDisplayed());
      assertThat(d.findElements(By.cssSelector("#robustness canvas"))).isNotEmpty();
      assertThat(d.findElement(By.id("robustness-msg")).getText())
          .startsWith("Rank under uncertainty");
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
