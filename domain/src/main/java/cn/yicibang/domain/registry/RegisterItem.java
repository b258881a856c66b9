package cn.yicibang.domain.registry;

/**
 * The items of a person's register entry (户口登记项目). The first thirteen can be changed or corrected
 * by application; which are major and which chain approves them is data (the item catalogue), not
 * this enum. The last three change only through a register operation (a birth, a death, a move, a
 * change of head), and the history records them like any other item.
 */
public enum RegisterItem {
  NAME,
  FORMER_NAME,
  ETHNICITY,
  SEX,
  BIRTH_DATE,
  RESIDENT_ID,
  ADDRESS,
  EDUCATION,
  MARITAL_STATUS,
  EMPLOYER,
  OCCUPATION,
  BIRTHPLACE,
  NATIVE_PLACE,
  /** Active, deceased or moved out: see {@link PersonStatus}. */
  STATUS,
  /** The household number the person is registered in. */
  HOUSEHOLD,
  RELATION_TO_HEAD;

  /** True for the items that only register operations change, never an item application. */
  public boolean byOperationOnly() {
    return this == STATUS || this == HOUSEHOLD || this == RELATION_TO_HEAD;
  }
}
