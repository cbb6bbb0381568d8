/** Test fixtures shared across packages: a headless Chromium for dashboard and report tests. */
package org.aidx.testing;
