package jakarta.servlet;

/**
 * Test-only shim: Spark 4.0's bundled Jetty 11 looks up this Servlet 5 marker interface, which
 * Servlet 6 (needed by Javalin 7 / Jetty 12, and therefore on aidx's classpath) removed. Spark runs
 * in the tests and the benchmark with the project's servlet-api 6 plus this one empty interface; on
 * a cluster, spark-submit puts Spark's own servlet-api 5 first and this class is not involved.
 */
@Deprecated
public interface SingleThreadModel {}
