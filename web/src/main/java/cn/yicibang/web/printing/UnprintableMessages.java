package cn.yicibang.web.printing;

import cn.yicibang.reports.printing.MissingGlyph;
import cn.yicibang.web.i18n.Messages;
import java.util.List;
import java.util.Locale;

/** Says, per missing character, in which field and where it is, in the clerk's language. */
public final class UnprintableMessages {

  private UnprintableMessages() {}

  public static List<String> describe(List<MissingGlyph> missing, Locale locale) {
    return missing.stream()
        .map(
            m ->
                Messages.format(
                    locale,
                    "print.unprintable.detail",
                    fieldLabel(m.field(), locale),
                    m.position(),
                    m.character(),
                    String.format("U+%04X", m.codePoint())))
        .toList();
  }

  private static String fieldLabel(String field, Locale locale) {
    for (String prefix : List.of("person.", "household.", "change.")) {
      String label = Messages.format(locale, prefix + field);
      if (!label.equals(prefix + field)) {
        return label;
      }
    }
    return field;
  }
}
