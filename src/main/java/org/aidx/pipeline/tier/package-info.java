/** Tiers (梯队): groups of economies with similar index levels. */
package org.aidx.pipeline.tier;
