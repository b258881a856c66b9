package cn.yicibang.web.api;

import cn.yicibang.domain.BusinessException;
import java.util.List;
import java.util.Set;

/**
 * What every request body's fields need before they reach a service: a list without empty slots, a
 * choice that names one of its values. A wrong one is refused with the field's name, never with a
 * {@code null} in the sentence.
 */
public final class Bodies {

  private Bodies() {}

  /** The codes of a list (none when absent); an empty slot in it is refused. */
  public static Set<String> codes(List<String> list, String field) {
    if (list == null) {
      return Set.of();
    }
    for (String code : list) {
      if (code == null) {
        throw new BusinessException("error.emptyInList", field);
      }
    }
    return Set.copyOf(list);
  }

  /**
   * One of an enumeration's values by name.
   *
   * @param unknownKey the message for a name that is not one of them (with the name as argument)
   */
  public static <E extends Enum<E>> E choice(
      Class<E> type, String name, String field, String unknownKey) {
    if (name == null || name.isBlank()) {
      throw new BusinessException("error.missingField", field);
    }
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException(unknownKey, name);
    }
  }

  /** A date given as ISO {@code yyyy-MM-dd}; absent, it is refused as missing. */
  public static java.time.LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new BusinessException("error.missingField", field);
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new BusinessException("error.invalidDate", field, value);
    }
  }

  /** The entries of a list (none when absent); an empty slot in it is refused. */
  public static java.util.List<String> list(java.util.List<String> list, String field) {
    if (list == null) {
      return java.util.List.of();
    }
    for (String entry : list) {
      if (entry == null) {
        throw new BusinessException("error.emptyInList", field);
      }
    }
    return java.util.List.copyOf(list);
  }
}
