/**
 * JMH benchmarks of the hot paths (one pipeline evaluation, one Monte Carlo replication). Not run
 * by {@code mvn verify}; run with {@code mvn -B -Pbench -DskipTests test}.
 */
package org.aidx.bench;
