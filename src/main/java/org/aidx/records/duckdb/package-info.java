/** The default records engine: DuckDB in process over JDBC, out of core with a memory limit. */
package org.aidx.records.duckdb;
