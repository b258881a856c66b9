package cn.yicibang.domain.bundle;

import java.util.Objects;

/**
 * How one eligibility rule came out on what is known so far: passed, failed (with the value that
 * failed it), or not decidable yet because its fields are still blank.
 */
public record RuleOutcome(EligibilityRule rule, Result result, String actual) {

  /** The three outcomes. */
  public enum Result {
    PASS,
    FAIL,
    UNKNOWN
  }

  public RuleOutcome {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(result, "result");
  }
}
