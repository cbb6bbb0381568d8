/**
 * The pipeline: transform → impute → treat → normalise → aggregate → rank → tier, each step a
 * named, replaceable choice recorded in a {@link org.aidx.pipeline.PipelineSpec}.
 */
package org.aidx.pipeline;
