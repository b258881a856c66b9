package cn.yicibang.domain.household;

/** Who applies for the change (户口登记条例 art. 17–18). */
public enum ApplicantRelation {
  /** The person themself (adults). */
  SELF,
  /** The head of the person's household (adults). */
  HEAD_OF_HOUSEHOLD,
  /** A parent or other guardian (minors). */
  GUARDIAN
}
