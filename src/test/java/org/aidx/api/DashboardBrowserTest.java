package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.aidx.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The dashboard in headless Chromium against a real server; screenshots in target/screenshots. */
class DashboardBrowserTest {
  @TempDir static Path dir;
  @RegisterExtension static final TestServer running = new TestServer(Analyses.builtIn());
  static final Path SHOTS = Path.of("target", "screenshots");

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

  /** The table's rows in one script call, so a re-rendering cannot leave stale elements. */
  @SuppressWarnings("unchecked")
  private static List<String> isoByRank(WebDriver d) {
    return (List<String>)
        ((org.openqa.selenium.JavascriptExecutor) d)
            .executeScript(
                "return [...document.querySelectorAll('#ranking tbody tr')].map(r =>"
                    + " r.dataset.iso3);");
  }

  @Test
  void the_scorecard_panel_shows_the_apis_lines_and_summary() {
    JsonNode api = Http.of(running.server()).get("/api/replicate").json();
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(20))
          .until(x -> !x.findElements(By.cssSelector("#scorecard tbody tr")).isEmpty());
      assertThat(d.findElement(By.id("scorecard-summary")).getText())
          .isEqualTo(api.get("summary").asText());
      List<WebElement> rows = d.findElements(By.cssSelector("#scorecard tbody tr"));
      assertThat(rows).hasSize(api.get("lines").size());
      for (int k = 0; k < rows.size(); k++) {
        JsonNode l = api.get("lines").get(k);
        assertThat(rows.get(k).getAttribute("data-id")).isEqualTo(l.get("id").asText());
        assertThat(rows.get(k).findElements(By.tagName("td")).get(4).getText())
            .isEqualTo(l.get("verdict").asText());
      }
      // aidx's finance beside OECD.AI's: one row per economy the API lists, in its order
      List<WebElement> fin = d.findElements(By.cssSelector("#scorecard-finance tbody tr"));
      JsonNode f = api.get("finance").get("lines");
      assertThat(fin).hasSize(f.size());
      for (int k = 0; k < fin.size(); k++) {
        assertThat(fin.get(k).getAttribute("data-iso3")).isEqualTo(f.get(k).get("iso3").asText());
      }
      assertThat(d.findElement(By.id("scorecard-finance-caption")).getText())
          .isEqualTo(api.get("finance").get("caption").asText());
    }
  }

  @Test
  void the_table_shows_20_economies_and_a_weight_slider_reranks_them() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      String v0 = ready(b);
      List<String> before = isoByRank(d);
      assertThat(before).hasSize(20);
      // The page shows the server's ranking: same order as GET /api/index.
      List<String> api = new java.util.ArrayList<>();
      Http.of(running.server())
          .get("/api/index")
          .json()
          .get("economies")
          .forEach(e -> api.add(e.get("iso3").asText()));
      assertThat(before).isEqualTo(api);
      // rank, tier, economy, index, 2 layers, 7 dimensions, coverage
      assertThat(d.findElements(By.cssSelector("#ranking thead th"))).hasSize(4 + 2 + 7 + 1);
      assertThat(d.findElements(By.cssSelector("#scatter canvas"))).isNotEmpty();

      // Ranked as the API ranks with the technology layer at 0.1.
      List<String> expected = new java.util.ArrayList<>();
      Http.of(running.server())
          .post("/api/index", "{\"weights\": {\"technology_activity\": 0.1}}")
          .json()
          .get("economies")
          .forEach(e -> expected.add(e.get("iso3").asText()));
      assertThat(expected).isNotEqualTo(before);

      // Drag the technology layer to its minimum (0.1) with the keyboard, as a user would. The
      // click may itself move the slider first, so an intermediate ranking can be rendered on the
      // way: wait for the one of 0.1.
      WebElement slider = d.findElement(By.id("w-technology_activity"));
      slider.click();
      slider.sendKeys(Keys.HOME, Keys.ARROW_RIGHT); // 0, then one step up: 0.1
      try {
        b.await(
            20,
            w -> {
              String v = version(w);
              return v != null
                  && !v.equals(v0)
                  && slider.getAttribute("value").equals("0.1")
                  && isoByRank(w).equals(expected);
            });
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError(
            "no re-ranking as the API ranks after moving the slider: status '"
                + d.findElement(By.id("status")).getText()
                + "', error '"
                + d.findElement(By.id("error")).getText()
                + "', rows "
                + isoByRank(d),
            e);
      }
      List<String> after = isoByRank(d);
      assertThat(after).hasSize(20).isEqualTo(expected);
      b.screenshot(SHOTS.resolve("dashboard-1280x800.png"));
    }
  }

  @Test
  void the_example_scenario_runs_in_the_page_with_the_apis_ranks() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      // The editor starts with a working example, which names Japan.
      String text = d.findElement(By.id("scenario-text")).getAttribute("value");
      assertThat(text).contains("JPN:");
      d.findElement(By.id("scenario-run")).click();
      String shown = scenarioRank(b, "JPN");
      // The API's answer for the same text (the page adds its default weights, which change
      // nothing).
      Http.Answer a = Http.of(running.server()).post("/api/scenario", text);
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      JsonNode jpn = ScenarioApiTest.economy(a.json().get("scenarios").get(0), "JPN");
      assertThat(Double.parseDouble(shown)).isEqualTo(jpn.get("scenario").get("rank").asDouble());
      assertThat(jpn.get("change").get("rank").asDouble()).isNegative();
      // Japan's row is highlighted; economies the scenario did not touch are not.
      WebElement row = d.findElement(By.cssSelector("table.scenario-table tr[data-iso3=JPN]"));
      assertThat(row.getAttribute("class")).contains("changed");
      assertThat(
              d.findElement(By.cssSelector("table.scenario-table tr[data-iso3=BRA]"))
                  .getAttribute("class"))
          .doesNotContain("changed");
      assertThat(row.findElement(By.cssSelector(".baseline-rank")).getText())
          .isEqualTo(jpn.get("baseline").get("rank").asText().replaceAll("\\.0$", ""));
      assertThat(d.findElements(By.cssSelector("table.scenario-table tbody tr"))).hasSize(20);
      assertThat(d.findElements(By.cssSelector("#scenario-chart canvas"))).isNotEmpty();
      b.js("document.getElementById('scenario-card').scrollIntoView();");
      b.screenshot(SHOTS.resolve("dashboard-scenario.png"));
      b.js("document.getElementById('scenario-chart').scrollIntoView();");
      b.screenshot(SHOTS.resolve("dashboard-scenario-chart.png"));
    }
  }

  @Test
  void a_saved_scenario_runs_from_the_list_and_a_bad_change_shows_the_message() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      WebElement text = d.findElement(By.id("scenario-text"));
      text.clear();
      text.sendKeys("{\"name\": \"compute\", \"changes\": [\"JPN:compute=copy(USA)\"]}");
      d.findElement(By.id("scenario-name")).sendKeys("japan compute");
      d.findElement(By.id("scenario-save")).click();
      String runSaved =
          "const li = [...document.querySelectorAll('#scenario-list li')]"
              + ".find((l) => l.textContent.includes('japan compute'));"
              + " if (!li) return false; li.querySelector('button.run').click(); return true;";
      // Wait until the saved scenario is listed (without running it yet).
      b.await(
          30,
          w ->
              (Boolean)
                  b.js(
                      "return [...document.querySelectorAll('#scenario-list li')]"
                          + ".some((l) => l.textContent.includes('japan compute'));"));
      // Spoil the editor, then run the saved scenario: the list reloads it.
      text.clear();
      text.sendKeys("{\"changes\": [\"JPN:compute=cpy(USA)\"]}");
      d.findElement(By.id("scenario-run")).click();
      String error =
          b.await(
              30,
              w -> {
                WebElement m = w.findElement(By.id("scenario-msg"));
                return "error".equals(m.getAttribute("class")) ? m.getText() : null;
              });
      String expected =
          Http.of(running.server())
              .post("/api/scenario", "{\"changes\": [\"JPN:compute=cpy(USA)\"]}")
              .json()
              .get("problems")
              .get(0)
              .get("message")
              .asText();
      assertThat(error).isEqualTo(expected);
      assertThat(d.findElements(By.cssSelector("table.scenario-table"))).isEmpty();
      assertThat((Boolean) b.js(runSaved)).isTrue();
      String shown = scenarioRank(b, "JPN");
      JsonNode jpn =
          ScenarioApiTest.economy(
              Http.of(running.server())
                  .post("/api/scenario", "{\"changes\": [\"JPN:compute=copy(USA)\"]}")
                  .json()
                  .get("scenarios")
                  .get(0),
              "JPN");
      assertThat(Double.parseDouble(shown)).isEqualTo(jpn.get("scenario").get("rank").asDouble());
      assertThat(
              d.findElement(By.cssSelector("table.scenario-table")).getAttribute("data-scenario"))
          .isEqualTo("compute");
    }
  }

  @Test
  void without_the_analyses_the_page_says_they_are_not_available() {
    try (ApiServer s = ApiServer.start(ServerOptions.of(0, dir.resolve("none")), Analyses.NONE);
        Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(s.url());
      ready(b);
      d.findElement(By.id("scenario-run")).click();
      String msg =
          b.await(
              30,
              w -> {
                String t = w.findElement(By.id("scenario-msg")).getText();
                return t.isEmpty() || t.startsWith("Running") ? null : t;
              });
      assertThat(msg).contains("scenarios are not available");
      assertThat(d.findElement(By.id("robustness-msg")).getText())
          .contains("robustness summaries are not available");
    }
  }

  /** Waits for the scenario table and returns the scenario rank shown for an economy. */
  private static String scenarioRank(Browser b, String iso3) {
    try {
      return b.await(
          20,
          w ->
              w
                  .findElements(
                      By.cssSelector(
                          "table.scenario-table tr[data-iso3=" + iso3 + "] .scenario-rank"))
                  .stream()
                  .findFirst()
                  .map(e -> e.getAttribute("textContent"))
                  .orElse(null));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "no scenario table: message '"
              + b.driver().findElement(By.id("scenario-msg")).getText()
              + "'",
          e);
    }
  }

  @Test
  void clicking_an_economy_shows_its_sources_and_the_exports_hold_the_view() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      d.findElement(By.cssSelector("#ranking tbody tr[data-iso3=JPN]")).click();
      assertThat(d.findElement(By.id("prov-economy")).getText()).isEqualTo("Japan (JPN)");
      JsonNode jpn = Http.of(running.server()).get("/api/economies/JPN").json();
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
      String lowest = null;
      double low = Double.POSITIVE_INFINITY;
      for (JsonNode e : Http.of(running.server()).get("/api/index").json().get("economies")) {
        if (e.get("index").asDouble() < low) {
          low = e.get("index").asDouble();
          lowest = e.get("iso3").asText();
        }
      }
      assertThat(shown.get(0)).isEqualTo(lowest);
      String png = (String) b.js("return window.aidxDashboard.png();");
      assertThat(png).startsWith("data:image/png;base64,");
      byte[] bytes = java.util.Base64.getDecoder().decode(png.substring(png.indexOf(',') + 1));
      assertThat(bytes.length).isGreaterThan(5000);
      b.js("document.getElementById('provenance').scrollIntoView();");
      b.screenshot(SHOTS.resolve("dashboard-provenance.png"));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void on_load_the_rank_interval_chart_shows_every_economy_in_nominal_rank_order() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      String msg =
          b.await(
              30,
              w -> {
                String t = w.findElement(By.id("robustness-msg")).getText();
                return t.startsWith("Checking") ? null : t;
              });
      assertThat(msg).startsWith("Rank under uncertainty over 1000 replications (seed 1)");
      assertThat(d.findElement(By.id("robustness")).isDisplayed()).isTrue();
      assertThat(d.findElements(By.cssSelector("#robustness canvas"))).isNotEmpty();
      // What the chart draws, read from ECharts itself, is the API's intervals in order.
      Map<String, Object> option =
          (Map<String, Object>) b.js("return window.aidxDashboard.chartOption('robustness');");
      List<Object> economies =
          (List<Object>)
              ((Map<String, Object>) ((List<Object>) option.get("xAxis")).get(0)).get("data");
      List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
      JsonNode intervals = Http.of(running.server()).get("/api/robustness").json().get("intervals");
      assertThat(economies).hasSize(20);
      List<String> iso = new java.util.ArrayList<>();
      List<Double> low = new java.util.ArrayList<>();
      List<Double> median = new java.util.ArrayList<>();
      List<Double> nominal = new java.util.ArrayList<>();
      intervals.forEach(
          iv -> {
            iso.add(iv.get("iso3").asText());
            low.add(iv.get("low").asDouble());
            median.add(iv.get("median").asDouble());
            nominal.add(iv.get("nominal").asDouble());
          });
      assertThat(economies).isEqualTo(iso);
      assertThat(nominal).isSorted();
      assertThat(numbers(series.get(0).get("data"))).isEqualTo(low);
      assertThat(numbers(series.get(2).get("data"))).isEqualTo(median);
      assertThat(numbers(series.get(3).get("data"))).isEqualTo(nominal);
      assertThat(d.findElement(By.id("error")).isDisplayed()).isFalse();
      // The rank axis ends at the number of economies.
      Map<String, Object> y = (Map<String, Object>) ((List<Object>) option.get("yAxis")).get(0);
      assertThat(((Number) y.get("max")).intValue()).isEqualTo(20);
      b.js("document.getElementById('robustness-card').scrollIntoView();");
      b.screenshot(SHOTS.resolve("dashboard-robustness.png"));
    }
  }

  /** The caption once the rank-interval chart shows an answer (not while it is updating). */
  private static String robustnessShown(WebDriver w) {
    WebElement m = w.findElement(By.id("robustness-msg"));
    return "ready".equals(m.getAttribute("data-state")) ? m.getText() : null;
  }

  @Test
  @SuppressWarnings("unchecked")
  void after_a_weight_slider_moves_the_rank_intervals_are_those_of_the_new_weights()
      throws Exception {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      b.await(30, DashboardBrowserTest::robustnessShown);
      JsonNode tree = Http.of(running.server()).get("/api/index").json().at("/methodology/tree");
      List<Object> before =
          (List<Object>)
              b.js("return window.aidxDashboard.chartOption('robustness').xAxis[0].data;");

      WebElement slider = d.findElement(By.id("w-technology_activity"));
      slider.click();
      slider.sendKeys(Keys.HOME, Keys.ARROW_RIGHT); // 0, then one step up: 0.1
      // Intermediate slider positions may be shown on the way: wait for the chart of 0.1.
      String caption;
      try {
        caption =
            b.await(
                30,
                w -> {
                  String shown = robustnessShown(w);
                  Object tech =
                      b.js(
                          "const r = window.aidxDashboard.requests().robustness;"
                              + " return r ? r.weights.technology_activity : null;");
                  return shown != null
                          && tech != null
                          && ((Number) tech).doubleValue() == 0.1
                          && slider.getAttribute("value").equals("0.1")
                      ? shown
                      : null;
                });
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError(
            "the rank intervals did not follow the slider: '"
                + d.findElement(By.id("robustness-msg")).getText()
                + "'",
            e);
      }
      JsonNode sent =
          Http.JSON.readTree(
              (String) b.js("return JSON.stringify(window.aidxDashboard.requests());"));
      // The robustness body is the index body the page sent, plus the number of replications.
      JsonNode index = sent.get("index");
      JsonNode robustness = sent.get("robustness");
      assertThat(index.at("/weights/technology_activity").asDouble()).isEqualTo(0.1);
      index
          .get("weights")
          .fields()
          .forEachRemaining(
              f -> {
                if (!f.getKey().equals("technology_activity")) {
                  assertThat(f.getValue().asDouble())
                      .as(f.getKey())
                      .isEqualTo(weightOf(tree, f.getKey()));
                }
              });
      com.fasterxml.jackson.databind.node.ObjectNode expectedBody = index.deepCopy();
      expectedBody.put("runs", 500);
      assertThat(robustness).isEqualTo(expectedBody);
      assertThat(caption)
          .startsWith(
              "Rank under uncertainty over 500 replications (seed 1) of the index as currently"
                  + " set: weights Technology activity 0.1 (others as the framework)");

      // What the chart draws is the API's answer to that body.
      JsonNode intervals =
          Http.of(running.server())
              .post("/api/robustness", Http.JSON.writeValueAsString(robustness))
              .json()
              .get("intervals");
      Map<String, Object> option =
          (Map<String, Object>) b.js("return window.aidxDashboard.chartOption('robustness');");
      List<Object> economies =
          (List<Object>)
              ((Map<String, Object>) ((List<Object>) option.get("xAxis")).get(0)).get("data");
      List<Map<String, Object>> series = (List<Map<String, Object>>) option.get("series");
      List<String> iso = new java.util.ArrayList<>();
      List<Double> low = new java.util.ArrayList<>();
      List<Double> median = new java.util.ArrayList<>();
      List<Double> nominal = new java.util.ArrayList<>();
      intervals.forEach(
          iv -> {
            iso.add(iv.get("iso3").asText());
            low.add(iv.get("low").asDouble());
            median.add(iv.get("median").asDouble());
            nominal.add(iv.get("nominal").asDouble());
          });
      assertThat(economies).isEqualTo(iso).isNotEqualTo(before);
      assertThat(numbers(series.get(0).get("data"))).isEqualTo(low);
      assertThat(numbers(series.get(2).get("data"))).isEqualTo(median);
      assertThat(numbers(series.get(3).get("data"))).isEqualTo(nominal);
      Map<String, Object> y = (Map<String, Object>) ((List<Object>) option.get("yAxis")).get(0);
      assertThat(((Number) y.get("max")).intValue()).isEqualTo(20);
      assertThat(d.findElement(By.id("robustness")).getAttribute("class")).doesNotContain("stale");
      b.js("document.getElementById('robustness-card').scrollIntoView();");
      b.screenshot(SHOTS.resolve("dashboard-robustness-reweighted.png"));

      // A method picker is followed too: rank normalisation on top of the new weight.
      new org.openqa.selenium.support.ui.Select(d.findElement(By.id("normalise")))
          .selectByValue("rank");
      String ranked =
          b.await(
              30,
              w -> {
                String shown = robustnessShown(w);
                Object n =
                    b.js(
                        "const r = window.aidxDashboard.requests().robustness;"
                            + " return r ? r.normalise || null : null;");
                return shown != null && "rank".equals(n) ? shown : null;
              });
      assertThat(ranked).contains("; normalisation rank");
      JsonNode body =
          Http.JSON.readTree(
              (String) b.js("return JSON.stringify(window.aidxDashboard.requests().robustness);"));
      assertThat(body.at("/weights/technology_activity").asDouble()).isEqualTo(0.1);
      List<String> rankedIso = new java.util.ArrayList<>();
      Http.of(running.server())
          .post("/api/robustness", Http.JSON.writeValueAsString(body))
          .json()
          .get("intervals")
          .forEach(iv -> rankedIso.add(iv.get("iso3").asText()));
      assertThat(
              (List<Object>)
                  b.js("return window.aidxDashboard.chartOption('robustness').xAxis[0].data;"))
          .isEqualTo(rankedIso);
    }
  }

  /** The weight of a node of the methodology tree, found by id. */
  private static double weightOf(JsonNode node, String id) {
    if (node.get("id").asText().equals(id)) {
      return node.get("weight").asDouble();
    }
    for (JsonNode c : node.path("children")) {
      double w = weightOf(c, id);
      if (!Double.isNaN(w)) {
        return w;
      }
    }
    return Double.NaN;
  }

  private static List<Double> numbers(Object data) {
    return ((List<?>) data).stream().map(x -> ((Number) x).doubleValue()).toList();
  }

  @Test
  void at_phone_width_the_page_fits_and_still_lists_every_economy() {
    try (Browser b = Browser.start(390, 844)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      assertThat(isoByRank(d)).hasSize(20);
      long inner = (Long) b.js("return window.innerWidth;");
      long scroll = (Long) b.js("return document.documentElement.scrollWidth;");
      assertThat(inner).isEqualTo(390);
      assertThat(scroll).as("no sideways scrolling of the page").isLessThanOrEqualTo(inner);
      b.screenshot(SHOTS.resolve("dashboard-390.png"));
      // The scenario table and chart fit too (the table scrolls inside its card).
      d.findElement(By.id("scenario-run")).click();
      scenarioRank(b, "JPN");
      assertThat((Long) b.js("return document.documentElement.scrollWidth;"))
          .as("no sideways scrolling with a scenario shown")
          .isLessThanOrEqualTo(inner);
    }
  }

  @Test
  void an_indicator_slider_reaches_0_and_the_view_toggle_shows_the_per_capita_index() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      String v0 = ready(b);
      String body =
          "{\"weights\": {\"oxford_gairi_2024_data_availability\": 0}, \"per\": \"capita\"}";
      JsonNode api = Http.of(running.server()).post("/api/index", body).json();
      List<String> expected = new java.util.ArrayList<>();
      api.get("economies").forEach(e -> expected.add(e.get("iso3").asText()));

      WebElement summary = d.findElement(By.cssSelector("#indicator-weights-box summary"));
      b.js("arguments[0].scrollIntoView({block: 'center'});", summary);
      summary.click();
      WebElement slider = d.findElement(By.id("w-oxford_gairi_2024_data_availability"));
      b.js("arguments[0].scrollIntoView({block: 'center'});", slider);
      slider.click();
      slider.sendKeys(Keys.HOME);
      new org.openqa.selenium.support.ui.Select(d.findElement(By.id("per")))
          .selectByValue("capita");
      try {
        b.await(
            30,
            w -> {
              String v = version(w);
              return v != null
                  && !v.equals(v0)
                  && slider.getAttribute("value").equals("0")
                  && w.findElement(By.id("title")).getText().contains("intensity view per capita")
                  && isoByRank(w).equals(expected);
            });
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError(
            "the page did not show the per-capita index without data availability: title '"
                + d.findElement(By.id("title")).getText()
                + "', error '"
                + d.findElement(By.id("error")).getText()
                + "', rows "
                + isoByRank(d),
            e);
      }
      assertThat(d.findElement(By.id("title")).getText())
          .isEqualTo(api.get("framework_name").asText())
          .contains("oxford_gairi_2024_data_availability=0 (left out)");
      // Compare with default: the rank change of every economy against GET /api/index.
      Map<String, Integer> defaultRank = new java.util.HashMap<>();
      Http.of(running.server())
          .get("/api/index")
          .json()
          .get("economies")
          .forEach(e -> defaultRank.put(e.get("iso3").asText(), e.get("rank").asInt()));
      for (JsonNode e : api.get("economies")) {
        int change = defaultRank.get(e.get("iso3").asText()) - e.get("rank").asInt();
        String cell =
            d.findElement(
                    By.cssSelector(
                        "#ranking tbody tr[data-iso3='"
                            + e.get("iso3").asText()
                            + "'] td.vsdefault"))
                .getText();
        assertThat(cell).as(e.get("iso3").asText()).isEqualTo((change > 0 ? "+" : "") + change);
      }
      b.screenshot(SHOTS.resolve("dashboard-indicator-weights-per-capita.png"));

      // Every row links to its economy's profile page, which the server answers as HTML.
      WebElement link =
          d.findElement(By.cssSelector("#ranking tbody tr[data-iso3='JPN'] a.profile-link"));
      assertThat(link.getAttribute("href")).endsWith("/api/profiles/JPN");
      Http.Answer page = Http.of(running.server()).get("/api/profiles/JPN");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>Japan (JPN)</h1>").doesNotContain("<script");
      assertThat(d.findElements(By.cssSelector("#ranking tbody a.profile-link"))).hasSize(20);
      // The page has the rank interval and the scenarios, as aidx profile JPN writes them.
      assertThat(page.body())
          .contains("<h2>Rank under uncertainty</h2>")
          .contains("Monte Carlo: " + ApiServer.PROFILE_RUNS + " runs, seed 1, ")
          .contains("<h2>What the scenarios would do</h2>")
          .contains(">us-shares-fully</td>");

      // In the browser the embedded CJK font loads and draws the Chinese node names.
      d.get(link.getAttribute("href"));
      assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo("Japan (JPN)");
      Object loaded =
          ((org.openqa.selenium.JavascriptExecutor) d)
              .executeAsyncScript(
                  "const done = arguments[arguments.length - 1];"
                      + "document.fonts.load(\"16px 'aidx Noto Sans SC'\", '技术活跃度')"
                      + ".then(f => done(f.length + ' ' + f.map(x => x.status).join()),"
                      + " e => done('error ' + e));");
      assertThat(loaded).isEqualTo("1 loaded");
    }
  }

  @Test
  void the_scenario_form_builds_a_change_that_runs_with_the_apis_ranks() {
    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      ready(b);
      WebElement text = d.findElement(By.id("scenario-text"));
      text.clear();
      org.openqa.selenium.support.ui.Select economy =
          new org.openqa.selenium.support.ui.Select(d.findElement(By.id("sc-economy")));
      economy.selectByValue("JPN");
      new org.openqa.selenium.support.ui.Select(d.findElement(By.id("sc-lever")))
          .selectByValue("compute");
      new org.openqa.selenium.support.ui.Select(d.findElement(By.id("sc-op"))).selectByValue("gap");
      new org.openqa.selenium.support.ui.Select(d.findElement(By.id("sc-from")))
          .selectByValue("USA");
      WebElement amount = d.findElement(By.id("sc-amount"));
      amount.clear();
      amount.sendKeys("0.5");
      WebElement add = d.findElement(By.id("sc-add"));
      b.js("arguments[0].scrollIntoView({block: 'center'});", add);
      add.click();
      String built = text.getAttribute("value");
      assertThat(built.replaceAll("\\s", ""))
          .isEqualTo("{\"name\":\"my-scenario\",\"changes\":[\"JPN:compute=gap(USA,0.5)\"]}");

      WebElement run = d.findElement(By.id("scenario-run"));
      b.js("arguments[0].scrollIntoView({block: 'center'});", run);
      run.click();
      String shown = scenarioRank(b, "JPN");
      Http.Answer a = Http.of(running.server()).post("/api/scenario", built);
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      JsonNode jpn = ScenarioApiTest.economy(a.json().get("scenarios").get(0), "JPN");
      assertThat(Double.parseDouble(shown)).isEqualTo(jpn.get("scenario").get("rank").asDouble());
    }
  }
}
