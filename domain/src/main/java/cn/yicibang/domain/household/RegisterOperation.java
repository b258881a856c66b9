package cn.yicibang.domain.household;

/**
 * What an application at the household counter does to the register. Each operation's local rule
 * (approval level, time limit, materials, legal basis) is data: {@link OperationRule}, except the
 * item changes, whose rules are per item ({@link ItemRule}).
 */
public enum RegisterOperation {
  /** Change or correction of register items (户口登记项目变更更正). */
  ITEM_CHANGE,
  /** Birth registration (出生登记): a newborn enters a parent's household. */
  BIRTH,
  /** Deregistration on death (死亡注销). */
  DEATH,
  /**
   * A move inside the district (区内迁移, also 分户 and 并户): one application at the receiving station
   * moves one or several members into another household or a new one.
   */
  MOVE_WITHIN,
  /** A move out of the district (迁出): the station issues the migration record. */
  MOVE_OUT,
  /** A move into the district from elsewhere (迁入): the person is registered, the number kept. */
  MOVE_IN,
  /** A new head of household (户主变更), with the members' relations to the new head. */
  HEAD_CHANGE,
  /** A member's relation to the head corrected or changed (与户主关系变更). */
  RELATION_CHANGE
}
