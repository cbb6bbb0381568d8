/**
 * Industry AI exposure × industry structure → per economy: the AI-exposed share of output, the
 * exposure scale (that share × GDP at PPP) and diffusion (the variance, across industry groups, of
 * each group's share of the economy's AI-exposed output). Pure Java: files are read in {@code
 * org.aidx.input}.
 *
 * <p>The chain: {@link org.aidx.exposure.IndustryExposure} rescales the Felten–Raj–Seamans AIIE of
 * each NAICS-4 industry to [0, 1]; {@link org.aidx.exposure.IndustryMapping} assigns each NAICS
 * industry to one group of a {@link org.aidx.exposure.StructureScheme} (UN value-added groups or
 * ILO employment groups); the group exposure is the mean over its industries; {@link
 * org.aidx.exposure.ExposureEngine} weights group exposures by each economy's group shares from
 * {@link org.aidx.exposure.IndustryStructures}. The assumption, as in the CICC method, is that an
 * industry's exposure is the same in every country.
 */
package org.aidx.exposure;
