package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.bundle.BundleDefinition;
import cn.yicibang.domain.bundle.BundleItem;
import cn.yicibang.domain.bundle.ItemKind;
import cn.yicibang.domain.household.ItemRule;
import cn.yicibang.domain.household.Material;
import cn.yicibang.domain.registry.RegisterItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The police part of a change-and-correction bundle, which the station handles as its own
 * household-change application: the one form's fields it reads, and the proofs it needs. Which
 * proof an item needs is the station's rule ({@code change_item_material}), not the bundle's: the
 * one-time notification lists those proofs as "when changing …", and the hall must have seen the
 * proof for the item chosen before it submits, so the station never asks the citizen to come back.
 */
final class ChangePart {

  static final String SUBJECT_ID = "subject.residentId";
  static final String ITEM = "change.item";
  static final String NEW_VALUE = "change.newValue";
  static final String REASON = "change.reason";

  /** The signed one form taken in the hall stands for the station's own application form. */
  static final String SIGNED_FORM = "FORM_SIGNED";

  private ChangePart() {}

  /**
   * The proofs the bundle's police part may need beyond the bundle's own list, each with the items
   * needing it and the register items for which it is needed, in register-item order.
   */
  static Map<Material, Need> conditionalMaterials(
      BundleDefinition d, Map<RegisterItem, ItemRule> rules) {
    Map<Material, Need> needs = new LinkedHashMap<>();
    for (BundleItem part : parts(d)) {
      for (RegisterItem item : RegisterItem.values()) {
        ItemRule rule = rules.get(item);
        if (rule == null || !rule.enabled()) {
          continue;
        }
        for (Material m : rule.materials()) {
          if (!m.code().equals(SIGNED_FORM) && !d.materials().containsKey(m.code())) {
            Need need =
                needs.computeIfAbsent(m, k -> new Need(new ArrayList<>(), new ArrayList<>()));
            if (!need.parts().contains(part)) {
              need.parts().add(part);
            }
            if (!need.items().contains(item)) {
              need.items().add(item);
            }
          }
        }
      }
    }
    return needs;
  }

  /** The proofs the police parts need for the items chosen on the one form. */
  static Set<String> requiredFor(
      BundleDefinition d, Map<String, String> values, Map<RegisterItem, ItemRule> rules) {
    Set<String> required = new LinkedHashSet<>();
    if (parts(d).isEmpty() || values.get(ITEM) == null) {
      return required;
    }
    ItemRule rule = rules.get(RegisterItem.valueOf(values.get(ITEM)));
    if (rule != null) {
      rule.materials().stream()
          .map(Material::code)
          .filter(code -> !code.equals(SIGNED_FORM))
          .sorted()
          .forEach(required::add);
    }
    return required;
  }

  private static List<BundleItem> parts(BundleDefinition d) {
    return d.itemsInOrder().stream().filter(i -> i.kind() == ItemKind.HOUSEHOLD_CHANGE).toList();
  }

  /** Which parts need a conditional proof, and for which register items. */
  record Need(List<BundleItem> parts, List<RegisterItem> items) {}
}
