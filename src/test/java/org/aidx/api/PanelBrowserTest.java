package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aidx.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The dashboard's "Over time" card in headless Chromium: the year slider and the play button. */
class PanelBrowserTest {
  @RegisterExtension static final TestServer running = new TestServer(Analyses.builtIn());
  static final Path SHOTS = Path.of("target", "screenshots");

  private static String ready(WebDriver d) {
    String st = d.findElement(By.id("panel-msg")).getAttribute("data-state");
    if ("error".equals(st)) {
      throw new AssertionError(d.findElement(By.id("panel-msg")).getText());
    }
    return "ready".equals(st) ? st : null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> table(Browser b) {
    return (List<String>) b.js("return window.aidxPanel.table();");
  }

  /** The economies of one year of GET /api/panel, in the order the API lists them (by rank). */
  private static List<String> apiOrder(JsonNode panel, int year) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : panel.get("rows")) {
      if (r.get("year").asInt() == year) {
        out.add(r.get("iso3").asText());
      }
    }
    return out;
  }

  @Test
  void the_year_slider_moves_the_table_through_the_years_of_the_api() {
    JsonNode panel = Http.of(running.server()).get("/api/panel").json();
    int from = panel.get("from").asInt();
    int to = panel.get("to").asInt();
    try (Browser b = Browser.start(1280, 900)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      b.await(60, PanelBrowserTest::ready);
      assertThat(b.js("return window.aidxPanel.year();")).isEqualTo((long) to);
      assertThat(table(b)).isEqualTo(apiOrder(panel, to));
      WebElement slider = d.findElement(By.id("panel-year"));
      slider.click();
      slider.sendKeys(Keys.HOME);
      b.await(30, x -> ((Long) b.js("return window.aidxPanel.year();")) == from ? true : null);
      assertThat(table(b)).isEqualTo(apiOrder(panel, from));
      assertThat(d.findElement(By.id("panel-year-label")).getText())
          .isEqualTo(String.valueOf(from));
      List<WebElement> items = d.findElements(By.cssSelector("#panel-readings li"));
      JsonNode readings = panel.get("catching_up").get("readings");
      assertThat(items).hasSize(readings.size());
      // like for like first, as the API words each reading
      for (int k = 0; k < items.size(); k++) {
        assertThat(items.get(k).getText()).isEqualTo(readings.get(k).get("reading").asText());
      }
      JsonNode lfl = panel.get("catching_up").get("like_for_like");
      if (lfl.get("composition_change").asBoolean()) {
        assertThat(d.findElement(By.id("panel-basis")).getText())
            .startsWith("Like for like: " + lfl.get("basis").asText());
      }
      b.screenshot(SHOTS.resolve("panel-first-year.png"));
    }
  }

  @Test
  void play_steps_through_every_year_and_ends_on_the_last() {
    JsonNode panel = Http.of(running.server()).get("/api/panel").json();
    int to = panel.get("to").asInt();
    try (Browser b = Browser.start(1280, 900)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      b.await(60, PanelBrowserTest::ready);
      b.js("window.aidxPanel.clearHistory();");
      d.findElement(By.id("panel-play")).click();
      assertThat(d.findElement(By.id("panel-play")).getText()).isEqualTo("Pause");
      b.await(30, x -> "Play".equals(d.findElement(By.id("panel-play")).getText()) ? true : null);
      List<Long> years = new ArrayList<>();
      panel.get("years").forEach(y -> years.add(y.asLong()));
      assertThat(b.js("return window.aidxPanel.history();")).isEqualTo(years);
      assertThat(b.js("return window.aidxPanel.year();")).isEqualTo((long) to);
      assertThat(table(b)).isEqualTo(apiOrder(panel, to));
    }
  }
}
