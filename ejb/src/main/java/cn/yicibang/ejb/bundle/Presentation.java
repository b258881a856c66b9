package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.bundle.BundleApplication;
import cn.yicibang.domain.bundle.BundleDefinition;
import cn.yicibang.domain.bundle.BundleItem;
import cn.yicibang.domain.bundle.BundleTask;
import cn.yicibang.domain.bundle.EligibilityRule;
import cn.yicibang.domain.bundle.FieldDefinition;
import cn.yicibang.domain.bundle.FieldProblem;
import cn.yicibang.domain.bundle.RuleOutcome;
import cn.yicibang.domain.household.ItemRule;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.ejb.printing.FormLabels;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Turns bundle entities into what people read, in their language. */
final class Presentation {

  private Presentation() {}

  static String format(FormLabels labels, String key, Object... args) {
    return new MessageFormat(labels.bundle().getString(key), labels.locale()).format(args);
  }

  static Views.Offer offer(BundleDefinition d, Locale locale) {
    List<String> departments =
        d.itemsInOrder().stream().map(i -> department(i, locale)).distinct().toList();
    return new Views.Offer(
        d.code(),
        d.name(locale),
        d.description(locale),
        d.versionNo(),
        d.items().size(),
        d.materials().size(),
        longestDays(d),
        departments);
  }

  /** The department of an item, or "the registering police station" when it is routed. */
  static String department(BundleItem i, Locale locale) {
    return i.department() != null
        ? i.department().name(locale)
        : FormLabels.of(locale).bundle().getString("bundle.registeringStation");
  }

