package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.aidx.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The dashboard after a recompute that fails: the stale results are greyed and a banner says what
 * went wrong in the page's terms; combinations that cannot work are disabled with the reason.
 */
class DashboardFailureBrowserTest {
  @RegisterExtension static final TestServer running = new TestServer(Analyses.builtIn());

  private static String state(WebDriver d) {
    return d.findElement(By.id("status")).getAttribute("data-state");
  }

  private static void ready(Browser b) {
    b.await(30, d -> "ready".equals(state(d)) ? true : null);
  }

  private static void set(Browser b, String id, String value) {
    b.js(
        "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
            + " e.dispatchEvent(new Event('change'));",
        id,
        value);
  }

  private static WebElement option(WebDriver d, String select, String value) {
    return d.findElement(By.cssSelector("#" + select + " option[value='" + value + "']"));
  }

  @Test
  void a_failed_recompute_greys_the_old_results_and_says_why_without_command_line_flags() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      assertThat(d.findElement(By.id("banner")).isDisplayed()).isFalse();
      assertThat(d.findElement(By.id("ranking")).getAttribute("class")).doesNotContain("stale");

      // a year before the shipped data: the server answers 400
      set(b, "year", "1990");
      b.await(30, w -> "error".equals(state(w)) ? true : null);
      WebElement banner = d.findElement(By.id("banner"));
      assertThat(banner.isDisplayed()).isTrue();
      assertThat(banner.getText())
          .contains("could not be computed")
          .contains("Data up to year")
          .contains("last setting that worked")
          .doesNotContain("--");
      for (String id : new String[] {"ranking", "scatter", "profile", "provenance"}) {
        assertThat(d.findElement(By.id(id)).getAttribute("class")).as(id).contains("stale");
      }

      // a setting that works again clears both
      set(b, "year", "");
      ready(b);
      assertThat(d.findElement(By.id("banner")).isDisplayed()).isFalse();
      assertThat(d.findElement(By.id("ranking")).getAttribute("class")).doesNotContain("stale");
    }
  }

  @Test
  void signed_normalisations_are_disabled_under_geometric_means_with_the_reason() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      // the default index uses geometric means
      WebElement minmax = option(d, "normalise", "minmax:0,1");
      assertThat(minmax.isEnabled()).isFalse();
      assertThat(minmax.getAttribute("title")).contains("geometric").contains("arithmetic");
      assertThat(option(d, "normalise", "zscore").isEnabled()).isFalse();
      assertThat(option(d, "normalise", "rank").isEnabled()).isTrue();
      assertThat(d.findElement(By.id("method-hint")).getText()).contains("Aggregation");

      // with arithmetic means they work, and then the geometric mean is the one disabled
      set(b, "aggregate", "arithmetic");
      ready(b);
      assertThat(option(d, "normalise", "minmax:0,1").isEnabled()).isTrue();
      // z-scores stay disabled: the default index divides every score by the reference's
      assertThat(option(d, "normalise", "zscore").isEnabled()).isFalse();
      assertThat(option(d, "normalise", "zscore").getAttribute("title")).contains("reference");
      set(b, "normalise", "minmax:0,1");
      b.await(
          30,
          w ->
              "ready".equals(state(w))
                      && "minmax:0,1"
                          .equals(
                              b.js(
                                  "const r = window.aidxDashboard.requests().index;"
                                      + " return r ? r.normalise || null : null;"))
                  ? true
                  : null);
      assertThat(option(d, "aggregate", "geometric").isEnabled()).isFalse();
      assertThat(option(d, "aggregate", "").isEnabled()).isFalse();
      assertThat(option(d, "aggregate", "arithmetic").isEnabled()).isTrue();
      assertThat(d.findElement(By.id("banner")).isDisplayed()).isFalse();
    }
  }

  @Test
  void a_rank_resting_on_few_indicators_is_flagged_with_its_coverage() throws Exception {
    // the shipped data (derived indicators included) plus Singapore with 3 of the 15 indicators
    java.io.StringWriter out = new java.io.StringWriter();
    int code =
        org.aidx.cli.Main.execute(
            new String[] {"data", "export"},
            new java.io.PrintWriter(out),
            new java.io.PrintWriter(new java.io.StringWriter()));
    assertThat(code).isZero();
    StringBuilder csv = new StringBuilder(out.toString());
    try (var in =
        getClass().getResourceAsStream("/org/aidx/coverage/singapore-three-indicators.csv")) {
      new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .forEach(l -> csv.append(l).append(",,\n"));
    }
    Http http = Http.of(running.server());
    Http.Answer up = http.post("/api/datasets?name=with-singapore.csv", csv.toString());
    assertThat(up.status()).as(up.body()).isBetween(200, 201);
    String id = up.json().get("id").asText();
    String answer = http.post("/api/index", "{\"dataset\": \"" + id + "\"}").body();
    var sgp =
        java.util.stream.StreamSupport.stream(
                Http.JSON.readTree(answer).get("economies").spliterator(), false)
            .filter(e -> e.get("iso3").asText().equals("SGP"))
            .findFirst()
            .orElseThrow();
    assertThat(sgp.at("/coverage/low").asBoolean()).isTrue();
    int total = sgp.at("/coverage/total").asInt();
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      b.js("window.aidxDashboard.render(JSON.parse(arguments[0]));", answer);
      WebElement row = d.findElement(By.cssSelector("#ranking tbody tr[data-iso3='SGP']"));
      assertThat(row.findElement(By.cssSelector("td.rank")).getText()).endsWith("*");
      assertThat(row.findElement(By.cssSelector("td.coverage")).getText()).isEqualTo("3/" + total);
      assertThat(d.findElement(By.id("notes")).getText())
          .contains("Low coverage")
          .contains("SGP 3 of " + total + " indicators; no data for Compute");
      WebElement usa = d.findElement(By.cssSelector("#ranking tbody tr[data-iso3='USA']"));
      assertThat(usa.findElement(By.cssSelector("td.rank")).getText()).doesNotEndWith("*");
    }
  }
}
