/** Ranking with shared ties. */
package org.aidx.pipeline.rank;
