/**
 * Trends of AI development: S-curve diffusion fits with their knee points, growth and decline rates
 * with structural breaks found from the data, power-law scaling fits, and compute capacity. The
 * core works on plain numbers (dates as decimal years); reading files and printing live at the
 * edges.
 */
package org.aidx.analysis.trend;
