package org.aidx.records.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aidx.model.InputException;
import org.aidx.records.BadRows;
import org.aidx.records.ColumnType;
import org.aidx.records.EngineException;
import org.aidx.records.Format;
import org.aidx.records.JobInput;
import org.aidx.records.LoadedInput;
import org.aidx.records.RecordsEngine;
import org.aidx.records.SqlBlock;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Apache Spark SQL runs the same job as DuckDB: inputs become temporary views, job views are cached
 * tables ({@code CACHE TABLE name AS ...}), the query is collected to the driver (indicator tables
 * are small). Unparseable CSV records are caught with Spark's corrupt-record column; Spark does not
 * know their line numbers, so they are reported by content.
 */
public final class SparkEngine implements RecordsEngine {
  private static final String CORRUPT = "_aidx_corrupt_record";
  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  private static final int SAMPLES = 5;

  private final SparkSession spark;

  private SparkEngine(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Starts (or joins, under spark-submit) a Spark session.
   *
   * @param master a master URL, or null to use the one spark-submit configured ({@code local[*]}
   *     when there is none)
   */
  public static SparkEngine open(String master) {
    if (master != null) {
      checkReachable(master);
    }
    SparkSession.Builder b =
        SparkSession.builder()
            .appName("aidx records")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.session.timeZone", "UTC");
    if (master != null) {
      b = b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      return open("local[*]");
    }
    if (master != null && master.startsWith("local")) {
      // one machine: few shuffle partitions (the default 200 is sized for clusters), loopback only
      b =
          b.config("spark.sql.shuffle.partitions", "8")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1");
    }
    SparkSession s;
    try {
      s = b.getOrCreate();
    } catch (Exception e) {
      throw new InputException(
          "--master " + master,
          "Spark could not start: " + e.getMessage(),
          "check the master URL and that the cluster accepts applications");
    }
    s.sparkContext().setLogLevel("WARN");
    return new SparkEngine(s);
  }

  /**
   * A standalone or Kubernetes master that does not answer on its port is reported at once, with
   * exit code 2, instead of after Spark's minute of retries.
   */
  static void checkReachable(String master) {
    List<String> hosts = new ArrayList<>();
    if (master.startsWith("spark://")) {
      hosts.addAll(Arrays.asList(master.substring("spark://".length()).split(",")));
    } else if (master.startsWith("k8s://")) {
      URI u = URI.create(master.substring("k8s://".length()));
      int port = u.getPort() > 0 ? u.getPort() : "http".equals(u.getScheme()) ? 80 : 443;
      hosts.add(u.getHost() + ":" + port);
    } else if (master.startsWith("local") || master.equals("yarn")) {
      return;
    } else {
      throw new InputException(
          "--master " + master,
          "is not a Spark master URL",
          "use local[*], spark://HOST:7077, yarn or k8s://https://HOST:PORT");
    }
    List<String> failed = new ArrayList<>();
    for (String hp : hosts) {
      int colon = hp.lastIndexOf(':');
      String host = colon < 0 ? hp : hp.substring(0, colon);
      int port = colon < 0 ? 7077 : Integer.parseInt(hp.substring(colon + 1).replaceAll("/.*", ""));
      try (Socket so = new Socket()) {
        so.connect(new InetSocketAddress(host, port), 5000);
        return;
      } catch (IOException | IllegalArgumentException e) {
        failed.add(host + ":" + port + " (" + e.getMessage() + ")");
      }
    }
    throw new InputException(
        "--master " + master,
        "the Spark master cannot be reached: " + String.join(", ", failed),
        "start the master or correct the URL; to run on this machine use --master 'local[*]'");
  }

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public String version() {
    return spark.version() + " (master " + spark.sparkContext().master() + ")";
  }

  @Override
  public List<String> columns(Path file, Format format) throws EngineException {
    try {
      return Arrays.asList(
          (format == Format.PARQUET
                  ? spark.read().parquet(file.toString())
                  : spark.read().json(file.toString()))
              .columns());
    } catch (Exception e) {
      throw new EngineException(firstLine(e), 0);
    }
  }

  @Override
  public LoadedInput load(JobInput in, Path file, List<String> header, BadRows badRows)
      throws EngineException {
    try {
      Dataset<Row> df;
      if (in.format() == Format.CSV) {
        List<StructField> fields = new ArrayList<>();
        for (String c : header) {
          fields.add(
              DataTypes.createStructField(
                  c, type(in.columns().getOrDefault(c, ColumnType.STRING)), true));
        }
        fields.add(DataTypes.createStructField(CORRUPT, DataTypes.StringType, true));
        df =
            spark
                .read()
                .option("header", "true")
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .schema(new StructType(fields.toArray(StructField[]::new)))
                .csv(file.toString())
                .cache();
      } else {
        df = format(in.format(), file);
      }
      long bad = 0;
      List<String> samples = new ArrayList<>();
      if (in.format() == Format.CSV) {
        Dataset<Row> corrupt = df.filter(df.col(CORRUPT).isNotNull());
        bad = corrupt.count();
        for (Row r : corrupt.limit(SAMPLES).collectAsList()) {
          String rec = r.getString(r.fieldIndex(CORRUPT));
          samples.add("record: " + (rec.length() > 120 ? rec.substring(0, 117) + "..." : rec));
        }
        df = df.filter(df.col(CORRUPT).isNull());
      }
      Dataset<Row> good = df;
      org.apache.spark.sql.Column[] cols =
          in.columns().entrySet().stream()
              .map(e -> good.col("`" + e.getKey() + "`").cast(type(e.getValue())).as(e.getKey()))
              .toArray(org.apache.spark.sql.Column[]::new);
      Dataset<Row> selected = good.select(cols);
      selected.createOrReplaceTempView(in.name());
      long rows = selected.count();
      return new LoadedInput(in.name(), rows, bad, samples);
    } catch (Exception e) {
      throw new EngineException(firstLine(e), 0);
    }
  }

  private Dataset<Row> format(Format f, Path file) {
    return f == Format.PARQUET
        ? spark.read().parquet(file.toString())
        : spark.read().json(file.toString());
  }

  @Override
  public void createView(SqlBlock block) throws EngineException {
    try {
      // same first line as the job's SQL, so Spark's "line n" still counts the job's lines
      // dropping the view also uncaches it; an UNCACHE first would re-analyse a view left by
      // another job over this job's inputs, and fail when their columns differ
      spark.catalog().dropTempView(block.name());
      spark.sql("CACHE TABLE " + block.name() + " AS " + block.sql());
    } catch (Exception e) {
      throw error(e);
    }
  }

  @Override
  public List<Object[]> query(SqlBlock block, Progress progress) throws EngineException {
    try {
      List<Object[]> out = new ArrayList<>();
      for (Row r : spark.sql(block.sql()).collectAsList()) {
        Object[] row = new Object[r.length()];
        for (int i = 0; i < row.length; i++) {
          row[i] = r.get(i);
        }
        out.add(row);
      }
      return out;
    } catch (Exception e) {
      throw error(e);
    }
  }

  @Override
  public void close() {
    spark.stop();
  }

  private static EngineException error(Exception e) {
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher m = LINE.matcher(msg);
    return new EngineException(firstLine(e), m.find() ? Integer.parseInt(m.group(1)) : 0);
  }

  private static String firstLine(Exception e) {
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    return msg.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(msg);
  }

  private static DataType type(ColumnType t) {
    return switch (t) {
      case STRING -> DataTypes.StringType;
      case INT -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
    };
  }
}
