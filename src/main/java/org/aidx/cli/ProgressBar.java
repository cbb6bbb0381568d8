package org.aidx.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.aidx.analysis.uncertainty.Uncertainty;

/**
 * A one-line progress bar with rate and ETA on stderr, shown only on a terminal and only once a run
 * has lasted a second (short runs stay silent).
 */
final class ProgressBar implements Uncertainty.Progress {
  private final PrintWriter err;
  private final String unit;
  private final long started = System.nanoTime();
  private boolean shown;

  private ProgressBar(PrintWriter err, String unit) {
    this.err = err;
    this.unit = unit;
  }

  /** A bar, or null (no progress) when quiet or stderr is not a terminal. */
  static ProgressBar of(PrintWriter err, boolean quiet, String unit) {
    return quiet || System.console() == null ? null : new ProgressBar(err, unit);
  }

  @Override
  public void update(long done, long total) {
    double secs = (System.nanoTime() - started) / 1e9;
    if (secs < 1 && !shown) {
      return;
    }
    shown = true;
    double rate = done / Math.max(secs, 1e-9);
    double eta = rate > 0 ? (total - done) / rate : Double.NaN;
    int width = 30;
    int filled = (int) (width * done / Math.max(total, 1));
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %3d%% %,d/%,d %s, %,.0f/s, ETA %.0fs ",
            "#".repeat(filled),
            " ".repeat(width - filled),
            100 * done / Math.max(total, 1),
            done,
            total,
            unit,
            rate,
            eta));
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
