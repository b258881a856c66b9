package cn.yicibang.domain.bundle;

/** Where a bundle application stands as a whole. */
public enum BundleStatus {
  /** At least one task is not completed yet. */
  IN_PROGRESS,
  /** Every task is completed. */
  COMPLETED
}
