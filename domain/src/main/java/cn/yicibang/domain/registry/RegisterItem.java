package cn.yicibang.domain.registry;

/**
 * The items of a person's register entry that can be changed or corrected (户口登记项目). Which are major
 * and which chain approves them is data (the item catalogue), not this enum.
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
  NATIVE_PLACE
}
