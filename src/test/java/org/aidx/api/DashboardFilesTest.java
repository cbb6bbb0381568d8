package org.aidx.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dashboard's own scripts and stylesheet (one script per card since the split of app.js) are
 * served from the jar as the page names them, each revalidated by its ETag so that a browser never
 * runs one card's script of an older version beside another's of the new one.
 */
class DashboardFilesTest {
  @RegisterExtension static final TestServer running = new TestServer();

  /** The page's local files: script sources and stylesheets not under /webjars. */
  private static List<String> localFiles(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?:src|href)=\"([a-z]+\\.(?:js|css))\"").matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void the_page_loads_common_js_first_and_app_js_after_every_card() {
    List<String> scripts =
        localFiles(running.http().get("/").body()).stream().filter(f -> f.endsWith(".js")).toList();
    assertThat(scripts)
        .startsWith("common.js")
        .contains(
            "controls.js", "ranking.js", "robustness.js", "scorecard.js", "scenarios.js", "app.js");
    int app = scripts.indexOf("app.js");
    for (String card :
        List.of("controls.js", "ranking.js", "robustness.js", "scorecard.js", "scenarios.js")) {
      assertThat(scripts.indexOf(card)).as(card).isLessThan(app);
    }
  }

  @Test
  void every_file_the_page_names_is_served_with_an_etag_and_revalidated() {
    List<String> files = localFiles(running.http().get("/").body());
    assertThat(files).contains("app.css", "common.js");
    for (String f : files) {
      Http.Answer a = running.http().get("/" + f);
      assertThat(a.status()).as(f).isEqualTo(200);
      assertThat(a.body()).as(f).isNotBlank();
      assertThat(a.header("Content-Type"))
          .as(f)
          .startsWith(f.endsWith(".js") ? "text/javascript" : "text/css");
      assertThat(a.header("Cache-Control")).as(f).isEqualTo("max-age=0");
      String tag = a.header("ETag");
      assertThat(tag).as(f).isNotBlank();
      assertThat(running.http().get("/" + f, "If-None-Match", tag).status()).as(f).isEqualTo(304);
    }
  }
}
