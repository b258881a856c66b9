package cn.yicibang.ejb.household;

/** What an approver decides. */
public enum DecisionKind {
  APPROVE,
  SEND_BACK,
  REFUSE
}
