package cn.yicibang.ejb.printing;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.printing.PrintedForm;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Answers "did Yicibang print this form, and does it still hold?" for whoever holds the paper. Says
 * which form, when and by which organisation, whether the same form was printed again afterwards
 * for the same case or person (the later print counts), and whether the application it belongs to
 * was refused after it was printed; nothing about the person.
 */
@Stateless
@PermitAll
public class FormVerification {

  /** Forms printed for a station's application, whose refusal ends what they say. */
  private static final Set<String> APPLICATION_FORMS =
      Set.of("CHANGE_APPLICATION", "CHANGE_RECEIPT", "SUPPLEMENT_NOTICE", "BIRTH_DECLARATION");

  /**
   * The public answer.
   *
   * @param form the {@code OfficialForm} name (e.g. {@code CHANGE_RECEIPT})
   * @param reprintedAs the reference of the latest later print of the same form, or null
   * @param reprintedAt when that was printed, or null
   * @param refusedAt when the application was refused after this print, or null
   */
  public record VerifiedForm(
      String reference,
      String form,
      Instant printedAt,
      String organisationZh,
      String organisationEn,
      String reprintedAs,
      Instant reprintedAt,
      Instant refusedAt)
      implements java.io.Serializable {

    /** True when nothing printed or decided later overrides this print. */
    public boolean current() {
      return reprintedAs == null && refusedAt == null;
    }
  }

  @PersistenceContext private EntityManager em;

  public VerifiedForm verify(String reference) {
    PrintedForm printed =
        reference == null || reference.length() > PrintedForm.REFERENCE_LENGTH
            ? null
            : em.find(PrintedForm.class, reference.strip());
    if (printed == null) {
      throw new NotFoundException("print.verify.notFound");
    }
    Organisation org = em.find(Organisation.class, printed.organisationId());
    PrintedForm later =
        em.createQuery(
                "select p from PrintedForm p where p.subjectId = :subject and p.form = :form"
                    + " and p.printedAt > :at order by p.printedAt desc",
                PrintedForm.class)
            .setParameter("subject", printed.subjectId())
            .setParameter("form", printed.form())
            .setParameter("at", printed.printedAt())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new VerifiedForm(
        printed.reference(),
        printed.form(),
        printed.printedAt(),
        org.nameZh(),
        org.name(java.util.Locale.ENGLISH),
        later == null ? null : later.reference(),
        later == null ? null : later.printedAt(),
        refusedAfter(printed));
  }

  private Instant refusedAfter(PrintedForm printed) {
    if (!APPLICATION_FORMS.contains(printed.form())) {
      return null;
    }
    UUID id;
    try {
      id = UUID.fromString(printed.subjectId());
    } catch (IllegalArgumentException e) {
      return null;
    }
    ChangeApplication a = em.find(ChangeApplication.class, id);
    return a != null
            && a.status() == ApplicationStatus.REFUSED
            && a.decidedAt() != null
            && a.decidedAt().isAfter(printed.printedAt())
        ? a.decidedAt()
        : null;
  }
}
