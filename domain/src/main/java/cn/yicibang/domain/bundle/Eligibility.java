package cn.yicibang.domain.bundle;

import cn.yicibang.domain.registry.ResidentId;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Evaluates a bundle's eligibility rules on the values known so far. A rule whose fields are blank
 * is not decided yet; a value of the wrong form fails the rule rather than passing it.
 */
public final class Eligibility {

  private Eligibility() {}

  /**
   * @param registered whether an identity number is in the district's register
   */
  public static List<RuleOutcome> evaluate(
      BundleDefinition definition,
      Map<String, String> values,
      Predicate<ResidentId> registered,
      LocalDate today) {
    return definition.rules().stream().map(r -> evaluate(r, values, registered, today)).toList();
  }

  public static boolean eligible(List<RuleOutcome> outcomes) {
    return outcomes.stream().allMatch(o -> o.result() == RuleOutcome.Result.PASS);
  }

  static RuleOutcome evaluate(
      EligibilityRule rule,
      Map<String, String> values,
      Predicate<ResidentId> registered,
      LocalDate today) {
    List<String> known =
        rule.fieldKeys().stream()
            .map(values::get)
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
    if (known.isEmpty()) {
      return new RuleOutcome(rule, RuleOutcome.Result.UNKNOWN, null);
    }
    String first = known.get(0);
    return switch (rule.kind()) {
      case MAX_AGE_DAYS -> {
        Optional<LocalDate> date = date(first);
        if (date.isEmpty()) {
          yield fail(rule, first);
        }
        long days = ChronoUnit.DAYS.between(date.get(), today);
        yield days >= 0 && days <= rule.numericParam()
            ? pass(rule, Long.toString(days))
            : fail(rule, Long.toString(days));
      }
      case MIN_AGE_YEARS -> {
        Optional<LocalDate> birth = date(first).or(() -> birthDate(first));
        if (birth.isEmpty()) {
          yield fail(rule, first);
        }
        int years = Period.between(birth.get(), today).getYears();
        yield years >= rule.numericParam()
            ? pass(rule, Integer.toString(years))
            : fail(rule, Integer.toString(years));
      }
      case YES -> FieldDefinition.YES.equals(first) ? pass(rule, first) : fail(rule, first);
      case LOCAL_REGISTRATION -> {
        boolean any =
            known.stream()
                .filter(ResidentId::isValid)
                .map(v -> ResidentId.of(v.toUpperCase(java.util.Locale.ROOT)))
                .anyMatch(registered);
        yield any ? pass(rule, null) : fail(rule, null);
      }
    };
  }

  private static Optional<LocalDate> date(String v) {
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> birthDate(String v) {
    String id = v.toUpperCase(java.util.Locale.ROOT);
    return ResidentId.isValid(id) ? Optional.of(ResidentId.of(id).birthDate()) : Optional.empty();
  }

  private static RuleOutcome pass(EligibilityRule rule, String actual) {
    return new RuleOutcome(rule, RuleOutcome.Result.PASS, actual);
  }

  private static RuleOutcome fail(EligibilityRule rule, String actual) {
    return new RuleOutcome(rule, RuleOutcome.Result.FAIL, actual);
  }
}
