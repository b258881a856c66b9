package cn.yicibang.ejb.printing;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.printing.PrintedForm;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Answers "did Yicibang print this form?" for whoever holds the paper. Says which form, when and by
 * which organisation; nothing about the person.
 */
@Stateless
@PermitAll
public class FormVerification {

  /** The public answer. */
  public record VerifiedForm(
      String reference,
      String form,
      Instant printedAt,
      String organisationZh,
      String organisationEn) {}

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
    return new VerifiedForm(
        printed.reference(),
        printed.form(),
        printed.printedAt(),
        org.nameZh(),
        org.name(java.util.Locale.ENGLISH));
  }
}
