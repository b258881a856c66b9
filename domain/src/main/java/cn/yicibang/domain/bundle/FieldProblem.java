package cn.yicibang.domain.bundle;

import java.util.Objects;

/**
 * What is wrong with one field of the one form: the field's key, and a message key with its
 * arguments (the first argument is always the field's label in the caller's language, filled in by
 * whoever shows it).
 */
public record FieldProblem(String fieldKey, String messageKey, Object... arguments) {

  public FieldProblem {
    Objects.requireNonNull(fieldKey, "fieldKey");
    Objects.requireNonNull(messageKey, "messageKey");
    arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  @Override
  public Object[] arguments() {
    return arguments.clone();
  }
}
