package cn.yicibang.domain.household;

/** Work that a register change makes due. */
public enum DutyKind {
  /** A new resident identity card (name, birth date, sex, ethnicity or number changed). */
  NEW_ID_CARD,
  /** The person's page of the household booklet is printed, reprinted or stamped. */
  BOOKLET_PAGE,
  /** The identity card of a deceased person is collected and cancelled. */
  ID_CARD_COLLECTED
}
