/**
 * {@code aidx data update}: fetches every indicator of the shipped dataset from its publisher
 * (World Bank API, Our World in Data grapher CSV, Epoch AI CSV, TOP500 list files, SDMX-CSV
 * services), keeps each raw response in a cache by its SHA-256 so a past update can be rebuilt
 * exactly ({@code --as-of}, {@code --offline}, a pinned manifest), gives every value its provenance
 * (URL, retrieval time, vintage, hash) and compares the result with the dataset in use. Which
 * indicator comes from which source, series and transform is data: {@code
 * org/aidx/data/update/sources.csv}, one line per indicator.
 */
package org.aidx.input.update;
