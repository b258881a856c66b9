package cn.yicibang.domain.bundle;

/**
 * Which register value fills a field once its section's identity number ({@code
 * <section>.residentId}) is found in the register.
 */
public enum Prefill {
  NONE,
  NAME,
  SEX,
  BIRTH_DATE,
  ADDRESS,
  HOUSEHOLD_NO
}
