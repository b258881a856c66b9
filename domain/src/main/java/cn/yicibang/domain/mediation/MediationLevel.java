package cn.yicibang.domain.mediation;

/** The levels of people's mediation; their order and round caps are data ({@link LevelRule}). */
public enum MediationLevel {
  VILLAGE,
  TOWN,
  DISTRICT
}
