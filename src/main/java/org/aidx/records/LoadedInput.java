package org.aidx.records;

import java.util.List;

/**
 * An input as an engine registered it.
 *
 * @param rows the records read (bad rows left out)
 * @param badRows how many records could not be parsed
 * @param badSamples the first bad records, each with its line when the engine knows it
 */
public record LoadedInput(String name, long rows, long badRows, List<String> badSamples) {
  public LoadedInput {
    badSamples = List.copyOf(badSamples);
  }
}
