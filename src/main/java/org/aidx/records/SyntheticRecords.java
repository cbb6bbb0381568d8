package org.aidx.records;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Seeded synthetic records with the shape of the conference records ({@code conf, year, paper_id,
 * status, n_authors, author_pos, affiliation, campus, country, gs_citation}: one row per paper ×
 * author × affiliation), for benchmarks and scale tests. Values are random and mean nothing; the
 * country names are names the shipped country map knows, so the conference job maps them, and about
 * 2% are empty (unattributed), like the real records. Same seed and size, same bytes.
 */
public final class SyntheticRecords {
  private static final String[] CONFS = {
    "icra", "iros", "corl", "rss", "nips", "icml", "iclr", "cvpr", "iccv", "acl", "emnlp", "aaai",
    "ijcai", "wacv", "aistats", "naacl", "coling", "colt", "uai", "www"
  };
  private static final List<String> COUNTRIES =
      List.of(
          "United States",
          "China",
          "United Kingdom",
          "Germany",
          "Canada",
          "France",
          "Japan",
          "South Korea",
          "Switzerland",
          "Singapore",
          "India",
          "Australia",
          "Israel",
          "Netherlands",
          "Italy",
          "Spain",
          "Sweden",
          "Brazil");
  private static final String[] STATUS = {"Poster", "Oral", "Spotlight", "Accept"};

  private SyntheticRecords() {}

  /** Writes {@code rows} rows (gzip when the name ends in {@code .gz}), atomically. */
  public static void write(Path file, long rows, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
      try {
        try (OutputStream os = open(tmp, file.toString().endsWith(".gz"));
            BufferedWriter w =
                new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
          w.write(
              "conf,year,paper_id,status,n_authors,author_pos,affiliation,campus,country,gs_citation\n");
          long written = 0;
          long paper = 0;
          StringBuilder b = new StringBuilder(256);
          while (written < rows) {
            String conf = CONFS[rnd.nextInt(CONFS.length)];
            int year = 2000 + rnd.nextInt(26);
            String id = "p" + Long.toString(seed * 1_000_003L + paper++, 36);
            String status = STATUS[rnd.nextInt(STATUS.length)];
            int authors = 1 + rnd.nextInt(8);
            int cites =
                rnd.nextInt(10) == 0 ? -1 : (int) Math.floor(Math.exp(rnd.nextDouble() * 7));
            for (int a = 0; a < authors && written < rows; a++) {
              int affs = rnd.nextInt(5) == 0 ? 2 : 1;
              for (int f = 0; f < affs && written < rows; f++) {
                String country =
                    rnd.nextInt(50) == 0 ? "" : COUNTRIES.get(rnd.nextInt(COUNTRIES.size()));
                b.setLength(0);
                b.append(conf).append(',').append(year).append(',').append(id).append(',');
                b.append(status).append(',').append(authors).append(',').append(a).append(',');
                b.append("Institute ").append(rnd.nextInt(5000)).append(",,");
                b.append(country).append(',').append(cites).append('\n');
                w.write(b.toString());
                written++;
              }
            }
          }
        }
        try {
          // readable by all, like a file the shell creates (the temporary file starts private)
          Files.setPosixFilePermissions(
              tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
          // Windows: permissions follow the folder
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static OutputStream open(Path file, boolean gzip) throws IOException {
    OutputStream os = Files.newOutputStream(file);
    return gzip ? new GZIPOutputStream(os, 1 << 16) : os;
  }
}
