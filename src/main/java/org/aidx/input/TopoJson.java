package org.aidx.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a TopoJSON topology (the format of the npm package {@code us-atlas}) into polygons of
 * longitude/latitude points.
 *
 * <p>TopoJSON stores each shared boundary once, as an <em>arc</em>; a polygon ring lists the arcs
 * it follows, {@code ~i} (= −i − 1) meaning arc i reversed. A quantised topology stores arc
 * positions as integers, each relative to the previous one (delta encoding); position = translate +
 * scale × running sum. Consecutive arcs of a ring share their end point, which is kept once. With
 * scale (2, 3), translate (10, 20) and the arc [[0,0],[1,0],[0,1]]: running sums (0,0), (1,0),
 * (1,1) → (10,20), (12,20), (12,23).
 */
public final class TopoJson {
  // a reader of its own: input does not depend on output, whose writers depend on it
  private static final ObjectMapper JSON = new ObjectMapper();

  private TopoJson() {}

  /** A point in degrees. */
  public record Point(double lon, double lat) {}

  /**
   * One geometry of an object: its id, its name property ("" when absent) and its rings (outer
   * rings and holes alike; filled with the even-odd rule).
   */
  public record Feature(String id, String name, List<List<Point>> rings) {
    public Feature {
      rings = rings.stream().map(List::copyOf).toList();
    }
  }

  /** The features of one named object of a topology given as JSON text. */
  public static List<Feature> features(byte[] json, String object) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a TopoJSON topology: " + e.getMessage(), e);
    }
    if (!"Topology".equals(root.path("type").asText())) {
      throw new IllegalArgumentException("not a TopoJSON topology (type is not Topology)");
    }
    List<List<Point>> arcs = arcs(root);
    JsonNode obj = root.path("objects").path(object);
    if (obj.isMissingNode()) {
      throw new IllegalArgumentException("the topology has no object " + object);
    }
    List<Feature> out = new ArrayList<>();
    for (JsonNode g : obj.path("geometries")) {
      List<List<Point>> rings = new ArrayList<>();
      switch (g.path("type").asText()) {
        case "Polygon" -> polygon(g.path("arcs"), arcs, rings);
        case "MultiPolygon" -> {
          for (JsonNode p : g.path("arcs")) {
            polygon(p, arcs, rings);
          }
        }
        default -> {
          // points and lines carry no area for a choropleth
        }
      }
      out.add(
          new Feature(
              g.path("id").asText(""), g.path("properties").path("name").asText(""), rings));
    }
    return out;
  }

  /** The arcs in absolute coordinates (decoded from delta-encoded integers when quantised). */
  static List<List<Point>> arcs(JsonNode root) {
    JsonNode t = root.path("transform");
    boolean quantised = !t.isMissingNode();
    double sx = quantised ? t.path("scale").get(0).asDouble() : 1;
    double sy = quantised ? t.path("scale").get(1).asDouble() : 1;
    double tx = quantised ? t.path("translate").get(0).asDouble() : 0;
    double ty = quantised ? t.path("translate").get(1).asDouble() : 0;
    List<List<Point>> arcs = new ArrayList<>();
    for (JsonNode arc : root.path("arcs")) {
      List<Point> pts = new ArrayList<>(arc.size());
      long x = 0;
      long y = 0;
      for (JsonNode p : arc) {
        if (quantised) {
          x += p.get(0).asLong();
          y += p.get(1).asLong();
          pts.add(new Point(tx + sx * x, ty + sy * y));
        } else {
          pts.add(new Point(p.get(0).asDouble(), p.get(1).asDouble()));
        }
      }
      arcs.add(pts);
    }
    return arcs;
  }

  private static void polygon(JsonNode ringsNode, List<List<Point>> arcs, List<List<Point>> out) {
    for (JsonNode ring : ringsNode) {
      List<Point> pts = new ArrayList<>();
      for (JsonNode a : ring) {
        int i = a.asInt();
        List<Point> arc = arcs.get(i >= 0 ? i : ~i);
        List<Point> seq = new ArrayList<>(arc);
        if (i < 0) {
          java.util.Collections.reverse(seq);
        }
        pts.addAll(pts.isEmpty() ? seq : seq.subList(1, seq.size()));
      }
      out.add(pts);
    }
  }
}
