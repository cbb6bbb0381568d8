/** Why an economy scores what it does: exactly additive decompositions of its gap to another. */
package org.aidx.analysis.explain;
