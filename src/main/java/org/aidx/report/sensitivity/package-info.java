/**
 * The outputs of the sensitivity analysis ({@code org.aidx.analysis.sensitivity}): Sobol indices as
 * CSV, JSON and text ({@link org.aidx.report.sensitivity.SensitivityWriter}).
 */
package org.aidx.report.sensitivity;
