package cn.yicibang.domain.audit;

/** What an audit entry records. */
public enum AuditAction {
  /** A view of a person's full record, with the full identity number. */
  VIEW_PERSON,
  /** A search of the register (what was searched, not the results). */
  SEARCH_REGISTER,
  /** A write to the register. */
  WRITE_REGISTER,
  /** An official form was printed. */
  PRINT_FORM,
  /** A printed form was refused because the font cannot draw a character. */
  PRINT_REFUSED,
  /** An application was created, amended or moved from one state to another. */
  CASE_TRANSITION,
  /** A department notification was delivered, acknowledged or retried. */
  NOTIFICATION,
  /** A rule of the catalogue was changed by an administrator. */
  RULE_CHANGE,
  LOGIN,
  LOGIN_FAILED,
  /** Too many failed logins: the user name or the address is locked for a while. */
  LOGIN_LOCKED,
  PASSWORD_CHANGED,
  /** The audit chain was verified (the result is in the detail). */
  VERIFY_AUDIT,
  LOGOUT
}
