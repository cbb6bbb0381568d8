package org.aidx.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CJK font the HTML pages embed: a subset of Noto Sans CJK SC (SIL OFL 1.1) covering the CJK
 * characters of the shipped framework and examples, so "AI发展指数" renders offline on a machine
 * without a CJK font. How it was made, and which characters it covers: {@code
 * org/aidx/report/fonts/PROVENANCE-fonts.md}; {@code scripts/build_cjk_font.sh} regenerates it.
 *
 * <pre>{@code
 * css.append(CjkFont.fontFace());                       // @font-face {... unicode-range ...}
 * "font-family:system-ui," + CjkFont.CSS_FAMILY + ",sans-serif"
 * }</pre>
 */
public final class CjkFont {
  /** The font file, a resource of this class's package. */
  static final String RESOURCE = "fonts/NotoSansCJKsc-Regular-subset.otf";

  /** The family name the pages give the embedded font, quoted for CSS. */
  public static final String CSS_FAMILY = "'aidx Noto Sans SC'";

  /** The code points this font is meant for; everything else keeps the page's own fonts. */
  static final String UNICODE_RANGE = "U+2E80-9FFF,U+FF00-FFEF";

  private static final byte[] BYTES = load();

  private CjkFont() {}

  /** A CSS {@code @font-face} rule with the font as a base64 {@code data:} URL. */
  public static String fontFace() {
    return "@font-face{font-family:"
        + CSS_FAMILY
        + ";src:url(data:font/otf;base64,"
        + Base64.getEncoder().encodeToString(BYTES)
        + ") format('opentype');unicode-range:"
        + UNICODE_RANGE
        + ";font-display:swap}";
  }

  /** The embedded font as Java2D reads it, at size 12. */
  static Font awtFont() {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BYTES)).deriveFont(12f);
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("the embedded font " + RESOURCE + " cannot be read", e);
    }
  }

  /** Whether a code point is in the range the pages draw with this font. */
  static boolean isCjk(int codePoint) {
    return (codePoint >= 0x2E80 && codePoint <= 0x9FFF)
        || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
  }

  /** The CJK code points of the text that the embedded font has no glyph for. */
  static Set<Integer> missing(String text) {
    Font font = awtFont();
    Set<Integer> missing = new TreeSet<>();
    text.codePoints().filter(CjkFont::isCjk).filter(c -> !font.canDisplay(c)).forEach(missing::add);
    return missing;
  }

  private static byte[] load() {
    try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource org/aidx/report/" + RESOURCE + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/aidx/report/" + RESOURCE, e);
    }
  }
}
