/**
 * The records engine for clusters: Apache Spark SQL, embedded ({@code local[*]}) or under {@code
 * spark-submit}. Spark is a provided dependency: on the test classpath, not in the aidx jar.
 */
package org.aidx.records.spark;
