package cn.yicibang.domain.registry;

/** 家庭户 or 集体户. */
public enum HouseholdKind {
  FAMILY,
  COLLECTIVE
}
