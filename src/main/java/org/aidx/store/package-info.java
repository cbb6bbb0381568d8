/**
 * The embedded store of {@code aidx serve}: uploaded datasets and frameworks, saved scenarios and
 * past runs with their manifests, in one H2 file database under the data directory. Every write is
 * one transaction; user-supplied names are labels in a column and never become file paths.
 */
package org.aidx.store;
