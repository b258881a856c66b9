package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.LevelRule;
import cn.yicibang.domain.mediation.MediationLevel;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.household.ConflictException;
import cn.yicibang.ejb.household.HouseholdChanges;
import cn.yicibang.ejb.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Loads disputes for those who may see them, the one place that decides it: the station that handed
 * it over, the body it is with or that held a session of it, the mediation supervisor for places in
 * their jurisdiction, administrators. Anyone else is told it does not exist.
 */
@Stateless
@PermitAll
public class Disputes {

  @PersistenceContext private EntityManager em;

  @Inject private MediationRules rules;

  public DisputeCase byCaseNo(Caller caller, String caseNo, boolean forUpdate) {
    DisputeCase c =
        em.createQuery("select c from DisputeCase c where c.caseNo = :no", DisputeCase.class)
            .setParameter("no", caseNo == null ? "" : caseNo.strip())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (c == null || !visible(caller, c)) {
      throw new NotFoundException("mediation.case.notFound");
    }
    if (forUpdate) {
      em.lock(c, LockModeType.PESSIMISTIC_WRITE);
      em.refresh(c);
    }
    return c;
  }

  /** The dispute if it is with the caller's body now; for its mediators' actions. */
  public DisputeCase withMyBody(Caller caller, String caseNo) {
    DisputeCase c = byCaseNo(caller, caseNo, true);
    if (c.body() == null || !c.body().id().equals(caller.organisation().id())) {
      throw new NotFoundException("mediation.case.notFound");
    }
    return c;
  }

  /** The dispute if the caller's station handed it over; for the station's actions. */
  public DisputeCase ofMyStation(Caller caller, String caseNo) {
    DisputeCase c = byCaseNo(caller, caseNo, true);
    if (!c.station().equals(caller.organisation())) {
      throw new NotFoundException("mediation.case.notFound");
    }
    return c;
  }

  static boolean visible(Caller caller, DisputeCase c) {
    String me = caller.organisation().id();
    if (caller.roles().contains(Role.ADMINISTRATOR)) {
      return true;
    }
    if (caller.roles().contains(Role.MEDIATION_SUPERVISOR)) {
      return caller.mayView(c.place().code());
    }
    return c.station().id().equals(me)
        || (c.body() != null && c.body().id().equals(me))
        || c.rounds().stream().anyMatch(r -> r.bodyId().equals(me));
  }

  /** Flushes the dispute's change; a lost race is a conflict the user can retry. */
  public void flush() {
    try {
      em.flush();
    } catch (jakarta.persistence.OptimisticLockException e) {
      throw new ConflictException("mediation.case.changedMeanwhile");
    }
  }

  public MediationViews.Detail detail(DisputeCase c, Locale locale) {
    return MediationPresentation.detail(
        c, levels(), id -> id == null ? null : em.find(Organisation.class, id), locale);
  }

  public Map<MediationLevel, LevelRule> levels() {
    Map<MediationLevel, LevelRule> levels = new EnumMap<>(MediationLevel.class);
    rules.levels().forEach(l -> levels.put(l.level(), l));
    return levels;
  }

  static LocalDate today() {
    return HouseholdChanges.today();
  }
}
