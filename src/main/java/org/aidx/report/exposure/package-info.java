/**
 * The outputs of the exposure engine ({@code org.aidx.exposure}, {@code aidx exposure}): exposed
 * share, exposure scale and diffusion per economy as CSV or a text table ({@link
 * org.aidx.report.exposure.ExposureWriter}).
 */
package org.aidx.report.exposure;
