package cn.yicibang.domain.household;

import cn.yicibang.domain.BusinessException;

/** The one reading of a typed text: blanks around it dropped, an empty one absent. */
final class Texts {

  private Texts() {}

  static String optional(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  /** A person's name as typed, or null; longer than a register name is refused. */
  static String name(String raw) {
    String s = optional(raw);
    if (s != null
        && s.codePointCount(0, s.length()) > cn.yicibang.domain.registry.Person.NAME_LENGTH) {
      throw new BusinessException(
          "registry.name.tooLong", cn.yicibang.domain.registry.Person.NAME_LENGTH);
    }
    return s;
  }

  static String required(String raw, String messageKey) {
    String s = optional(raw);
    if (s == null) {
      throw new BusinessException(messageKey);
    }
    return s;
  }
}
