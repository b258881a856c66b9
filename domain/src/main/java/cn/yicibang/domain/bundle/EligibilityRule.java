package cn.yicibang.domain.bundle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** One eligibility condition of a bundle: a kind the code knows, on fields, with a parameter. */
@Embeddable
public class EligibilityRule {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 24)
  private EligibilityKind kind;

  /** Comma-separated field keys. */
  @Column(name = "field_keys", nullable = false, length = 200)
  private String fieldKeys;

  @Column(name = "param", length = 40)
  private String param;

  protected EligibilityRule() {}

  public EligibilityRule(EligibilityKind kind, List<String> fieldKeys, String param) {
    this.kind = Objects.requireNonNull(kind, "kind");
    if (fieldKeys.isEmpty()) {
      throw new IllegalArgumentException("a rule needs a field");
    }
    this.fieldKeys = String.join(",", fieldKeys);
    this.param = param;
    if ((kind == EligibilityKind.MAX_AGE_DAYS || kind == EligibilityKind.MIN_AGE_YEARS)
        && numericParam() < 0) {
      throw new IllegalArgumentException("a number is needed: " + param);
    }
  }

  public EligibilityKind kind() {
    return kind;
  }

  public List<String> fieldKeys() {
    return Arrays.stream(fieldKeys.split(",")).map(String::strip).toList();
  }

  public String param() {
    return param;
  }

  /** The parameter as a whole number, or -1 when it is not one. */
  public int numericParam() {
    try {
      return param == null ? -1 : Integer.parseInt(param.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  EligibilityRule copy() {
    return new EligibilityRule(kind, fieldKeys(), param);
  }
}
