package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aidx.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The dashboard's ranking table and charts say how they were made: a caption names every
 * non-default choice of the request on screen in the server's words ({@code method_caption}), and
 * the default method in one line.
 */
class DashboardCaptionBrowserTest {
  @RegisterExtension static final TestServer running = new TestServer(Analyses.builtIn());

  private static String caption(WebDriver d) {
    return d.findElement(By.id("method-caption")).getText();
  }

  /** The caption once the page is up to date, or null while it is recomputing. */
  private static String settled(WebDriver d) {
    String state = d.findElement(By.id("status")).getAttribute("data-state");
    return "ready".equals(state) ? caption(d) : null;
  }

  @SuppressWarnings("unchecked")
  private static String chartCaption(Browser b, String chart) {
    Map<String, Object> option =
        (Map<String, Object>) b.js("return window.aidxDashboard.chartOption(arguments[0]);", chart);
    List<Map<String, Object>> title = (List<Map<String, Object>>) option.get("title");
    return (String) title.get(0).get("subtext");
  }

  private static List<String> apiCaption(String body) {
    JsonNode a = Http.of(running.server()).post("/api/index", body).json();
    List<String> out = new ArrayList<>();
    a.get("method_caption").forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void a_changed_weight_and_normalisation_are_named_under_the_table_and_charts_until_reset() {
    // the server's words for the request the page will send (weights equal to the framework's
    // own are not named, so sending only the changed one gives the same caption)
    List<String> expected = apiCaption("{\"normalise\": \"rank\", \"weights\": {\"compute\": 2}}");
    assertThat(expected).containsExactly("normalise rank", "weights compute=2");
    JsonNode defaults = Http.of(running.server()).get("/api/index").json().get("methodology");

    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(running.server().url());
      String first = b.await(30, DashboardCaptionBrowserTest::settled);
      assertThat(first)
          .startsWith("Default method")
          .contains(defaults.get("normalise").asText())
          .doesNotContain("weights compute");
      assertThat(chartCaption(b, "scatter")).isEqualTo(first);
      assertThat(chartCaption(b, "profile")).isEqualTo(first);

      b.js(
          "const n = document.getElementById('normalise'); n.value = 'rank';"
              + " n.dispatchEvent(new Event('change'));"
              + " const w = document.getElementById('w-compute'); w.value = '2';"
              + " w.dispatchEvent(new Event('input'));");
      String changed =
          b.await(
              30,
              w -> {
                String c = settled(w);
                return c != null && c.contains("compute") ? c : null;
              });
      assertThat(changed).isEqualTo("Method: " + String.join("; ", expected) + ".");
      assertThat(chartCaption(b, "scatter")).isEqualTo(changed);
      assertThat(chartCaption(b, "profile")).isEqualTo(changed);
      d.findElement(By.id("reset")).click();
      String reset =
          b.await(
              30,
              w -> {
                String c = settled(w);
                return c != null && c.startsWith("Default method") ? c : null;
              });
      assertThat(reset).isEqualTo(first);
      assertThat(chartCaption(b, "scatter")).isEqualTo(first);
    }
  }
}
