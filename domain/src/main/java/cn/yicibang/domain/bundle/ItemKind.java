package cn.yicibang.domain.bundle;

/** What submitting an item creates. */
public enum ItemKind {
  /** A task sent to the department through the exchange and worked in its task list. */
  TASK,
  /**
   * A household-change application at the person's registering police station; the task follows
   * that application through its approval chain.
   */
  HOUSEHOLD_CHANGE
}
