package cn.yicibang.domain.bundle;

/**
 * The kinds of eligibility rule the code knows. Which bundle uses which, on which fields and with
 * which parameter, is data ({@code bundle_rule}).
 */
public enum EligibilityKind {
  /** The date in the field is at most {@code param} days ago (e.g. a newborn under 6 months). */
  MAX_AGE_DAYS,
  /** The person whose identity number is in the field is at least {@code param} years old. */
  MIN_AGE_YEARS,
  /** The field is answered {@code YES}. */
  YES,
  /** At least one of the identity numbers in the fields is in the district's register. */
  LOCAL_REGISTRATION
}
