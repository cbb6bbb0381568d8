/** Normalisation: bringing indicators onto a common scale, each method a type. */
package org.aidx.method.normalise;
