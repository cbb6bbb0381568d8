/**
 * The outputs of the regional analyses ({@code org.aidx.analysis.region}): concentration and
 * typology tables as CSV, JSON and text ({@link org.aidx.report.region.RegionWriter}), the Lorenz
 * and k-choice charts, the US maps (Albers USA projection, county and state choropleths) and the
 * report's Regions section.
 */
package org.aidx.report.region;
