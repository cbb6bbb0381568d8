/** The {@code aidx} command line: thin picocli commands that parse, call the core and render. */
package org.aidx.cli;
