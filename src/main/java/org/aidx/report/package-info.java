/** Publication outputs shared by the commands: charts (PNG and SVG) in one house style. */
package org.aidx.report;
