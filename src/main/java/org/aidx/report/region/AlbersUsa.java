package org.aidx.report.region;

/**
 * The composite projection of US maps, laid out like d3-geo's {@code geoAlbersUsa} on a 960 × 600
 * frame: the lower 48 states in an Albers equal-area conic (standard parallels 29.5° and 45.5°,
 * central meridian 96° W, centred on 96.6° W 38.7° N), with Alaska (parallels 55°/65°, meridian
 * 154° W, at 0.35 of the scale) and Hawaii (parallels 8°/18°, meridian 157° W) as insets in the
 * lower left. Territories (Puerto Rico, Guam, …) are not drawn.
 *
 * <p>Albers conic (Snyder 1987, eq. 14-1 to 14-4, unit sphere): n = (sin φ₁ + sin φ₂)/2, C = cos²
 * φ₁ + 2n sin φ₁, ρ = √(C − 2n sin φ)/n, θ = n(λ − λ₀); x = ρ sin θ, y = −ρ cos θ (y grows
 * northward; then shifted so the centre lands on its point of the frame, scaled, and y flipped for
 * screen coordinates).
 */
public final class AlbersUsa {
  private AlbersUsa() {}

  /** The frame's size in pixels. */
  public static final int WIDTH = 960;

  public static final int HEIGHT = 600;

  private static final double SCALE = 1070;

  private static final Conic LOWER48 = new Conic(-96, 29.5, 45.5, -96.6, 38.7, SCALE, 480, 250);
  private static final Conic ALASKA =
      new Conic(-154, 55, 65, -156, 58.5, 0.35 * SCALE, 480 - 0.307 * SCALE, 250 + 0.201 * SCALE);
  private static final Conic HAWAII =
      new Conic(-157, 8, 18, -160, 19.9, SCALE, 480 - 0.205 * SCALE, 250 + 0.212 * SCALE);

  /**
   * Screen coordinates (x right, y down) of a point of the state with this 2-digit FIPS code, or
   * null for a territory (FIPS above 56).
   */
  public static double[] project(String stateFips, double lon, double lat) {
    int st = Integer.parseInt(stateFips);
    if (st > 56) {
      return null;
    }
    Conic c = st == 2 ? ALASKA : st == 15 ? HAWAII : LOWER48;
    return c.project(lon, lat);
  }

  private record Conic(
      double lambda0,
      double phi1,
      double phi2,
      double centreLon,
      double centreLat,
      double scale,
      double tx,
      double ty) {
    double[] raw(double lon, double lat) {
      double p1 = Math.toRadians(phi1);
      double p2 = Math.toRadians(phi2);
      double n = (Math.sin(p1) + Math.sin(p2)) / 2;
      double c = Math.cos(p1) * Math.cos(p1) + 2 * n * Math.sin(p1);
      double rho = Math.sqrt(c - 2 * n * Math.sin(Math.toRadians(lat))) / n;
      double dl = lon - lambda0;
      // the Aleutians cross the antimeridian: keep longitudes within ±180° of the meridian
      dl = dl > 180 ? dl - 360 : dl < -180 ? dl + 360 : dl;
      double theta = n * Math.toRadians(dl);
      return new double[] {rho * Math.sin(theta), -rho * Math.cos(theta)};
    }

    double[] project(double lon, double lat) {
      double[] p = raw(lon, lat);
      double[] o = raw(centreLon, centreLat);
      return new double[] {tx + scale * (p[0] - o[0]), ty - scale * (p[1] - o[1])};
    }
  }
}
