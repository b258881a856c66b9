package cn.yicibang.domain.mediation;

/** How soon the dispute needs attention. */
public enum Urgency {
  NORMAL,
  /** Risk of the dispute turning into a fight or a crime: mediate at once. */
  URGENT
}
