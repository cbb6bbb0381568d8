/**
 * Readers and writers at the edge of the core: CSV files into the core's records, with every input
 * problem reported by file, line, column and fix.
 */
package org.aidx.io;
