package cn.yicibang.domain.bundle;

/** The life of one version of a bundle's catalogue entry. */
public enum VersionStatus {
  /** Being edited by an administrator; not offered in the hall. */
  DRAFT,
  /** The version the hall uses for new applications; one per bundle. */
  PUBLISHED,
  /** Replaced by a newer published version; applications made under it keep it. */
  SUPERSEDED
}
