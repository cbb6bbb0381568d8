package org.aidx.report.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.aidx.input.TopoJson;
import org.junit.jupiter.api.Test;

class MapTest {
  @Test
  void the_centre_of_the_lower_48_lands_on_its_frame_point() {
    double[] c = AlbersUsa.project("20", -96.6, 38.7);
    assertThat(c[0]).isCloseTo(480, within(1e-9));
    assertThat(c[1]).isCloseTo(250, within(1e-9));
  }

  @Test
  void the_central_meridian_is_vertical_and_north_is_up() {
    double[] south = AlbersUsa.project("48", -96, 30);
    double[] north = AlbersUsa.project("38", -96, 45);
    assertThat(south[0]).isCloseTo(north[0], within(1e-9));
    assertThat(north[1]).isLessThan(south[1]);
    // west is left
    assertThat(AlbersUsa.project("06", -120, 37)[0])
        .isLessThan(AlbersUsa.project("36", -75, 42)[0]);
  }

  @Test
  void alaska_and_hawaii_are_insets_in_the_lower_left_and_territories_are_not_drawn() {
    double[] anchorage = AlbersUsa.project("02", -149.9, 61.2);
    double[] honolulu = AlbersUsa.project("15", -157.86, 21.31);
    assertThat(anchorage[0]).isBetween(0.0, 400.0);
    assertThat(anchorage[1]).isBetween(380.0, 600.0);
    assertThat(honolulu[0]).isBetween(150.0, 450.0);
    assertThat(honolulu[1]).isBetween(450.0, 600.0);
    assertThat(AlbersUsa.project("72", -66.1, 18.4)).isNull();
  }

  @Test
  void quantile_breaks_split_values_into_equal_counts() {
    double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(Choropleth.quantileBreaks(v, 5)).containsExactly(2, 4, 6, 8);
    assertThat(Choropleth.classOf(2, new double[] {2, 4, 6, 8})).isZero();
    assertThat(Choropleth.classOf(2.5, new double[] {2, 4, 6, 8})).isEqualTo(1);
    assertThat(Choropleth.classOf(10, new double[] {2, 4, 6, 8})).isEqualTo(4);
  }

  @Test
  void the_svg_has_a_path_with_value_and_class_per_shape_and_states_the_rule() throws Exception {
    TopoJson.Feature sq =
        new TopoJson.Feature(
            "20001",
            "Sq",
            List.of(
                List.of(
                    new TopoJson.Point(-97, 38),
                    new TopoJson.Point(-96, 38),
                    new TopoJson.Point(-96, 39),
                    new TopoJson.Point(-97, 38))));
    TopoJson.Feature none = new TopoJson.Feature("20003", "None", sq.rings());
    Choropleth m =
        Choropleth.numeric(
            "t", List.of(sq, none), List.of(), Map.of("20001", 0.5), Map.of(), "%.2f", 5);
    String svg = m.svg();
    assertThat(svg).contains("data-code=\"20001\" data-class=\"0\"", "<title>Sq: 0.50</title>");
    assertThat(svg)
        .contains("data-code=\"20003\" data-class=\"-1\"", "fill=\"#e6e6e6\"", "None: no value");
    assertThat(svg).contains("quantiles of the 1 shapes with a value");
    // well-formed XML
    assertThat(
            javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(m.svgBytes()))
                .getDocumentElement()
                .getTagName())
        .isEqualTo("svg");
    assertThat(m.png()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }
}
