/**
 * Statistical coherence of an index: correlations of each indicator with its parents, Cronbach's
 * alpha and principal components per dimension, flags, and effective weights.
 */
package org.aidx.analysis.coherence;
