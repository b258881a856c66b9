package cn.yicibang.ejb.household;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.household.ApplicationItem;
import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ApprovalLevel;
import cn.yicibang.domain.household.BirthDeclaration;
import cn.yicibang.domain.household.CaseStep;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.DeathDeclaration;
import cn.yicibang.domain.household.Destination;
import cn.yicibang.domain.household.MoveInDeclaration;
import cn.yicibang.domain.household.MoveOutDeclaration;
import cn.yicibang.domain.household.Mover;
import cn.yicibang.domain.household.RefusalGround;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.household.RelationsDeclaration;
import cn.yicibang.domain.household.StepKind;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.registry.Ethnicity;
import cn.yicibang.domain.registry.Household;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.Sex;
import cn.yicibang.domain.security.Role;
import cn.yicibang.domain.security.UserAccount;
import cn.yicibang.ejb.config.Setting;
import cn.yicibang.ejb.printing.FormLabels;
import cn.yicibang.ejb.printing.FormPrinting;
import cn.yicibang.ejb.printing.PrintedDocument;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import cn.yicibang.reports.printing.FormData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Prints the forms of a household counter case: the application-and-approval form of an item change
 * (with each level's opinion once given), the declaration of a birth, the proof of deregistration
 * after a death, and for every operation the receipt, the supplement notice listing every missing
 * material, and the refusal decision. Each print is recorded and audited by {@link FormPrinting}.
 */
@Stateless
@RolesAllowed({Role.COUNTER_CLERK, Role.STATION_HEAD, Role.BUREAU_APPROVER, Role.ADMINISTRATOR})
public class ChangeFormPrinting {

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private Cases cases;

  @Inject private FormPrinting printing;

  @Inject private ItemCatalogue catalogue;

  @Inject private cn.yicibang.ejb.audit.AuditLog audit;

  public PrintedDocument print(UUID caseId, ChangeForm form, Locale locale) {
    Caller caller = callers.current();
    ChangeApplication a = cases.byId(caller, caseId);
    switch (form) {
      case APPLICATION -> require(a.operation() == RegisterOperation.ITEM_CHANGE, form);
      case BIRTH_DECLARATION -> require(a.operation() == RegisterOperation.BIRTH, form);
      case DEREGISTRATION_PROOF ->
          require(
              a.operation() == RegisterOperation.DEATH && a.status() == ApplicationStatus.APPROVED,
              form);
      case MIGRATION_RECORD ->
          require(
              a.operation() == RegisterOperation.MOVE_OUT
                  && a.status() == ApplicationStatus.APPROVED,
              form);
      case RECEIPT -> require(a.acceptanceNo() != null, form);
      case SUPPLEMENT_NOTICE ->
          require(
              a.status() == ApplicationStatus.AWAITING_MATERIALS && !a.missingMaterials().isEmpty(),
              form);
      case REFUSAL_DECISION -> require(a.status() == ApplicationStatus.REFUSED, form);
      default -> {}
    }
    if (form == ChangeForm.SUPPLEMENT_NOTICE && a.station().equals(caller.organisation())) {
      // printing the notice is issuing it: a step of the case, audited as a transition
      a.materialsMissing(caller.username(), java.time.Instant.now());
      audit.record(
          caller,
          cn.yicibang.domain.audit.AuditAction.CASE_TRANSITION,
          "ChangeApplication",
          a.id().toString(),
          "SUPPLEMENT_NOTICE");
    }
    return printing.print(
        caller,
        form.officialForm(),
        prefix(form),
        "ChangeApplication",
        a.id().toString(),
        locale,
        (labels, today, reference) ->
            switch (form) {
              case APPLICATION -> application(a, labels, reference);
              case RECEIPT -> receipt(a, labels, reference);
              case SUPPLEMENT_NOTICE -> supplementNotice(a, labels, today, reference);
              case REFUSAL_DECISION -> refusal(a, labels, reference);
              case BIRTH_DECLARATION -> birthDeclaration(a, labels, reference);
              case DEREGISTRATION_PROOF -> deregistrationProof(a, labels, today, reference);
              case MIGRATION_RECORD -> migrationRecord(a, labels, reference);
            });
  }

  private static void require(boolean condition, ChangeForm form) {
    if (!condition) {
      throw new BusinessException("household.form.notNow", form.slug());
    }
  }

  private static String prefix(ChangeForm form) {
    return switch (form) {
      case APPLICATION -> "HA";
      case RECEIPT -> "HR";
      case SUPPLEMENT_NOTICE -> "HS";
      case REFUSAL_DECISION -> "HD";
      case BIRTH_DECLARATION -> "HB";
      case DEREGISTRATION_PROOF -> "HP";
      case MIGRATION_RECORD -> "HM";
    };
  }

  private FormData application(ChangeApplication a, FormLabels labels, String reference) {
    Person p = a.person();
    DateTimeFormatter date = labels.dateFormat();
    FormData data =
        person(FormData.create(), p, labels)
            .field("acceptanceNo", a.acceptanceNo())
            .field("station", a.station().name(labels.locale()))
            .field("acceptedOn", a.acceptedAt() == null ? "" : day(a.acceptedAt(), date))
            .field("residentId", p.residentId().value())
            .field("ethnicity", labels.ethnicity(p.ethnicity()))
            .field("householdNo", p.household().householdNo())
            .field("headName", p.household().head().map(Person::name).orElse(""))
            .field("relationToHead", labels.of(p.relationToHead()))
            .field("address", p.address())
            .field("applicantName", a.applicantName())
            .field("applicantResidentId", a.applicantResidentId().value())
            .field("applicantRelation", labels.of(a.applicantRelation()))
            .field("childConsent", consent(a, labels))
            .field("reason", a.reason())
            .field("materials", materials(a.materialsSeen(), labels))
            .field("clerk", displayName(a.createdBy()))
            .rows(
                a.items().stream()
                    .map(
                        i -> {
                          Map<String, String> row = new LinkedHashMap<>();
                          row.put("item", labels.item(i.item()));
                          row.put("itemClass", labels.of(i.itemClass()));
                          row.put("oldValue", labels.itemValue(i.item(), i.oldValue()));
                          row.put("newValue", labels.itemValue(i.item(), i.newValue()));
                          return row;
                        })
                    .toList())
            .qrCode("verificationQrCode", printing.verificationUrl(reference))
            .code128(
                "verificationCode128", a.acceptanceNo() != null ? a.acceptanceNo() : reference);
    for (ApprovalLevel level : ApprovalLevel.values()) {
      String prefix = level.name().toLowerCase(Locale.ROOT);
      CaseStep approved = lastApproval(a, level);
      data.field(prefix + "Opinion", approved == null ? "" : approved.note())
          .field(prefix + "Signer", approved == null ? "" : displayName(approved.actor()))
          .field(prefix + "Date", approved == null ? "" : day(approved.at(), date));
    }
    return data;
  }

  private FormData receipt(ChangeApplication a, FormLabels labels, String reference) {
    DateTimeFormatter date = labels.dateFormat();
    ResourceBundle words = labels.bundle();
    return FormData.create()
        .field("operation", a.operation().name())
        .field("acceptanceNo", a.acceptanceNo())
        .field("station", a.station().name(labels.locale()))
        .field("acceptedOn", day(a.acceptedAt(), date))
        .field("name", a.subjectName())
        .field("maskedResidentId", orEmpty(a.subjectMaskedResidentId()))
        .field("applicantName", a.applicantName())
        .field("dueOn", a.dueOn().format(date))
        .field("clerk", displayName(a.createdBy()))
        .field("statusHint", words.getString("household.receipt.statusHint"))
        .field("statusUrl", printing.progressUrl(a.acceptanceNo()))
        .rows(receiptRows(a, labels))
        .qrCode("verificationQrCode", printing.progressUrl(a.acceptanceNo()))
        .code128("verificationCode128", a.acceptanceNo());
  }

  private FormData supplementNotice(
      ChangeApplication a, FormLabels labels, LocalDate today, String reference) {
    Map<String, String> names = catalogue.materialNames(labels.locale());
    List<Map<String, String>> rows = new ArrayList<>();
    for (String code : a.missingMaterials()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("material", names.getOrDefault(code, code));
      row.put("note", "");
      rows.add(row);
    }
    return FormData.create()
        .field("operation", a.operation().name())
        .field("noticeNo", reference)
        .field("station", a.station().name(labels.locale()))
        .field("issuedOn", today.format(labels.dateFormat()))
        .field("applicantName", a.applicantName())
        .field("name", a.subjectName())
        .field("items", itemsText(a, labels))
        .field(
            "deadline", // the date alone: the form's own sentence says what is due by then
            today.plusDays(Setting.SUPPLEMENT_DAYS.asInt()).format(labels.dateFormat()))
        .field("clerk", displayName(callers.current().username()))
        .rows(rows)
        .qrCode("verificationQrCode", printing.verificationUrl(reference));
  }

  private FormData refusal(ChangeApplication a, FormLabels labels, String reference) {
    RefusalGround ground = em.find(RefusalGround.class, a.refusalGround());
    CaseStep refused =
        a.steps().stream()
            .filter(s -> s.kind() == StepKind.REFUSED)
            .reduce((x, y) -> y)
            .orElseThrow();
    Organisation decider = organisationAt(a.station(), refused.level());
    String grounds = ground.text(labels.locale());
    if (a.decisionNote() != null && !a.decisionNote().isBlank()) {
      grounds = grounds + "；" + a.decisionNote();
    }
    return FormData.create()
        .field("operation", a.operation().name())
        .field("decisionNo", reference)
        .field("acceptanceNo", a.acceptanceNo())
        .field("station", a.station().name(labels.locale()))
        .field("decidedOn", day(a.decidedAt(), labels.dateFormat()))
        .field("applicantName", a.applicantName())
        .field("name", a.subjectName())
        .field("maskedResidentId", orEmpty(a.subjectMaskedResidentId()))
        .field("items", itemsText(a, labels))
        .field("grounds", grounds + "。")
        .field("legalBasis", ground.legalBasis())
        .field(
            "remedy",
            java.text.MessageFormat.format(
                labels.bundle().getString("household.refusal.remedy"),
                decider.parent() == null
                    ? decider.name(labels.locale())
                    : decider.parent().name(labels.locale())))
        .field("decidedBy", decider.name(labels.locale()))
        .qrCode("verificationQrCode", printing.verificationUrl(reference));
  }

  private static FormData person(FormData data, Person p, FormLabels labels) {
    return data.field("name", p.name())
        .field("sex", labels.of(p.sex()))
        .field("birthDate", p.birthDate().format(labels.dateFormat()));
  }

  private static String consent(ChangeApplication a, FormLabels labels) {
    if (a.childConsent() == null) {
      return "";
    }
    return labels
        .bundle()
        .getString(a.childConsent() ? "household.consent.given" : "household.consent.notGiven");
  }

  private String materials(java.util.Set<String> codes, FormLabels labels) {
    Map<String, String> names = catalogue.materialNames(labels.locale());
    return codes.stream()
        .sorted()
        .map(c -> names.getOrDefault(c, c))
        .collect(Collectors.joining(labels.locale().getLanguage().equals("en") ? "; " : "、"));
  }

  private static String itemsText(ChangeApplication a, FormLabels labels) {
    if (a.operation() != RegisterOperation.ITEM_CHANGE) {
      return labels.of(a.operation()) + "（" + declared(a, labels) + "）";
    }
    String pattern = labels.bundle().getString("household.items.change");
    List<String> parts = new ArrayList<>();
    for (ApplicationItem i : a.items()) {
      parts.add(
          java.text.MessageFormat.format(
              pattern,
              labels.item(i.item()),
              labels.itemValue(i.item(), i.oldValue()),
              labels.itemValue(i.item(), i.newValue())));
    }
    return String.join(labels.locale().getLanguage().equals("en") ? "; " : "；", parts);
  }

  /** The receipt's rows: each item applied for, or the operation with what was declared. */
  private static List<Map<String, String>> receiptRows(ChangeApplication a, FormLabels labels) {
    if (a.operation() != RegisterOperation.ITEM_CHANGE) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("item", labels.of(a.operation()));
      row.put("newValue", declared(a, labels));
      return List.of(row);
    }
    return a.items().stream()
        .map(
            i -> {
              Map<String, String> row = new LinkedHashMap<>();
              row.put("item", labels.item(i.item()));
              row.put("newValue", labels.itemValue(i.item(), i.newValue()));
              return row;
            })
        .toList();
  }

  /** What a birth or a death declared, in one phrase of the form's language. */
  private static String declared(ChangeApplication a, FormLabels labels) {
    Map<String, String> p = a.particulars();
    DateTimeFormatter date = labels.dateFormat();
    return switch (a.operation()) {
      case BIRTH ->
          java.text.MessageFormat.format(
              labels.bundle().getString("household.birth.declared"),
              p.get(BirthDeclaration.NAME),
              labels.of(Sex.valueOf(p.get(BirthDeclaration.SEX))),
              LocalDate.parse(p.get(BirthDeclaration.BIRTH_DATE)).format(date));
      case DEATH ->
          java.text.MessageFormat.format(
              labels.bundle().getString("household.death.declared"),
              a.subjectName(),
              LocalDate.parse(p.get(DeathDeclaration.DIED_ON)).format(date));
      case MOVE_WITHIN -> {
        Destination to = Destination.of(p);
        yield to.newHousehold()
            ? java.text.MessageFormat.format(
                labels.bundle().getString("household.move.declared.new"),
                names(a, labels),
                to.newAddress())
            : java.text.MessageFormat.format(
                labels.bundle().getString("household.move.declared.within"),
                names(a, labels),
                to.householdNo());
      }
      case MOVE_OUT ->
          java.text.MessageFormat.format(
              labels.bundle().getString("household.move.declared.out"),
              names(a, labels),
              p.get(MoveOutDeclaration.DESTINATION));
      case MOVE_IN ->
          java.text.MessageFormat.format(
              labels.bundle().getString("household.move.declared.in"),
              a.subjectName(),
              p.get(MoveInDeclaration.ORIGIN));
      case HEAD_CHANGE, RELATION_CHANGE -> {
        List<String> parts = new ArrayList<>();
        for (Mover m : RelationsDeclaration.of(p).members()) {
          Person who =
              a.subjects().stream()
                  .filter(x -> x.residentId().value().equals(m.residentId()))
                  .findFirst()
                  .orElseThrow();
          parts.add(
              java.text.MessageFormat.format(
                  labels.bundle().getString("household.relations.declared"),
                  who.name(),
                  labels.of(m.relation())));
        }
        yield String.join(labels.locale().getLanguage().equals("en") ? "; " : "；", parts);
      }
      case ITEM_CHANGE -> itemsText(a, labels);
    };
  }

  /** Everyone the application moves, by name, as the language lists them. */
  private static String names(ChangeApplication a, FormLabels labels) {
    return a.subjects().stream()
        .map(Person::name)
        .collect(Collectors.joining(labels.locale().getLanguage().equals("en") ? ", " : "、"));
  }

  private FormData migrationRecord(ChangeApplication a, FormLabels labels, String reference) {
    DateTimeFormatter date = labels.dateFormat();
    MoveOutDeclaration d = MoveOutDeclaration.of(a.particulars());
    List<Person> people = a.subjects();
    // where they lived: the household they left, as the history recorded it
    Person first = people.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (Person p : people) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("name", p.name());
      row.put("sex", labels.of(p.sex()));
      row.put("birthDate", p.birthDate().format(date));
      row.put("residentId", p.residentId().value());
      row.put("ethnicity", labels.ethnicity(p.ethnicity()));
      row.put("birthplace", p.birthplace() == null ? "" : p.birthplace());
      row.put("relationToHead", labels.of(p.relationToHead()));
      rows.add(row);
    }
    LocalDate decided = LocalDate.ofInstant(a.decidedAt(), FormPrinting.DISTRICT_ZONE);
    return FormData.create()
        .field("recordNo", a.particulars().get(MoveOutDeclaration.RECORD_NO))
        .field("station", a.station().name(labels.locale()))
        .field("issuedOn", decided.format(date))
        .field("fromAddress", first.address())
        .field("fromHouseholdNo", first.household().householdNo())
        .field("destination", d.destination())
        .field("acceptanceNo", a.acceptanceNo())
        .field(
            "legalBasis",
            catalogue.operationRule(a.operation()).legalBasis() + "；受理编号 " + a.acceptanceNo())
        .field(
            "validUntil",
            decided
                .plusDays(catalogue.operationRule(a.operation()).documentValidDays())
                .format(date))
        .rows(rows)
        .qrCode("verificationQrCode", printing.verificationUrl(reference));
  }

  private FormData birthDeclaration(ChangeApplication a, FormLabels labels, String reference) {
    BirthDeclaration d = BirthDeclaration.of(a.particulars());
    DateTimeFormatter date = labels.dateFormat();
    Household h =
        em.createQuery("select h from Household h where h.householdNo = :no", Household.class)
            .setParameter("no", a.particulars().get(ChangeApplication.JOINS_HOUSEHOLD))
            .getSingleResult();
    Person newborn = a.person();
    Ethnicity ethnicity = em.find(Ethnicity.class, d.ethnicityCode());
    String surname =
        d.surnameFrom() == null
            ? java.text.MessageFormat.format(
                labels.bundle().getString("household.birth.surnameOther"), d.surnameReason())
            : labels.bundle().getString("household.birth.surnameFrom." + d.surnameFrom());
    CaseStep approved = lastApproval(a, ApprovalLevel.STATION);
    return FormData.create()
        .field("acceptanceNo", orEmpty(a.acceptanceNo()))
        .field("station", a.station().name(labels.locale()))
        .field("acceptedOn", a.acceptedAt() == null ? "" : day(a.acceptedAt(), date))
        .field("clerk", displayName(a.createdBy()))
        .field("name", d.name())
        .field("sex", labels.of(d.sex()))
        .field("ethnicity", ethnicity == null ? d.ethnicityCode() : labels.ethnicity(ethnicity))
        .field("birthDate", d.birthDate().format(date))
        .field("birthplace", d.birthplace())
        .field("certificateNo", d.certificateNo())
        .field("residentId", newborn == null ? "" : newborn.residentId().value())
        .field("surname", surname)
        .field("motherName", orEmpty(d.motherName()))
        .field("motherResidentId", orEmpty(d.motherResidentId()))
        .field("fatherName", orEmpty(d.fatherName()))
        .field("fatherResidentId", orEmpty(d.fatherResidentId()))
        .field("householdNo", h.householdNo())
        .field("headName", h.head().map(Person::name).orElse(""))
        .field("relationToHead", newborn == null ? "" : labels.of(newborn.relationToHead()))
        .field("address", h.address())
        .field("applicantName", a.applicantName())
        .field("applicantRelation", labels.of(a.applicantRelation()))
        .field("applicantResidentId", a.applicantResidentId().value())
        .field("materials", materials(a.materialsSeen(), labels))
        .field("reason", a.reason())
        .field("stationOpinion", approved == null ? "" : orEmpty(approved.note()))
        .field("stationSigner", approved == null ? "" : displayName(approved.actor()))
        .field("stationDate", approved == null ? "" : day(approved.at(), date))
        .qrCode("verificationQrCode", printing.verificationUrl(reference))
        .code128("verificationCode128", a.acceptanceNo() != null ? a.acceptanceNo() : reference);
  }

  private FormData deregistrationProof(
      ChangeApplication a, FormLabels labels, LocalDate today, String reference) {
    Person p = a.person();
    DateTimeFormatter date = labels.dateFormat();
    DeathDeclaration d = DeathDeclaration.of(a.particulars());
    return FormData.create()
        .field("proofNo", reference)
        .field("station", a.station().name(labels.locale()))
        .field("issuedOn", today.format(date))
        .field("name", p.name())
        .field("sex", labels.of(p.sex()))
        .field("birthDate", p.birthDate().format(date))
        .field("residentId", p.residentId().value())
        .field("address", p.address())
        .field("householdNo", p.household().householdNo())
        .field("diedOn", d.diedOn().format(date))
        .field("deregisteredOn", day(a.decidedAt(), date))
        .field("acceptanceNo", a.acceptanceNo())
        .field("legalBasis", catalogue.operationRule(a.operation()).legalBasis())
        .qrCode("verificationQrCode", printing.verificationUrl(reference));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static CaseStep lastApproval(ChangeApplication a, ApprovalLevel level) {
    CaseStep last = null;
    for (CaseStep s : a.steps()) {
      if (s.kind() == StepKind.APPROVED && s.level() == level) {
        last = s;
      } else if (s.kind() == StepKind.SENT_BACK || s.kind() == StepKind.RESUBMITTED) {
        last = null; // an approval before a return no longer stands
      }
    }
    return last;
  }

  private static Organisation organisationAt(Organisation station, ApprovalLevel level) {
    Organisation o = station;
    for (int i = 0; i < level.ordinal() && o.parent() != null; i++) {
      o = o.parent();
    }
    return o;
  }

  private String displayName(String username) {
    UserAccount u = username == null ? null : em.find(UserAccount.class, username);
    return u == null ? String.valueOf(username) : u.displayName();
  }

  private static String day(java.time.Instant at, DateTimeFormatter format) {
    return LocalDate.ofInstant(at, FormPrinting.DISTRICT_ZONE).format(format);
  }
}
