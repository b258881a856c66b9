package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.bundle.BundleDefinition;
import cn.yicibang.domain.bundle.BundleItem;
import cn.yicibang.domain.bundle.ItemKind;
import cn.yicibang.domain.household.MaterialCondition;
import cn.yicibang.domain.household.OperationRule;
import cn.yicibang.domain.household.RegisterOperation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statement a late declaration needs, for the police part of a birth or after-death bundle: the
 * part is the station's own declaration, and declared more days after the birth or the death than
 * the station's rule allows ({@code register_operation_rule.late_after_days}), it needs what that
 * rule names for a late one ({@code applies_when = 'LATE'}). The one-time notification lists it as
 * "when declared after N days", and the hall must have seen it before it submits a late one, so the
 * station never asks the family to come back.
 */
final class LateDeclaration {

  /** The station's operation a part is, and the one-form field holding the day of the event. */
  private record Event(RegisterOperation operation, String dayField) {}

  private static final Map<ItemKind, Event> EVENTS =
      Map.of(
          ItemKind.BIRTH_REGISTRATION, new Event(RegisterOperation.BIRTH, "child.birthDate"),
          ItemKind.DEATH_REGISTRATION, new Event(RegisterOperation.DEATH, "death.date"));

  private LateDeclaration() {}

  /** The late statements the bundle's parts may need: material code → what needs it. */
  static Map<String, Need> materials(
      BundleDefinition d, Map<RegisterOperation, OperationRule> rules) {
    Map<String, Need> needs = new LinkedHashMap<>();
    for (BundleItem part : d.itemsInOrder()) {
      OperationRule rule = rule(part, rules);
      if (rule == null) {
        continue;
      }
      for (String code : lateMaterials(rule)) {
        if (!d.materials().containsKey(code)) {
          needs
              .computeIfAbsent(code, k -> new Need(new ArrayList<>(), rule.lateAfterDays()))
              .parts()
              .add(part);
        }
      }
    }
    return needs;
  }

  /** The late statements the values call for: the day of the event long enough before today. */
  static Set<String> requiredFor(
      BundleDefinition d,
      Map<String, String> values,
      Map<RegisterOperation, OperationRule> rules,
      LocalDate today) {
    Set<String> required = new TreeSet<>();
    for (BundleItem part : d.itemsInOrder()) {
      OperationRule rule = rule(part, rules);
      if (rule == null) {
        continue;
      }
      LocalDate day;
      try {
        String given = values.get(EVENTS.get(part.kind()).dayField());
        day = given == null ? null : LocalDate.parse(given.strip());
      } catch (DateTimeParseException e) {
        day = null; // the form's own check names the field
      }
      if (day != null && rule.late(day, today)) {
        required.addAll(lateMaterials(rule));
      }
    }
    return required;
  }

  private static OperationRule rule(BundleItem part, Map<RegisterOperation, OperationRule> rules) {
    Event e = EVENTS.get(part.kind());
    OperationRule rule = e == null ? null : rules.get(e.operation());
    return rule == null || !rule.enabled() || rule.lateAfterDays() == null ? null : rule;
  }

  private static Set<String> lateMaterials(OperationRule rule) {
    Set<String> codes = new TreeSet<>();
    rule.materials()
        .forEach(
            (code, when) -> {
              if (when == MaterialCondition.LATE) {
                codes.add(code);
              }
            });
    return codes;
  }

  /** The parts that need a late statement, and after how many days a declaration is late. */
  record Need(List<BundleItem> parts, int afterDays) {}
}
