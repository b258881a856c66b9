package cn.yicibang.domain.bundle;

/** What an entry of a bundle application's timeline records. */
public enum EventKind {
  SUBMITTED,
  SENT,
  ACCEPTED,
  COMPLETED,
  RETURNED,
  RESENT,
  OVERDUE,
  BUNDLE_COMPLETED
}
