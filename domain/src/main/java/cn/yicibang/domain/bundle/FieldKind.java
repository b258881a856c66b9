package cn.yicibang.domain.bundle;

/** How a field of the one form is entered and checked. */
public enum FieldKind {
  /** Free text, up to the field's length; any character the clerk can type is kept. */
  TEXT,
  /** A calendar date, {@code yyyy-MM-dd}, not in the future. */
  DATE,
  /** An 18-character citizen identity number with a valid check character. */
  RESIDENT_ID,
  /** A mobile (11 digits) or fixed-line telephone number. */
  PHONE,
  /** {@code YES} or {@code NO}. */
  YES_NO,
  /** {@code MALE} or {@code FEMALE}. */
  SEX,
  /** Digits only (account numbers, amounts, counts). */
  DIGITS,
  /** One of the register items a household change may apply for. */
  REGISTER_ITEM
}
