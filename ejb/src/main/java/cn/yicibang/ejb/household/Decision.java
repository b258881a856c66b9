package cn.yicibang.ejb.household;

/**
 * An approver's decision: approve (with an opinion), send back (with the reason) or refuse (on a
 * refusal ground, with a note).
 */
public record Decision(DecisionKind kind, String opinion, String refusalGround) {}
