package cn.yicibang.ejb.household;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ApprovalLevel;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.RegisterOperation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * What a resident may learn without logging in: where their case stands, given the acceptance
 * number and the last four characters of the identity number. Nothing personal is returned, and a
 * wrong pair is indistinguishable from an unknown number.
 */
@Stateless
@PermitAll
public class PublicProgress {

  /** The public answer. */
  public record Progress(
      cn.yicibang.domain.household.RegisterOperation operation,
      String acceptanceNo,
      ApplicationStatus status,
      ApprovalLevel currentLevel,
      LocalDate dueOn,
      boolean overdue)
      implements java.io.Serializable {}

  @PersistenceContext private EntityManager em;

  public Progress of(String acceptanceNo, String idTail) {
    ChangeApplication a =
        acceptanceNo == null || acceptanceNo.length() > 32
            ? null
            : em.createQuery(
                    "select a from ChangeApplication a left join fetch a.person where a.acceptanceNo = :no",
                    ChangeApplication.class)
                .setParameter("no", acceptanceNo.strip())
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (a == null || idTail == null || !tailOf(a).equalsIgnoreCase(idTail.strip())) {
      throw new NotFoundException("bundle.public.notFound");
    }
    return new Progress(
        a.operation(),
        a.acceptanceNo(),
        a.status(),
        a.currentLevel(),
        a.dueOn(),
        a.overdue(HouseholdChanges.today()));
  }

  /**
   * The identity tail a citizen quotes: the person's, or for a birth the declaring applicant's (the
   * newborn has no number until registered).
   */
  private static String tailOf(ChangeApplication a) {
    return (a.person() != null && a.operation() != RegisterOperation.BIRTH
            ? a.person().residentId()
            : a.applicantResidentId())
        .tail();
  }
}