  /** The longest chain of time limits through the waits: the promised overall time. */
  static int longestDays(BundleDefinition d) {
    Map<String, Integer> finish = new LinkedHashMap<>();
    for (BundleItem i : d.itemsInOrder()) {
      int start = i.waitsFor().stream().mapToInt(w -> finish.getOrDefault(w, 0)).max().orElse(0);
      finish.put(i.code(), start + i.timeLimitDays());
    }
    return finish.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  static List<Views.FormSection> sections(
      BundleDefinition d, Map<String, FieldDefinition> fields, Locale locale) {
    Map<String, Boolean> asked = d.fields();
    Map<String, Views.FormSection> sections = new LinkedHashMap<>();
    for (FieldDefinition f : fields.values()) { // form order
      if (!asked.containsKey(f.key())) {
        continue;
      }
      sections
          .computeIfAbsent(
              f.section().code(),
              c -> new Views.FormSection(c, f.section().name(locale), new ArrayList<>()))
          .fields()
          .add(
              new Views.FormField(
                  f.key(),
                  f.label(locale),
                  f.kind(),
                  cn.yicibang.domain.bundle.OneForm.required(f.key(), asked.get(f.key())),
                  f.maxLength(),
                  f.key().endsWith(FieldDefinition.RESIDENT_ID_SUFFIX)));
    }
    return List.copyOf(sections.values());
  }

  static Views.Notice notice(
      BundleDefinition d,
      Map<String, FieldDefinition> fields,
      Map<String, cn.yicibang.domain.household.Material> known,
      Map<RegisterItem, ItemRule> changeRules,
      Map<
              cn.yicibang.domain.household.RegisterOperation,
              cn.yicibang.domain.household.OperationRule>
          operationRules,
      Locale locale) {
    FormLabels labels = FormLabels.of(locale);
    List<Views.NoticeMaterial> materials = new ArrayList<>();
    d.materials()
        .forEach(
            (code, items) ->
                materials.add(
                    new Views.NoticeMaterial(
                        code,
                        known.containsKey(code) ? known.get(code).name(locale) : code,
                        known.containsKey(code) ? known.get(code).note(locale) : "",
                        items.stream().map(i -> i.name(locale)).toList(),
                        "")));
    String separator = labels.bundle().getString("list.separator");
    ChangePart.conditionalMaterials(d, changeRules)
        .forEach(
            (m, need) ->
                materials.add(
                    new Views.NoticeMaterial(
                        m.code(),
                        m.name(locale),
                        m.note(locale),
                        need.parts().stream().map(i -> i.name(locale)).toList(),
                        format(
                            labels,
                            "bundle.notice.when",
                            String.join(
                                separator, need.items().stream().map(labels::item).toList())))));
    LateDeclaration.materials(d, operationRules)
        .forEach(
            (code, need) ->
                materials.add(
                    new Views.NoticeMaterial(
                        code,
                        known.containsKey(code) ? known.get(code).name(locale) : code,
                        known.containsKey(code) ? known.get(code).note(locale) : "",
                        need.parts().stream().map(i -> i.name(locale)).toList(),
                        format(labels, "bundle.notice.whenLate", need.afterDays()))));
    List<Views.NoticeOffice> offices = new ArrayList<>();
    for (BundleItem i : d.itemsInOrder()) {
      offices.add(
          new Views.NoticeOffice(
              i.code(),
              i.name(locale),
              department(i, locale),
              i.timeLimitDays(),
              i.waitsFor().stream().map(w -> d.item(w).name(locale)).toList()));
    }
    List<String> conditions = d.rules().stream().map(r -> condition(r, fields, labels)).toList();
    return new Views.Notice(
        d.code(),
        d.name(locale),
        d.description(locale),
        d.versionNo(),
        conditions,
        materials,
        offices,
        longestDays(d));
  }

  static String condition(
      EligibilityRule r, Map<String, FieldDefinition> fields, FormLabels labels) {
    return format(
        labels,
        "bundle.rule." + r.kind().name(),
        fieldLabels(r.fieldKeys(), fields, labels),
        r.param());
  }

  static Views.RuleCheck check(
      RuleOutcome o, Map<String, FieldDefinition> fields, FormLabels labels) {
    String names = fieldLabels(o.rule().fieldKeys(), fields, labels);
    String why =
        switch (o.result()) {
          case PASS -> null;
          case UNKNOWN -> format(labels, "bundle.rule.unknown", names);
          case FAIL ->
              format(
                  labels,
                  "bundle.rule." + o.rule().kind().name() + ".fail",
                  names,
                  o.rule().param(),
                  o.actual());
        };
    return new Views.RuleCheck(condition(o.rule(), fields, labels), o.result(), why);
  }

  private static String fieldLabels(
      List<String> keys, Map<String, FieldDefinition> fields, FormLabels labels) {
    return String.join(
        labels.bundle().getString("list.or"),
        keys.stream()
            .map(k -> fields.containsKey(k) ? fields.get(k).label(labels.locale()) : k)
            .toList());
  }

  /** A field problem as a sentence; the first argument (the key) becomes the field's label. */
  static String problem(FieldProblem p, Map<String, FieldDefinition> fields, FormLabels labels) {
    Object[] args = p.arguments();
    if (args.length > 0 && fields.containsKey(p.fieldKey())) {
      args[0] = fields.get(p.fieldKey()).label(labels.locale());
    }
    return format(labels, p.messageKey(), args);
  }

  /** A stored value in words: yes/no, sex and register items translated, dates as dates. */
  static String display(FieldDefinition f, String value, FormLabels labels) {
    if (value == null || f == null) {
      return value == null ? "" : value;
    }
    return switch (f.kind()) {
      case YES_NO -> labels.bundle().getString("bundle.yesNo." + value);
      case SEX -> labels.of(Sex.valueOf(value));
      case REGISTER_ITEM -> labels.item(RegisterItem.valueOf(value));
      case DATE -> LocalDate.parse(value).format(labels.dateFormat());
      default -> value;
    };
  }

  static Views.TaskView task(
      BundleTask t, LocalDate today, Locale locale, Function<UUID, String> acceptanceNo) {
    BundleDefinition d = t.item().definition();
    return new Views.TaskView(
        t.id(),
        t.item().code(),
        t.item().name(locale),
        t.department().name(locale),
        t.status(),
        t.round(),
        t.dueOn(),
        t.overdue(today),
        t.sentAt(),
        t.acceptedAt(),
        t.completedAt(),
        t.resultRef(),
        t.returnReason(),
        t.item().waitsFor().stream().map(w -> d.item(w).name(locale)).toList(),
        t.changeApplicationId() == null ? null : acceptanceNo.apply(t.changeApplicationId()));
  }

  static Views.Detail detail(
      BundleApplication a,
      LocalDate today,
      Locale locale,
      Map<String, FieldDefinition> fields,
      Function<String, Organisation> organisations,
      Function<UUID, String> acceptanceNo) {
    FormLabels labels = FormLabels.of(locale);
    BundleDefinition d = a.definition();
    List<Views.TaskView> tasks =
        a.tasksInOrder().stream().map(t -> task(t, today, locale, acceptanceNo)).toList();
    List<Views.EventView> events =
        a.events().stream()
            .map(
                e -> {
                  Organisation o = organisations.apply(e.organisationId());
                  BundleItem item = e.itemCode() == null ? null : d.item(e.itemCode());
                  return new Views.EventView(
                      e.at(),
                      e.actor(),
                      o == null ? e.organisationId() : o.name(locale),
                      item == null ? null : item.name(locale),
                      e.kind(),
                      e.kind() == cn.yicibang.domain.bundle.EventKind.RESENT
                          ? resentNote(e.note(), fields, labels)
                          : e.note());
                })
            .toList();
    Map<String, String> values = new LinkedHashMap<>();
    for (FieldDefinition f : fields.values()) {
      if (a.values().containsKey(f.key())) {
        values.put(f.key(), display(f, a.values().get(f.key()), labels));
      }
    }
    return new Views.Detail(
        a.id(),
        a.trackingNo(),
        d.code(),
        d.name(locale),
        d.versionNo(),
        a.status(),
        a.applicantName(),
        a.applicantResidentId().masked(),
        a.hall().name(locale),
        a.createdAt(),
        a.createdBy(),
        a.dueOn(),
        a.completedAt(),
        tasks,
        events,
        values,
        a.version());
  }

  private static String resentNote(
      String note, Map<String, FieldDefinition> fields, FormLabels labels) {
    if (note == null || note.isBlank()) {
      return format(labels, "bundle.event.resentUnchanged");
    }
    List<String> names = new ArrayList<>();
    for (String k : note.split(",\\s*")) {
      FieldDefinition f = fields.get(k);
      names.add(f == null ? k : f.label(labels.locale()));
    }
    return format(
        labels,
        "bundle.event.resentChanged",
        String.join(labels.bundle().getString("list.separator"), names));
  }

  static Views.Summary summary(BundleApplication a, LocalDate today, Locale locale) {
    List<BundleTask> tasks = a.tasks();
    return new Views.Summary(
        a.trackingNo(),
        a.definition().name(locale),
        a.applicantName(),
        a.applicantResidentId().masked(),
        a.status(),
        a.createdAt(),
        a.dueOn(),
        (int)
            tasks.stream()
                .filter(t -> t.status() == cn.yicibang.domain.bundle.TaskStatus.COMPLETED)
                .count(),
        tasks.size(),
        tasks.stream().anyMatch(t -> t.overdue(today)),
        tasks.stream().anyMatch(t -> t.status() == cn.yicibang.domain.bundle.TaskStatus.RETURNED));
  }
}
