package cn.yicibang.domain.household;

/** Who applies (户口登记条例 art. 7, 8, 17–18). */
public enum ApplicantRelation {
  /** The person themself (adults). */
  SELF,
  /** The head of the person's household (adults). */
  HEAD_OF_HOUSEHOLD,
  /** A parent or other guardian (minors, and the declaration of a birth). */
  GUARDIAN,
  /** A close relative or a fellow member of the household (the declaration of a death). */
  RELATIVE
}
