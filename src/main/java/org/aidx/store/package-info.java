/**
 * The embedded store of {@code aidx serve}: uploaded datasets and frameworks, saved scenarios and
 * past runs with their manifests, in one H2 file database under the data directory. Every write is
 * one transaction; user-supplied names are labels in a column and never become file paths. Also the
 * one rule for a durable file outside it ({@link org.aidx.store.AtomicFiles}: written beside,
 * synced, moved into place), which the readers' caches and every output writer share.
 */
package org.aidx.store;
