/**
 * Raw records to indicator tables: a job (inputs with their schemas, SQL views, the query, checks
 * and the output indicators) run by an engine behind {@link org.aidx.records.RecordsEngine} (DuckDB
 * in process by default, Apache Spark for clusters). The core imports no database driver; the
 * engines live in {@code records.duckdb} and {@code records.spark}.
 */
package org.aidx.records;
