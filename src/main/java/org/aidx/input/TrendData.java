package org.aidx.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.aidx.analysis.trend.Accelerator;
import org.aidx.analysis.trend.AiModel;
import org.aidx.analysis.trend.DecimalYear;
import org.aidx.analysis.trend.Precision;
import org.aidx.analysis.trend.Series;
import org.aidx.model.InputException;
import org.aidx.model.Names;
import org.aidx.model.Problem;

/**
 * Reads the data behind {@code aidx trend}: the shipped adoption series, Epoch AI's notable models
 * and ML hardware (all under {@code org/aidx/data/trends/}, see PROVENANCE-trends.md there), and
 * users' own CSV files.
 */
public final class TrendData {
  public static final String DIR = "org/aidx/data/trends/";
  public static final String TECHNOLOGY = DIR + "us-technology-adoption.csv";
  public static final String AI_ORGS = DIR + "ai-adoption-organizations.csv";
  public static final String AI_JOBS = DIR + "ai-job-postings-share.csv";
  public static final String MODELS = DIR + "epoch-notable-models.csv";
  public static final String HARDWARE = DIR + "epoch-ml-hardware.csv";

  private static final String AI_ORGS_PREFIX = "AI adoption by organizations: ";
  private static final String AI_JOBS_PREFIX = "AI job postings share: ";

  private static final Map<Precision, String> HW_COLUMNS = new EnumMap<>(Precision.class);

  static {
    HW_COLUMNS.put(Precision.FP64, "FP64 (double precision) performance (FLOP/s)");
    HW_COLUMNS.put(Precision.FP32, "FP32 (single precision) performance (FLOP/s)");
    HW_COLUMNS.put(Precision.TF32, "TF32 (TensorFloat-32) performance (FLOP/s)");
    HW_COLUMNS.put(Precision.FP16, "FP16 (half precision) performance (FLOP/s)");
    HW_COLUMNS.put(Precision.TENSOR_FP16, "Tensor-FP16/BF16 performance (FLOP/s)");
    HW_COLUMNS.put(Precision.FP8, "FP8 performance (FLOP/s)");
    HW_COLUMNS.put(Precision.FP4, "FP4 performance (FLOP/s)");
    HW_COLUMNS.put(Precision.INT8, "INT8 performance (OP/s)");
  }

  private TrendData() {}

  /** The manifest entry of an embedded file. */
  public static InputFile embedded(String role, String resource) {
    return InputFile.of(role, "embedded:" + resource, Inputs.resource(resource));
  }

  /** Every shipped adoption series by name, points in file order. */
  public static Map<String, Series> technologies() {
    Map<String, Series> out = new LinkedHashMap<>();
    readLong(
        CsvTable.parse(TECHNOLOGY, Inputs.resource(TECHNOLOGY)),
        "",
        "% of US households (or as defined in us-technology-adoption.datapackage.json)",
        out);
    readLong(
        CsvTable.parse(AI_ORGS, Inputs.resource(AI_ORGS)),
        AI_ORGS_PREFIX,
        "% of organizations surveyed (McKinsey via AI Index)",
        out);
    readLong(
        CsvTable.parse(AI_JOBS, Inputs.resource(AI_JOBS)),
        AI_JOBS_PREFIX,
        "% of job postings (Lightcast via AI Index)",
        out);
    return out;
  }

  /** The resource a shipped technology series comes from. */
  public static String resourceOf(String technology) {
    return technology.startsWith(AI_ORGS_PREFIX)
        ? AI_ORGS
        : technology.startsWith(AI_JOBS_PREFIX) ? AI_JOBS : TECHNOLOGY;
  }

