package cn.yicibang.domain.registry;

/** Education level as the register records it (文化程度, after GB/T 4658). */
public enum Education {
  DOCTORATE,
  MASTER,
  BACHELOR,
  JUNIOR_COLLEGE,
  SECONDARY_VOCATIONAL,
  HIGH_SCHOOL,
  JUNIOR_HIGH,
  PRIMARY,
  PRESCHOOL,
  NONE
}
