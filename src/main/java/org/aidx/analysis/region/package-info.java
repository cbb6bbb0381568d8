/**
 * The geography of AI inside a country: regional tables with their aggregation rules, county to
 * metro aggregation over a crosswalk, concentration measures (top-k shares, HHI, Gini, Theil,
 * location quotients, Lorenz curve) and a data-driven typology of regions (k-means++ or Ward on
 * z-scored indicators, the number of groups chosen by silhouette and the gap statistic, bootstrap
 * stability, groups named from their profiles). Works on plain numbers; files and maps live at the
 * edges.
 */
package org.aidx.analysis.region;
