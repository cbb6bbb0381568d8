package org.aidx.report;

/**
 * Escaping for text placed in HTML, both in element content and in quoted attribute values. The
 * report is written as polyglot XHTML, so the same five escapes keep it valid HTML and well-formed
 * XML.
 *
 * <pre>{@code
 * Html.escape("Côte <&> \"d'Ivoire\"")  // "Côte &lt;&amp;&gt; &quot;d&#39;Ivoire&quot;"
 * }</pre>
 */
public final class Html {
  private Html() {}

  /** Escapes {@code & < > " '}; other characters, including non-ASCII, pass unchanged. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // Control characters other than tab and newlines are not allowed in XML 1.0 at all.
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