  /** One shipped series, matched case-insensitively; an unknown name lists close matches. */
  public static Series technology(String name) {
    Map<String, Series> all = technologies();
    for (var e : all.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name.trim())) {
        return e.getValue();
      }
    }
    throw unknown(
        "--technology '" + name + "'", name, all.keySet(), "aidx trend scurve --list", "series");
  }

  /**
   * A series from a user's CSV: a name column ({@code series}, {@code entity} or {@code
   * technology}; optional when the file holds one series), a {@code year} or {@code date} column,
   * and a value column ({@code value}, else the last column). Rows keep their file order, so that
   * unsorted dates are reported rather than silently sorted.
   */
  public static Series userSeries(Path file, String seriesName) {
    CsvTable t = CsvTable.read(file);
    int nameCol = first(t, "series", "entity", "technology");
    int dateCol = first(t, "year", "date");
    if (dateCol < 0) {
      throw new InputException(
          file.toString(),
          "no 'year' or 'date' column among: " + String.join(", ", t.header()),
          "name the time column 'year' (e.g. 1995) or 'date' (e.g. 1995-06-30)");
    }
    int valueCol = t.has("value") ? t.column("value") : t.header().size() - 1;
    if (valueCol == dateCol || valueCol == nameCol) {
      throw new InputException(
          file.toString(),
          "no value column found among: " + String.join(", ", t.header()),
          "name the value column 'value'");
    }
    Map<String, List<CsvTable.Row>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (CsvTable.Row r : t.rows()) {
      byName
          .computeIfAbsent(nameCol < 0 ? "" : r.cells().get(nameCol).trim(), k -> new ArrayList<>())
          .add(r);
    }
    String key;
    if (seriesName == null) {
      if (byName.size() != 1) {
        throw new InputException(
            file.toString(),
            "holds " + byName.size() + " series; say which with --series",
            "e.g. --series '" + byName.keySet().iterator().next() + "'");
      }
      key = byName.keySet().iterator().next();
    } else if (nameCol < 0) {
      throw new InputException(
          file.toString(),
          "has no series, entity or technology column to find '" + seriesName + "' in",
          "add a 'series' column, or drop --series to use the whole file");
    } else if (!byName.containsKey(seriesName.trim())) {
      throw unknown(
          file + ": --series '" + seriesName + "'",
          seriesName,
          byName.keySet(),
          "check the file",
          "series");
    } else {
      key = seriesName.trim();
    }
    List<Problem> problems = new ArrayList<>();
    List<CsvTable.Row> rows = byName.get(key);
    double[] ts = new double[rows.size()];
    double[] ys = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      CsvTable.Row r = rows.get(i);
      ts[i] = date(t, r, dateCol, problems);
      ys[i] = number(t, r, valueCol, problems);
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    String label = key.isEmpty() ? file.getFileName().toString() : key;
    return Series.of(label, t.header().get(valueCol), ts, ys);
  }

  /**
   * A dated quantity from a user's CSV ({@code --date COL --value COL}), rows in file order; rows
   * with an empty value are skipped, rows with a bad date or value are errors.
   */
  public static Series userDated(Path file, String dateColumn, String valueColumn) {
    CsvTable t = CsvTable.read(file);
    int dc = need(t, dateColumn, "--date");
    int vc = need(t, valueColumn, "--value");
    List<Problem> problems = new ArrayList<>();
    List<double[]> pts = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      if (r.cells().get(vc).isBlank()) {
        continue;
      }
      pts.add(new double[] {date(t, r, dc, problems), number(t, r, vc, problems)});
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return Series.of(
        t.header().get(vc),
        t.header().get(vc),
        pts.stream().mapToDouble(p -> p[0]).toArray(),
        pts.stream().mapToDouble(p -> p[1]).toArray());
  }

  /** Paired columns of a user's CSV ({@code --x COL --y COL}); rows with either blank skipped. */
  public static double[][] userPairs(Path file, String xColumn, String yColumn) {
    CsvTable t = CsvTable.read(file);
    int xc = need(t, xColumn, "--x");
    int yc = need(t, yColumn, "--y");
    List<Problem> problems = new ArrayList<>();
    List<double[]> pts = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      if (r.cells().get(xc).isBlank() || r.cells().get(yc).isBlank()) {
        continue;
      }
      pts.add(new double[] {number(t, r, xc, problems), number(t, r, yc, problems)});
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new double[][] {
      pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray()
    };
  }

  /** Epoch AI's notable models with a publication date, sorted by date (stable). */
  public static List<AiModel> models() {
    CsvTable t = CsvTable.parse(MODELS, Inputs.resource(MODELS));
    int name = t.column("Model");
    int org = t.column("Organization");
    int date = t.column("Publication date");
    int params = t.column("Parameters");
    int compute = t.column("Training compute (FLOP)");
    int data = t.column("Training dataset size (total)");
    int conf = t.column("Confidence");
    int country = t.column("Country (of organization)");
    int frontier = t.column("Frontier model");
    int cost = t.column("Training compute cost (2023 USD)");
    List<AiModel> out = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      List<String> c = r.cells();
      OptionalDouble d = DecimalYear.parse(c.get(date));
      if (d.isEmpty()) {
        continue; // 5 models have no publication date in Epoch's file
      }
      out.add(
          new AiModel(
              c.get(name),
              c.get(org),
              c.get(country),
              d.getAsDouble(),
              num(c.get(params)),
              num(c.get(compute)),
              num(c.get(data)),
              num(c.get(cost)),
              c.get(conf),
              c.get(frontier).trim().equalsIgnoreCase("true")));
    }
    out.sort(java.util.Comparator.comparingDouble(AiModel::date));
    return out;
  }

  /** Epoch AI's ML hardware, in file order. */
  public static List<Accelerator> hardware() {
    CsvTable t = CsvTable.parse(HARDWARE, Inputs.resource(HARDWARE));
    int name = t.column("Hardware name");
    int maker = t.column("Manufacturer");
    int date = t.column("Release date");
    int price = t.column("Release price (USD)");
    List<Accelerator> out = new ArrayList<>();
    for (CsvTable.Row r : t.rows()) {
      List<String> c = r.cells();
      Map<Precision, Double> tp = new EnumMap<>(Precision.class);
      for (var e : HW_COLUMNS.entrySet()) {
        double v = num(c.get(t.column(e.getValue())));
        if (v > 0) {
          tp.put(e.getKey(), v);
        }
      }
      OptionalDouble d = DecimalYear.parse(c.get(date));
      out.add(
          new Accelerator(
              c.get(name).trim(),
              c.get(maker).trim(),
              d.isPresent() ? d.getAsDouble() : Double.NaN,
              num(c.get(price)),
              tp));
    }
    return out;
  }

  /**
   * One accelerator by name: an exact (case-insensitive) match, else the only name containing the
   * text; otherwise an error listing the candidates.
   */
  public static Accelerator accelerator(String wanted) {
    List<Accelerator> all = hardware();
    String w = wanted.trim().toLowerCase(Locale.ROOT);
    List<Accelerator> containing = new ArrayList<>();
    for (Accelerator a : all) {
      if (a.name().equalsIgnoreCase(w)) {
        return a;
      }
      if (a.name().toLowerCase(Locale.ROOT).contains(w)) {
        containing.add(a);
      }
    }
    if (containing.size() == 1) {
      return containing.get(0);
    }
    if (containing.size() > 1) {
      throw new InputException(
          "--hardware '" + wanted + "'",
          "matches "
              + containing.size()
              + " accelerators: "
              + String.join("; ", containing.stream().map(Accelerator::name).toList()),
          "give the full name (quote it)");
    }
    throw unknown(
        "--hardware '" + wanted + "'",
        wanted,
        all.stream().map(Accelerator::name).toList(),
        "aidx trend capacity --list",
        "accelerator");
  }

  private static InputException unknown(
      String where,
      String wanted,
      java.util.Collection<String> known,
      String listCommand,
      String noun) {
    List<String> close = new ArrayList<>();
    Names.closest(wanted, known).ifPresent(close::add);
    String w = wanted.trim().toLowerCase(Locale.ROOT);
    for (String k : known) {
      String lk = k.toLowerCase(Locale.ROOT);
      if (close.size() < 6
          && !close.contains(k)
          && !w.isEmpty()
          && (lk.contains(w)
              || w.contains(lk)
              || lk.startsWith(w.substring(0, Math.min(3, w.length()))))) {
        close.add(k);
      }
    }
    return new InputException(
        where,
        "no such " + noun + (close.isEmpty() ? "" : "; close matches: " + String.join(", ", close)),
        "see the full list with '" + listCommand + "'");
  }

  private static void readLong(CsvTable t, String prefix, String unit, Map<String, Series> out) {
    int entity = t.column("Entity");
    int year = t.column("Year");
    int value = t.header().size() - 1;
    Map<String, List<double[]>> pts = new LinkedHashMap<>();
    for (CsvTable.Row r : t.rows()) {
      String v = r.cells().get(value).trim();
      if (v.isEmpty()) {
        continue;
      }
      pts.computeIfAbsent(prefix + r.cells().get(entity).trim(), k -> new ArrayList<>())
          .add(new double[] {Double.parseDouble(r.cells().get(year)), Double.parseDouble(v)});
    }
    for (var e : pts.entrySet()) {
      out.put(
          e.getKey(),
          Series.of(
              e.getKey(),
              unit,
              e.getValue().stream().mapToDouble(p -> p[0]).toArray(),
              e.getValue().stream().mapToDouble(p -> p[1]).toArray()));
    }
  }

  private static int first(CsvTable t, String... names) {
    for (String n : names) {
      if (t.has(n)) {
        return t.column(n);
      }
    }
    return -1;
  }

  private static int need(CsvTable t, String column, String option) {
    if (column == null) {
      throw new InputException(
          t.name(), option + " is required with --data", "name a column: " + t.header());
    }
    int c = t.column(column);
    if (c < 0) {
      throw new InputException(
          t.name(),
          "no column '" + column + "' (" + option + "); columns: " + String.join(", ", t.header()),
          Names.closest(column, t.header())
              .map(s -> "did you mean " + s + "?")
              .orElse("check the header"));
    }
    return c;
  }

  private static double date(CsvTable t, CsvTable.Row r, int col, List<Problem> problems) {
    OptionalDouble d = DecimalYear.parse(r.cells().get(col));
    if (d.isEmpty()) {
      problems.add(
          new Problem(
              t.where(r, col),
              "'" + r.cells().get(col) + "' is not a date",
              "write 1995, 1995-06, 1995-06-30 or 1995.5"));
      return Double.NaN;
    }
    return d.getAsDouble();
  }

  private static double number(CsvTable t, CsvTable.Row r, int col, List<Problem> problems) {
    String s = r.cells().get(col).trim();
    try {
      double v = Double.parseDouble(s);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(
        new Problem(
            t.where(r, col),
            "'" + s + "' is not a number",
            "write a plain number such as 12.5 (no units, no thousands separators)"));
    return Double.NaN;
  }

  private static double num(String s) {
    String v = s.trim();
    if (v.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
