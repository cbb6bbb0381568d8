package org.aidx.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopoJsonTest {
  private static final String TOPO =
      """
      {"type":"Topology","transform":{"scale":[2,3],"translate":[10,20]},
       "arcs":[[[0,0],[1,0],[0,1]],[[1,1],[-1,0],[0,-1]]],
       "objects":{"shapes":{"type":"GeometryCollection","geometries":[
         {"type":"Polygon","id":"A","properties":{"name":"Alpha"},"arcs":[[0,1]]},
         {"type":"MultiPolygon","id":"B","arcs":[[[-1]]]}]}}}
      """;

  private static TopoJson.Point p(double lon, double lat) {
    return new TopoJson.Point(lon, lat);
  }

  @Test
  void quantised_arcs_are_delta_decoded_and_scaled() {
    // arc 0: running sums (0,0) (1,0) (1,1) → (10,20) (12,20) (12,23)
    // arc 1: running sums (1,1) (0,1) (0,0) → (12,23) (10,23) (10,20)
    List<TopoJson.Feature> f = TopoJson.features(TOPO.getBytes(StandardCharsets.UTF_8), "shapes");
    assertThat(f.get(0).id()).isEqualTo("A");
    assertThat(f.get(0).name()).isEqualTo("Alpha");
    // the shared end point (12,23) of arcs 0 and 1 appears once
    assertThat(f.get(0).rings())
        .containsExactly(List.of(p(10, 20), p(12, 20), p(12, 23), p(10, 23), p(10, 20)));
  }

  @Test
  void a_negative_arc_index_is_the_arc_reversed() {
    List<TopoJson.Feature> f = TopoJson.features(TOPO.getBytes(StandardCharsets.UTF_8), "shapes");
    // ~0 = −1: arc 0 backwards
    assertThat(f.get(1).rings()).containsExactly(List.of(p(12, 23), p(12, 20), p(10, 20)));
    assertThat(f.get(1).name()).isEmpty();
  }

  @Test
  void the_shipped_us_atlas_has_every_state_and_county() {
    List<TopoJson.Feature> states =
        TopoJson.features(Inputs.resource("org/aidx/data/regions/states-10m.json"), "states");
    assertThat(states).hasSize(56); // 50 states, DC and 5 territories
    assertThat(states).anySatisfy(s -> assertThat(s.name()).isEqualTo("California"));
  }
}
