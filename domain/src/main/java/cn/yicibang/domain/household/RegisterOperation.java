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
  DEATH
}
