package cn.yicibang.ejb.printing;

import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.printing.PrintedForm;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.registry.RegisterChange;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.registry.VisibleResidents;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import cn.yicibang.reports.printing.FormData;
import cn.yicibang.reports.printing.MissingGlyph;
import cn.yicibang.reports.printing.OfficialForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Prints official forms from the register. Each print gets a verification reference, recorded and
 * printed on the form with a QR code; each print (and each refusal) is audited.
 */
@Stateless
@RolesAllowed({
  Role.COUNTER_CLERK,
  Role.HALL_CLERK,
  Role.STATION_HEAD,
  Role.BUREAU_APPROVER,
  Role.ADMINISTRATOR
})
public class FormPrinting {

  /** Forms are dated in the district's time zone, whatever the server's. */
  public static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

  private static final char[] REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  @Inject private FormEngine engine;

  @Inject private VisibleResidents residents;

  @Inject private PublicLinks links;

  /**
   * The resident register extract (常住人口登记表) of one person.
   *
   * @throws UnprintableFormException when a character would be lost; nothing is recorded then but
   *     the refusal itself
   */
  public PrintedDocument registerExtract(UUID personId, Locale locale) {
    Caller caller = callers.current();
    Person person = residents.byId(caller, personId);
    return print(
        caller,
        OfficialForm.REGISTER_EXTRACT,
        "RE",
        "Person",
        person.id().toString(),
        locale,
        (labels, today, reference) -> extractData(person, labels, caller, today, reference));
  }

  /** Fills one form's data once its reference and date are known. */
  @FunctionalInterface
  public interface Filler {
    FormData fill(FormLabels labels, LocalDate today, String reference);
  }

  /**
   * The engine behind every service's forms, so open to any role: the service that calls it has
   * checked who may print what, and passes the caller.
   *
   * <p>Renders, records and audits one official form: a new verification reference (printed on the
   * form and in its QR code), the glyph check (a refusal is audited on its own and nothing is
   * recorded), the {@code printed_form} row and the audit entry.
   */
  @jakarta.annotation.security.PermitAll
  public PrintedDocument print(
      Caller caller,
      OfficialForm form,
      String referencePrefix,
      String subjectType,
      String subjectId,
      Locale locale,
      Filler filler) {
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, DISTRICT_ZONE);
    String reference = newReference(referencePrefix, today);
    FormLabels labels = FormLabels.of(locale);
    FormData data = filler.fill(labels, today, reference);
    byte[] pdf;
    try {
      pdf = engine.renderPdf(form, data, labels.locale());
    } catch (UnprintableFormException e) {
      audit.recordAlone(
          caller.username(),
          caller.organisation().id(),
          AuditAction.PRINT_REFUSED,
          subjectType,
          subjectId,
          form.name() + " " + describe(e.missing()));
      throw e;
    }
    em.persist(
        new PrintedForm(
            reference, form.name(), subjectId, caller.organisation().id(), caller.username(), now));
    audit.record(
        caller, AuditAction.PRINT_FORM, subjectType, subjectId, form.name() + " " + reference);
    return new PrintedDocument(form.templateName() + "-" + reference + ".pdf", reference, pdf);
  }

  private FormData extractData(
      Person p, FormLabels labels, Caller caller, LocalDate today, String reference) {
    DateTimeFormatter date = labels.dateFormat();
    List<Map<String, String>> rows =
        p.history().stream()
            .map(
                (RegisterChange c) -> {
                  Map<String, String> row = new LinkedHashMap<>();
                  row.put("item", labels.item(c.item()));
                  row.put("oldValue", labels.itemValue(c.item(), c.oldValue()));
                  row.put("newValue", labels.itemValue(c.item(), c.newValue()));
                  row.put("changedOn", c.effectiveOn().format(date));
                  row.put("basis", c.basis());
                  return row;
                })
            .toList();
    return FormData.create()
        .field("name", p.name())
        .field("formerNames", p.formerNames())
        .field("sex", labels.of(p.sex()))
        .field("ethnicity", labels.ethnicity(p.ethnicity()))
        .field("birthDate", p.birthDate().format(date))
        .field("birthplace", p.birthplace())
        .field("nativePlace", p.nativePlace())
        .field("residentId", p.residentId().value())
        .field("relationToHead", labels.of(p.relationToHead()))
        .field("headName", p.household().head().map(Person::name).orElse(""))
        .field("householdNo", p.household().householdNo())
        .field("address", p.address())
        .field("education", labels.of(p.education()))
        .field("maritalStatus", labels.of(p.maritalStatus()))
        .field("employer", p.employer())
        .field("occupation", p.occupation())
        .field("registeredOn", p.registeredOn().format(date))
        .field("printingOrganisation", caller.organisation().name(labels.locale()))
        .field("printedOn", today.format(date))
        .field("verificationReference", reference)
        .rows(rows)
        .qrCode("verificationQrCode", verificationUrl(reference))
        .code128("verificationCode128", reference);
  }

  /**
   * What the QR code carries: where anyone holding the paper can check it. Open to any role, as
   * {@link #print} is: each service's forms call it.
   */
  @jakarta.annotation.security.PermitAll
  public String verificationUrl(String reference) {
    return links.formVerification(reference);
  }

  /** Where a citizen follows a case or a bundle by its number: the public progress page. */
  @jakarta.annotation.security.PermitAll
  public String progressUrl(String number) {
    return links.progress(number);
  }

  static String newReference(String prefix, LocalDate day) {
    StringBuilder sb =
        new StringBuilder(prefix)
            .append('-')
            .append(day.format(DateTimeFormatter.BASIC_ISO_DATE))
            .append('-');
    for (int i = 0; i < 8; i++) {
      sb.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
    }
    return sb.toString();
  }

  private static String describe(List<MissingGlyph> missing) {
    return missing.stream()
        .map(
            m ->
                m.field()
                    + "#"
                    + m.position()
                    + " U+"
                    + Integer.toHexString(m.codePoint()).toUpperCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
