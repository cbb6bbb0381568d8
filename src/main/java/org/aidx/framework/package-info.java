/**
 * The index tree (index → layers → dimensions → indicators): nodes with weights, directions,
 * transforms and methods, and the validation of a tree.
 */
package org.aidx.framework;
