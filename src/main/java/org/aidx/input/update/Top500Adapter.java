package org.aidx.input.update;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.aidx.model.Economies;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A TOP500 list file ({@code /lists/top500/2024/11/download/TOP500_202411.xlsx}; top500.org asks
 * for a free login to download it): the first sheet has one row per system with {@code Country} and
 * {@code Rmax [TFlop/s]}. The registry's series is the edition ({@code 2024/11}) and the transform
 * names the column summed by country ({@code sum_by_country:Rmax [TFlop/s]}); the sum is exact in
 * decimal. An economy with no system on the list gets 0. The release is the edition.
 */
final class Top500Adapter implements Adapter {
  private static final Economies ECONOMIES = Economies.standard();

  @Override
  public String name() {
    return "top500";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://www.top500.org";
  }

  @Override
  public List<Point> fetch(SeriesSpec spec, Context ctx) {
    String edition = spec.series();
    if (!edition.matches("\\d{4}/\\d{2}")) {
      throw new IllegalArgumentException("a top500 series is YYYY/MM, got '" + edition + "'");
    }
    String url =
        ctx.baseUrl()
            + "/lists/top500/"
            + edition
            + "/download/TOP500_"
            + edition.replace("/", "")
            + ".xlsx";
    RawResponse r = ctx.fetcher().get(name(), url);
    String column = spec.transformArgument();
    Map<String, BigDecimal> sums = new HashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.bytes()))) {
      Sheet sheet = wb.getFirstSheet();
      List<Row> rows = sheet.read();
      if (rows.isEmpty()) {
        throw new SourceException(name(), url, "the list's first sheet is empty");
      }
      Row head = rows.get(0);
      int cCountry = -1;
      int cValue = -1;
      List<String> names = new ArrayList<>();
      for (int i = 0; i < head.getCellCount(); i++) {
        String h = head.getCellText(i).trim();
        names.add(h);
        if (h.equals("Country")) {
          cCountry = i;
        }
        if (h.equals(column)) {
          cValue = i;
        }
      }
      if (cCountry < 0 || cValue < 0) {
        throw new SourceException(
            name(),
            url,
            "expected columns 'Country' and '"
                + column
                + "' in the first sheet; the header has "
                + names
                + org.aidx.model.Names.didYouMean(cValue < 0 ? column : "Country", names));
      }
      NonNumbers bad = new NonNumbers();
      for (Row row : rows.subList(1, rows.size())) {
        String country = row.getCellText(cCountry).trim();
        if (country.isEmpty()) {
          continue;
        }
        Economies.Resolution res = ECONOMIES.resolve(country);
        String iso = res.found() ? res.iso3() : country;
        String text = row.getCellText(cValue).trim();
        BigDecimal v;
        try {
          v = new BigDecimal(text);
        } catch (NumberFormatException e) {
          bad.add(iso, Integer.parseInt(edition.substring(0, 4)), text);
          continue;
        }
        sums.merge(iso, v, BigDecimal::add);
      }
      bad.check(name(), url);
    } catch (IOException | RuntimeException e) {
      if (e instanceof SourceException se) {
        throw se;
      }
      throw new SourceException(
          name(), url, "the body is not a readable XLSX workbook (" + e.getMessage() + ")");
    }
    int year = Integer.parseInt(edition.substring(0, 4));
    List<Point> out = new ArrayList<>();
    for (String iso : new TreeSet<>(ctx.economies())) {
      BigDecimal s = sums.getOrDefault(iso, BigDecimal.ZERO);
      out.add(
          new Point(iso, year, s.doubleValue(), s.toPlainString(), List.of(r), "list " + edition));
    }
    return out;
  }
}
