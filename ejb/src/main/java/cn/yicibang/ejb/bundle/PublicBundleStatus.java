package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.bundle.BundleApplication;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * The public status of a bundle application, for the citizen without a login: the tracking number
 * and the last four characters of the applicant's identity number must both match, and the answer
 * names no person — only each part, its office, status and due date. A wrong tail is answered
 * exactly like an unknown number.
 */
@Stateless
@PermitAll
public class PublicBundleStatus {

  @PersistenceContext private EntityManager em;

  public Views.PublicStatus status(String trackingNo, String idTail, Locale locale) {
    BundleApplication a =
        trackingNo == null
            ? null
            : em.createQuery(
                    "select a from BundleApplication a where a.trackingNo = :no",
                    BundleApplication.class)
                .setParameter("no", trackingNo.strip())
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (a == null
        || idTail == null
        || idTail.strip().length() != 4
        || !a.applicantResidentId().tail().equalsIgnoreCase(idTail.strip())) {
      throw new NotFoundException("bundle.public.notFound");
    }
    return new Views.PublicStatus(
        a.trackingNo(),
        a.definition().name(locale),
        a.status(),
        a.dueOn(),
        a.completedAt(),
        a.tasksInOrder().stream()
            .map(
                t ->
                    new Views.PublicPart(
                        t.item().name(locale), t.department().name(locale), t.status(), t.dueOn()))
            .toList());
  }
}
