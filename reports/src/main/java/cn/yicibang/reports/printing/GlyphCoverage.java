package cn.yicibang.reports.printing;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which characters the form font can print. JasperReports drops a character the font lacks from the
 * PDF without any error or log (吉𠮷 prints as 吉), and Noto Sans SC covers nearly all of the basic
 * CJK block and Extension A but almost none of Extension B, where rare name characters live.
 *
 * <p>Loads the same TTF that the font extension embeds, once per JVM. Thread-safe.
 */
public final class GlyphCoverage {

  static final String NOTO_SANS_SC = "/fonts/noto-sans-sc/NotoSansSC-Regular.ttf";

  private final Font font;

  private GlyphCoverage(Font font) {
    this.font = font;
  }

  /** The coverage of the font every official form uses. */
  public static GlyphCoverage notoSansSc() {
    return NotoSansSc.COVERAGE;
  }

  /**
   * True if the character survives printing: the font has a glyph for it, or it is whitespace or a
   * control character (line breaks, tabs), which lay out text rather than print.
   */
  public boolean canPrint(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.getType(codePoint) == Character.CONTROL
        || font.canDisplay(codePoint);
  }

  /**
   * Every character in the fields and rows of {@code data} that cannot be printed, walking each
   * value by code point so that a supplementary character (a surrogate pair) is reported once, as
   * itself. Empty when the form can be printed as given.
   */
  public List<MissingGlyph> check(FormData data) {
    List<MissingGlyph> missing = new ArrayList<>();
    data.fields().forEach((key, value) -> collect(key, -1, value, missing));
    List<Map<String, String>> rows = data.rows();
    for (int row = 0; row < rows.size(); row++) {
      int rowIndex = row;
      rows.get(row).forEach((key, value) -> collect(key, rowIndex, value, missing));
    }
    return missing;
  }

  private void collect(String field, int rowIndex, String value, List<MissingGlyph> missing) {
    int position = 0;
    for (int offset = 0; offset < value.length(); ) {
      int codePoint = value.codePointAt(offset);
      position++;
      if (!canPrint(codePoint)) {
        missing.add(new MissingGlyph(field, rowIndex, codePoint, position));
      }
      offset += Character.charCount(codePoint);
    }
  }

  /** Loaded on first use: parsing the 10 MB font takes a moment that only printing should pay. */
  private static final class NotoSansSc {
    static final GlyphCoverage COVERAGE = new GlyphCoverage(load(NOTO_SANS_SC));

    private static Font load(String resource) {
      try (InputStream in = GlyphCoverage.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("font " + resource + " is not on the class path");
        }
        return Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read font " + resource, e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("font " + resource + " is not a TrueType font", e);
      }
    }
  }
}
