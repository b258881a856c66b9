package cn.yicibang.domain.registry;

/** Marital status (婚姻状况, after GB/T 2261.2). */
public enum MaritalStatus {
  UNMARRIED,
  MARRIED,
  WIDOWED,
  DIVORCED
}
