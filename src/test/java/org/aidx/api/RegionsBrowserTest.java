package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aidx.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The dashboard's Regions view in headless Chromium: map, hover, groups, scorecard. */
class RegionsBrowserTest {
  @RegisterExtension static final TestServer running = new TestServer(Analyses.builtIn());

  private static String regionState(WebDriver d) {
    WebElement s = d.findElement(By.id("region-status"));
    String st = s.getAttribute("data-state");
    if ("error".equals(st)) {
      throw new AssertionError("the Regions view failed: " + s.getText());
    }
    return "ready".equals(st) ? s.getAttribute("data-seq") : null;
  }

  @Test
  void the_regions_view_draws_the_typology_map_with_hover_values_groups_and_scorecard() {
    try (Browser b = Browser.start(1280, 900)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      WebElement card = d.findElement(By.id("regions-card"));
      ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", card);
      String seq = b.await(60, RegionsBrowserTest::regionState);

      // one path per county of the atlas, coloured by group; a legend stating the rule
      assertThat(d.findElements(By.cssSelector("#region-map path[data-code]")).size())
          .isGreaterThan(3000);
      assertThat(d.findElement(By.cssSelector("#region-map .legend")).getText())
          .contains("1: ", "typology groups, 1 = highest mean z-score");
      // groups as the API computes them
      var api = Http.of(running.server()).get("/api/regions/typology").json();
      assertThat(d.findElements(By.cssSelector("#region-groups tbody tr")))
          .hasSize(api.get("groups").size());
      // a summary row per published group (superstar, early adopter), then the 15 metros
      assertThat(d.findElements(By.cssSelector("#region-scorecard tbody tr"))).hasSize(17);
      assertThat(d.findElement(By.id("region-scorecard")).getText())
          .contains("lands in aidx groups");
      assertThat(d.findElement(By.id("region-scorecard")).getText()).contains("San Jose");

      // hovering a county of the San Jose metro area (Santa Clara County, 06085) shows its value
      WebElement sc = d.findElement(By.cssSelector("#region-map path[data-code='06085']"));
      new Actions(d).moveToElement(sc).perform();
      b.await(
          30, w -> "06085".equals(w.findElement(By.id("region-hover")).getAttribute("data-code")));
      assertThat(d.findElement(By.id("region-hover")).getText())
          .startsWith("San Jose-Sunnyvale-Santa Clara, CA: group");

      // switching the map to AI papers redraws it per 100k residents with quantile classes
      new Select(d.findElement(By.id("region-view"))).selectByValue("ai_authorship");
      b.await(
          60,
          w -> {
            String s = regionState(w);
            return s != null && !s.equals(seq);
          });
      assertThat(d.findElement(By.cssSelector("#region-map .legend")).getText())
          .contains("5 quantiles of the");
      assertThat(d.findElement(By.id("region-map")).getText())
          .contains("AI papers per 100k residents by metro");
      b.screenshot(Path.of("target", "screenshots", "dashboard-regions.png"));
    }
  }
}
