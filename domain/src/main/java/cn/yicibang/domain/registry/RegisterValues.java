package cn.yicibang.domain.registry;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.Label;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The register form of an item's value, and the one check of it: what the register accepts, the
 * counter accepts, and nothing else. Dates are ISO, enums their names, the ethnicity its code, the
 * identity number its 18 characters. Whether an ethnicity code exists is the caller's to check,
 * since the codes live in the database.
 */
public final class RegisterValues {

  /** Items that may be cleared (an empty value removes them). */
  public static final Set<RegisterItem> CLEARABLE =
      EnumSet.of(RegisterItem.FORMER_NAME, RegisterItem.EMPLOYER, RegisterItem.OCCUPATION);

  /** Longest free-text value, in code points. */
  public static final int TEXT_LENGTH = Person.PLACE_LENGTH * 2;

  private RegisterValues() {}

  /**
   * The value in register form, or null for a cleared item.
   *
   * @throws BusinessException saying which item is empty, too long or not valid
   */
  public static String normalise(RegisterItem item, String raw) {
    String v = raw == null ? null : raw.strip();
    if (v == null || v.isEmpty()) {
      if (CLEARABLE.contains(item)) {
        return null;
      }
      throw new BusinessException("registry.change.valueRequired", Label.of(item));
    }
    try {
      return switch (item) {
        case RESIDENT_ID -> ResidentId.of(v).value();
        case BIRTH_DATE -> LocalDate.parse(v).toString();
        case SEX -> Sex.valueOf(v).name();
        case EDUCATION -> Education.valueOf(v).name();
        case MARITAL_STATUS -> MaritalStatus.valueOf(v).name();
        case NAME -> {
          if (v.codePointCount(0, v.length()) > Person.NAME_LENGTH) {
            throw new BusinessException("registry.name.tooLong", Person.NAME_LENGTH);
          }
          yield v;
        }
        default -> {
          if (v.codePointCount(0, v.length()) > TEXT_LENGTH) {
            throw new BusinessException("registry.value.tooLong", Label.of(item));
          }
          yield v;
        }
      };
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new BusinessException("registry.value.invalid", Label.of(item), v);
    }
  }
}
