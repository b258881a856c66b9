package cn.yicibang.domain.household;

/** Work that a register change makes due. */
public enum DutyKind {
  /** A new resident identity card (name, birth date, sex, ethnicity or number changed). */
  NEW_ID_CARD,
  /** The person's page of the household booklet is reprinted. */
  BOOKLET_PAGE
}
