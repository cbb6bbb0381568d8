/**
 * Readers and writers: tidy long, wide and COINr CSV files, framework YAML, results in CSV, JSON
 * and Markdown, and run manifests. All writes are atomic.
 */
package org.aidx.io;
