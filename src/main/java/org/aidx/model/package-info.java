/** Vocabulary records shared by every step: directions, provenance, observations, input errors. */
package org.aidx.model;
