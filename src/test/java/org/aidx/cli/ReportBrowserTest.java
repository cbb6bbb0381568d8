package org.aidx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.aidx.input.Inputs;
import org.aidx.pipeline.IndexResult;
import org.aidx.pipeline.Methodology;
import org.aidx.pipeline.Pipeline;
import org.aidx.pipeline.PipelineSpec;
import org.aidx.report.ReportFiles;
import org.aidx.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The report 'aidx report' writes, opened from disk in headless Chromium. */
class ReportBrowserTest {
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir Path dir;

  @Test
  void the_html_report_opens_offline_with_the_ranking_and_every_chart_drawn() {
    Path out = dir.resolve("report");
    Cli run = Cli.run("report", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Inputs in = Inputs.load(null, List.of(), List.of());
    IndexResult r =
        Pipeline.run(
            in.framework(), in.dataset(), Methodology.of(in.framework(), PipelineSpec.defaults()));

    try (Browser b = Browser.start(1280, 800)) {
      WebDriver d = b.driver();
      d.get(out.resolve(ReportFiles.HTML).toUri().toString());
      b.await(30, w -> "complete".equals(b.js("return document.readyState;")));
      assertThat(d.getTitle()).isEqualTo(in.framework().name());

      List<String> rows =
          d.findElements(By.cssSelector("table#ranking-table tr[data-iso3]")).stream()
              .map(e -> e.getAttribute("data-iso3"))
              .toList();
      assertThat(rows).hasSize(20);
      // In rank order, as the pipeline ranks them.
      assertThat(rows)
          .isEqualTo(
              java.util.Arrays.stream(r.order()).mapToObj(e -> r.economies().get(e)).toList());

      List<WebElement> images = d.findElements(By.cssSelector("figure > svg"));
      assertThat(images).hasSizeGreaterThanOrEqualTo(2);
      for (WebElement svg : images) {
        assertThat(svg.getSize().getWidth()).as(svg.getAttribute("aria-label")).isPositive();
        assertThat(svg.getSize().getHeight()).isPositive();
      }
      // The charts' labels are text of the page: the browser's search finds an axis title.
      assertThat(b.js("return window.find('economy, in rank order');")).isEqualTo(true);
      // Self-contained: the page fetched nothing (data: URLs are not resource loads).
      assertThat(
              (List<?>) b.js("return performance.getEntriesByType('resource').map(e => e.name);"))
          .isEmpty();
      b.screenshot(SHOTS.resolve("report-1280x800.png"));
      b.js("arguments[0].scrollIntoView();", images.get(0));
      b.screenshot(SHOTS.resolve("report-figure.png"));
    }
  }
}
