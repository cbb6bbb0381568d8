package org.aidx.records;

import java.util.List;
import java.util.Map;

/**
 * A records job: raw inputs, parameters, SQL views built in order, the query producing the
 * indicator rows, checks whose rows become notes, and the output. Read from YAML by {@code
 * io.JobFiles}; run by {@link RecordsRunner}.
 *
 * <p>The query returns the columns {@code <key>, indicator, year, value, unit}; the SQL must run
 * unchanged on DuckDB and Spark SQL (portable subset: window functions, {@code CASE}, {@code CAST(x
 * AS DOUBLE|STRING)}, {@code concat}, {@code UNION ALL}).
 *
 * @param file where the job came from, for messages ({@code jobs/x.yaml} or {@code builtin:x})
 */
public record RecordsJob(
    String id,
    String description,
    String file,
    List<JobInput> inputs,
    Map<String, JobParam> params,
    List<SqlBlock> views,
    SqlBlock query,
    List<Check> checks,
    JobOutput output) {
  public RecordsJob {
    inputs = List.copyOf(inputs);
    params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    views = List.copyOf(views);
    checks = List.copyOf(checks);
  }
}
