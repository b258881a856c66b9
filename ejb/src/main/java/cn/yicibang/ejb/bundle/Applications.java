package cn.yicibang.ejb.bundle;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.bundle.BundleApplication;
import cn.yicibang.domain.bundle.FieldDefinition;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.registry.Person;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads bundle applications for the hall that took them (and administrators): anyone else is told
 * it does not exist. Also the register lookups the bundle services share.
 */
@Stateless
@PermitAll
public class Applications {

  @PersistenceContext private EntityManager em;

  @Inject private BundleCatalogue catalogue;

  public BundleApplication byTrackingNo(Caller caller, String trackingNo, boolean forUpdate) {
    BundleApplication a =
        em.createQuery(
                "select a from BundleApplication a where a.trackingNo = :no",
                BundleApplication.class)
            .setParameter("no", trackingNo == null ? "" : trackingNo.strip())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (a == null
        || !(caller.roles().contains(Role.ADMINISTRATOR)
            || a.hall().equals(caller.organisation()))) {
      throw new NotFoundException("bundle.application.notFound");
    }
    if (forUpdate) {
      em.lock(a, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(a);
    }
    return a;
  }

  /** The police station whose jurisdiction holds the person's household, if any. */
  public Optional<Organisation> registeringStation(Person p) {
    return registeringStation(p.household());
  }

  /** The police station whose jurisdiction holds the household. */
  public Optional<Organisation> registeringStation(cn.yicibang.domain.registry.Household h) {
    return em.createQuery(
            "select o from Organisation o where o.kind ="
                + " cn.yicibang.domain.organisation.OrganisationKind.POLICE_STATION order by o.id",
            Organisation.class)
        .getResultStream()
        .filter(o -> o.covers(h.division().code()))
        .findFirst();
  }

  public Views.Detail detail(BundleApplication a, Locale locale) {
    Map<String, FieldDefinition> fields = catalogue.fields();
    return Presentation.detail(
        a,
        today(),
        locale,
        fields,
        id -> em.find(Organisation.class, id),
        id -> {
          ChangeApplication c = em.find(ChangeApplication.class, id);
          return c == null ? null : c.acceptanceNo();
        });
  }

  static LocalDate today() {
    return HouseholdChanges.today();
  }
}
