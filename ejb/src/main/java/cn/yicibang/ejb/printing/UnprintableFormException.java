package cn.yicibang.ejb.printing;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.reports.printing.MissingGlyph;
import java.io.Serial;
import java.util.List;

/**
 * A form was not printed because the form font cannot draw a character the clerk entered. The list
 * says which character in which field, so the clerk can tell the resident and arrange a
 * hand-written or specially typeset form instead of handing out a form that silently lost it.
 */
public class UnprintableFormException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient List<MissingGlyph> missing;

  public UnprintableFormException(List<MissingGlyph> missing) {
    super("print.unprintable", missing.size());
    this.missing = List.copyOf(missing);
  }

  public List<MissingGlyph> missing() {
    return missing;
  }
}
