package cn.yicibang.domain.bundle;

import cn.yicibang.domain.BusinessException;
import java.io.Serial;
import java.util.List;

/**
 * The one form was refused, naming every field that is missing or wrong at once, so the clerk
 * corrects them in one go. Nothing was saved.
 */
public class InvalidFieldsException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient List<FieldProblem> problems;

  public InvalidFieldsException(List<FieldProblem> problems) {
    super("bundle.form.invalid", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
