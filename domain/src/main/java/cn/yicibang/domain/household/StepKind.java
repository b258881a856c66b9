package cn.yicibang.domain.household;

/** The kinds of step in an application's timeline. */
public enum StepKind {
  CREATED,
  MATERIALS_MISSING,
  MATERIALS_SUPPLIED,
  ACCEPTED,
  TAKEN,
  RELEASED,
  APPROVED,
  SENT_BACK,
  RESUBMITTED,
  REFUSED,
  REGISTER_CHANGED
}
