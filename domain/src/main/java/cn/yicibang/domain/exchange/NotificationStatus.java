package cn.yicibang.domain.exchange;

/** A notification's way to its department. */
public enum NotificationStatus {
  /** Written, not yet received by the department. */
  PENDING,
  /** The department's endpoint accepted it (2xx), or the department opened it in its list. */
  DELIVERED,
  /** The department confirmed it has applied it. */
  ACKNOWLEDGED
}
