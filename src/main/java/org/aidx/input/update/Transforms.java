package org.aidx.input.update;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The registry's transforms, from a series' points to the dataset's values. All of them keep the
 * publisher's numbers; the only arithmetic is a sum or a product, each stated in the unit or
 * source.
 *
 * <ul>
 *   <li>{@code copy}: the value as published, years from the first year kept.
 *   <li>{@code sum:N}: the sum over the N years ending in each year, only where all N are published
 *       ({@code sum:5} of 1, 2, 3, 4, 5 for 2015–2019 is 15 for 2019; no 2018 value).
 *   <li>{@code window0:N}: the same with an unpublished year counting as 0, for every economy and
 *       every end year from the first year kept to the last year published, rounded to 4 decimals
 *       (for counts where no record means none).
 *   <li>{@code times:IND}: value × IND's value of the same economy and year, rounded to a whole
 *       number (half to even).
 *   <li>{@code percent_of:IND}: value / 100 × IND's value, rounded likewise (a share of population
 *       → people).
 *   <li>{@code sum_by_country:COLUMN}: the adapter's sums, as they are.
 * </ul>
 *
 * <p>A copy or sum by country may end in {@code |omit:ISO3 ...}: those economies' values are
 * documented missingness and are left out (see {@link SeriesSpec#omitted}).
 */
final class Transforms {
  private Transforms() {}

  static List<UpdatedValue> apply(
      SeriesSpec s, List<Point> points, Map<String, UpdatedValue> other, DataUpdate.Settings set) {
    List<UpdatedValue> out = new ArrayList<>();
    switch (s.transformName()) {
      case "copy", "sum_by_country" -> {
        java.util.Set<String> omitted = s.omitted();
        for (Point p : points) {
          if (p.year() >= set.fromYear() && !omitted.contains(p.iso3())) {
            out.add(value(s, p, p.value(), p.text(), s.unit(), List.of(p)));
          }
        }
      }
      case "sum", "window0" -> {
        int n = Integer.parseInt(s.transformArgument());
        boolean zeroWhenMissing = s.transformName().equals("window0");
        Map<String, TreeMap<Integer, Point>> by = new TreeMap<>();
        int last = Integer.MIN_VALUE;
        for (Point p : points) {
          by.computeIfAbsent(p.iso3(), k -> new TreeMap<>()).put(p.year(), p);
          last = Math.max(last, p.year());
        }
        if (zeroWhenMissing) {
          for (String e : new TreeSet<>(set.economies())) {
            by.computeIfAbsent(e, k -> new TreeMap<>());
          }
        }
        Point any = points.isEmpty() ? null : points.get(0);
        for (var e : by.entrySet()) {
          TreeMap<Integer, Point> years = e.getValue();
          List<Integer> ends =
              zeroWhenMissing
                  ? range(set.fromYear(), last)
                  : new ArrayList<>(years.navigableKeySet());
          for (int end : ends) {
            if (end < set.fromYear()) {
              continue;
            }
            double sum = 0;
            List<Point> used = new ArrayList<>();
            boolean complete = true;
            for (int y = end - n + 1; y <= end; y++) {
              Point p = years.get(y);
              if (p == null) {
                complete = false;
                continue;
              }
              sum += p.value();
              used.add(p);
            }
            if (!complete && !zeroWhenMissing) {
              continue;
            }
            if (zeroWhenMissing) {
              sum = EpochModelsAdapter.round4(sum);
            }
            String unit =
                s.unit()
                    .replace("{start}", Integer.toString(end - n + 1))
                    .replace("{end}", Integer.toString(end));
            Point from = used.isEmpty() ? any : used.get(used.size() - 1);
            if (from == null) {
              continue;
            }
            out.add(
                new UpdatedValue(
                    e.getKey(),
                    s.indicator(),
                    end,
                    sum,
                    Double.toString(sum),
                    unit,
                    s.publisher(),
                    urls(List.of(from)),
                    from.from().get(0).retrieved().toString(),
                    DataUpdate.vintage(from),
                    hashes(List.of(from))));
          }
        }
      }
      case "times", "percent_of" -> {
        for (Point p : points) {
          UpdatedValue o = other.get(p.iso3() + "|" + p.year());
          if (o == null || p.year() < set.fromYear()) {
            continue;
          }
          double v =
              s.transformName().equals("times")
                  ? Math.rint(p.value() * o.value())
                  : Math.rint(p.value() / 100 * o.value());
          UpdatedValue x = value(s, p, v, Long.toString((long) v), s.unit(), List.of(p));
          out.add(
              new UpdatedValue(
                  x.iso3(),
                  x.indicator(),
                  x.year(),
                  x.value(),
                  x.text(),
                  x.unit(),
                  x.source(),
                  x.url() + " + " + o.url(),
                  x.retrieved(),
                  x.vintage() + " + " + o.vintage(),
                  x.sha256() + " + " + o.sha256()));
        }
      }
      default -> throw new IllegalArgumentException("unknown transform " + s.transform());
    }
    return out;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> r = new ArrayList<>();
    for (int y = from; y <= to; y++) {
      r.add(y);
    }
    return r;
  }

  private static UpdatedValue value(
      SeriesSpec s, Point p, double v, String text, String unit, List<Point> from) {
    return new UpdatedValue(
        p.iso3(),
        s.indicator(),
        p.year(),
        v,
        text,
        unit,
        s.publisher(),
        urls(from),
        p.from().get(0).retrieved().toString(),
        DataUpdate.vintage(p),
        hashes(from));
  }

  private static String urls(List<Point> ps) {
    return String.join(
        " + ",
        ps.stream().flatMap(p -> p.from().stream()).map(RawResponse::url).distinct().toList());
  }

  private static String hashes(List<Point> ps) {
    return String.join(
        " + ",
        ps.stream().flatMap(p -> p.from().stream()).map(RawResponse::sha256).distinct().toList());
  }
}
