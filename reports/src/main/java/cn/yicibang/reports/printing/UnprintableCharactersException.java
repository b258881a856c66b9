package cn.yicibang.reports.printing;

import java.util.List;

/**
 * The form data holds characters that the form font lacks. Printing anyway would drop them from the
 * PDF without a trace, so nothing is printed; the caller shows the list to the clerk (who may, for
 * instance, register the character with the font supplier or use the approved substitute).
 */
public class UnprintableCharactersException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<MissingGlyph> missing;

  public UnprintableCharactersException(List<MissingGlyph> missing) {
    super("The form font cannot print " + missing.size() + " character(s): " + missing);
    this.missing = List.copyOf(missing);
  }

  /** Every unprintable character, in field order, then row by row. */
  public List<MissingGlyph> missing() {
    return missing;
  }
}
