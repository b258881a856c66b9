package cn.yicibang.domain.organisation;

import cn.yicibang.domain.BusinessException;
import java.io.Serial;
import java.io.Serializable;

/**
 * A division code: 6 digits for province, city and district (GB/T 2260, e.g. 350305 Xiuyu), 9 for a
 * town, 12 for a village or community (statistical division codes), then 3 more for a grid and 3
 * more for a unit. Because each level extends its parent's digits, containment is a prefix test,
 * which the database can answer with an index.
 */
public final class DivisionCode implements Serializable, Comparable<DivisionCode> {

  @Serial private static final long serialVersionUID = 1L;

  /** Longest code (a unit); used by column definitions. */
  public static final int MAX_LENGTH = 18;

  private final String value;

  private DivisionCode(String value) {
    this.value = value;
  }

  public static DivisionCode of(String raw) {
    String s = raw == null ? "" : raw.strip();
    if (!s.chars().allMatch(c -> c >= '0' && c <= '9')
        || !(s.length() == 6
            || s.length() == 9
            || s.length() == 12
            || s.length() == 15
            || s.length() == MAX_LENGTH)) {
      throw new BusinessException("division.invalidCode", raw);
    }
    return new DivisionCode(s);
  }

  public String value() {
    return value;
  }

  public DivisionLevel level() {
    return switch (value.length()) {
      case 6 ->
          value.endsWith("0000")
              ? DivisionLevel.PROVINCE
              : value.endsWith("00") ? DivisionLevel.CITY : DivisionLevel.DISTRICT;
      case 9 -> DivisionLevel.TOWN;
      case 12 -> DivisionLevel.VILLAGE;
      case 15 -> DivisionLevel.GRID;
      default -> DivisionLevel.UNIT;
    };
  }

  /**
   * The digits every code below this one starts with: 350000 → "35", 350300 → "3503", a town's nine
   * digits → themselves.
   */
  public String prefix() {
    return switch (level()) {
      case PROVINCE -> value.substring(0, 2);
      case CITY -> value.substring(0, 4);
      default -> value;
    };
  }

  /** True when {@code other} is this division or lies inside it. */
  public boolean contains(DivisionCode other) {
    return other.value.startsWith(prefix());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DivisionCode other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public int compareTo(DivisionCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
