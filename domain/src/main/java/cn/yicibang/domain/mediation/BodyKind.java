package cn.yicibang.domain.mediation;

/** What kind of body mediates. */
public enum BodyKind {
  /** 人民调解委员会 of a village, town or the district. */
  COMMITTEE,
  /** 乡贤调解委员会: a village committee of respected elders. */
  SAGE,
  /** 人民调解室 placed inside a police station, staffed by a committee's mediators. */
  ROOM
}
