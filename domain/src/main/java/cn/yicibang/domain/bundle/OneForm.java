package cn.yicibang.domain.bundle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the one form of a bundle: every field the bundle asks for, once, each by its own kind.
 * Every problem is reported together; a value is never shortened or altered beyond trimming.
 */
public final class OneForm {

  /** Fields every bundle asks for: who applies, and how to reach them. */
  public static final String APPLICANT_ID = "applicant.residentId";

  public static final String APPLICANT_NAME = "applicant.name";

  private OneForm() {}

  /**
   * The form's values, normalised, or {@link InvalidFieldsException} naming every field that is
   * missing, not asked by this bundle, or wrong.
   *
   * @param asked field key → required, as {@link BundleDefinition#fields()} gives it
   * @param definitions the field definitions by key
   */
  public static Map<String, String> check(
      Map<String, Boolean> asked,
      Map<String, FieldDefinition> definitions,
      Map<String, String> raw,
      LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, String> values = new HashMap<>();
    for (Map.Entry<String, String> e : raw.entrySet()) {
      if (!asked.containsKey(e.getKey()) && e.getValue() != null && !e.getValue().isBlank()) {
        problems.add(new FieldProblem(e.getKey(), "bundle.field.notAsked", e.getKey()));
      }
    }
    for (Map.Entry<String, Boolean> e : asked.entrySet()) {
      String key = e.getKey();
      FieldDefinition d = definitions.get(key);
      if (d == null) {
        throw new IllegalStateException("the catalogue names an unknown field " + key);
      }
      var value = d.normalise(raw.get(key));
      boolean required = required(key, e.getValue());
      if (value.isEmpty()) {
        if (required) {
          problems.add(new FieldProblem(key, "bundle.field.required", key));
        }
        continue;
      }
      d.check(value.get(), today)
          .ifPresentOrElse(problems::add, () -> values.put(key, value.get()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    return values;
  }

  /**
   * Whether the form must have the field: when an item requires it, and always who applies (the
   * receipt and the public status page need them).
   */
  public static boolean required(String key, boolean requiredByItem) {
    return requiredByItem || key.equals(APPLICANT_ID) || key.equals(APPLICANT_NAME);
  }

  /** Like {@link #check} for the fields of one part only (a resend after a return). */
  public static Map<String, String> checkPart(
      BundleItem item,
      Map<String, FieldDefinition> definitions,
      Map<String, String> raw,
      LocalDate today) {
    Map<String, String> checked = check(item.fields(), definitions, raw, today);
    Map<String, String> result = new HashMap<>();
    item.fields().keySet().forEach(k -> result.put(k, checked.get(k)));
    return result;
  }
}
