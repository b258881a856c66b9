package cn.yicibang.domain.organisation;

/**
 * Levels of the administrative and grid hierarchy. Province to village are GB/T 2260 / statistical
 * division levels; grid and unit are the local "village – grid – unit" governance levels.
 */
public enum DivisionLevel {
  PROVINCE,
  CITY,
  DISTRICT,
  TOWN,
  VILLAGE,
  GRID,
  UNIT
}
