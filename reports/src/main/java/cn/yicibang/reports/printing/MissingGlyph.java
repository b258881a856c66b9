package cn.yicibang.reports.printing;

/**
 * A character that the form font cannot print.
 *
 * @param field the field key (for a history row, the row's column key)
 * @param rowIndex the index of the detail row, or -1 for a field
 * @param codePoint the Unicode code point, e.g. 0x20BB7 for 𠮷
 * @param position 1-based position of the character in the value, counted in code points (a
 *     surrogate pair counts once), as a clerk would count characters on the screen
 */
public record MissingGlyph(String field, int rowIndex, int codePoint, int position) {

  /** The character itself, as a string (two chars for a supplementary character). */
  public String character() {
    return Character.toString(codePoint);
  }

  @Override
  public String toString() {
    String where = rowIndex < 0 ? field : "row " + rowIndex + " " + field;
    return String.format("%s: U+%04X '%s' at position %d", where, codePoint, character(), position);
  }
}
