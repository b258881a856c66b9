package cn.yicibang.domain.registry;

/**
 * Where a person stands in the register. Nobody is ever deleted: a death or a move out of the
 * district changes the status, and the record stays findable and printable with it.
 */
public enum PersonStatus {
  /** Registered and living here. */
  ACTIVE,
  /** Deregistered on death (死亡注销); the status date is the date of death. */
  DECEASED,
  /** Moved out of the district (迁出); the status date is the day of the move. */
  MOVED_OUT
}
