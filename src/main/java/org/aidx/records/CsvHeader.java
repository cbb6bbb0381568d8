package org.aidx.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The first line of a CSV file (gzip or plain), split into column names. */
final class CsvHeader {
  private CsvHeader() {}

  /** The header's names, or an empty list when the file holds no line at all. */
  static List<String> read(Path file) throws IOException {
    try (InputStream in = open(file);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine();
      if (line == null || line.isBlank()) {
        return List.of();
      }
      if (line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      return split(line);
    }
  }

  /** The file's bytes, gunzipped when they start with the gzip magic number. */
  static InputStream open(Path file) throws IOException {
    PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 2);
    byte[] magic = in.readNBytes(2);
    in.unread(magic);
    boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    return gzip ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /**
   * Splits one CSV line: {@code a,"b,c",d} → {@code [a, b,c, d]}; {@code ""} inside quotes is a
   * quote.
   */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(f.toString().strip());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString().strip());
    return out;
  }
}
