package cn.yicibang.ejb.household;

import cn.yicibang.domain.NotFoundException;
import cn.yicibang.domain.household.ApplicationItem;
import cn.yicibang.domain.household.ApplicationStatus;
import cn.yicibang.domain.household.ApprovalLevel;
import cn.yicibang.domain.household.BirthDeclaration;
import cn.yicibang.domain.household.ChangeApplication;
import cn.yicibang.domain.household.RegisterOperation;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.registry.Household;
import cn.yicibang.domain.registry.RegisterItem;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loads an application only for those who may see it: the accepting station, the bureaus above it
 * in the approval chain, and administrators. Anyone else gets "not found".
 */
@Stateless
public class Cases {

  @PersistenceContext private EntityManager em;

  public ChangeApplication byId(Caller caller, UUID id) {
    return visible(caller, id == null ? null : em.find(ChangeApplication.class, id));
  }

  /**
   * The same, with the case's row locked until the transaction ends: deciders of one case go one
   * after the other, and the later one sees what the earlier one did (and is told, not overruled).
   */
  public ChangeApplication byIdForUpdate(Caller caller, UUID id) {
    if (id == null) {
      return visible(caller, null);
    }
    try {
      return visible(
          caller,
          em.find(ChangeApplication.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    } catch (jakarta.persistence.OptimisticLockException
        | jakarta.persistence.PessimisticLockException
        | jakarta.persistence.LockTimeoutException e) {
      // the database may take the lock after loading and find the row changed meanwhile
      throw new ConflictException("household.case.changedMeanwhile");
    }
  }

  public ChangeApplication byAcceptanceNo(Caller caller, String acceptanceNo) {
    return visible(
        caller,
        em.createQuery(
                "select a from ChangeApplication a where a.acceptanceNo = :no",
                ChangeApplication.class)
            .setParameter("no", acceptanceNo == null ? "" : acceptanceNo.strip())
            .getResultStream()
            .findFirst()
            .orElse(null));
  }

  /**
   * A corrected identity number must not belong to anybody else; checked when the application is
   * taken and again at the final approval, since someone may have been given it meanwhile.
   */
  public void requireFreeResidentId(ChangeApplication a) {
    String wanted = a.newValues().get(cn.yicibang.domain.registry.RegisterItem.RESIDENT_ID);
    if (wanted != null
        && !em.createQuery("select p.id from Person p where p.residentId = :id", UUID.class)
            .setParameter("id", cn.yicibang.domain.registry.ResidentId.of(wanted))
            .setMaxResults(1)
            .getResultList()
            .isEmpty()) {
      throw new cn.yicibang.domain.BusinessException("household.residentId.taken");
    }
  }

  /**
   * One open application per person and register item: a second one is refused naming the open
   * acceptance number. A death excludes any other open application for the person, and a birth
   * certificate is declared once (unless the earlier declaration was refused).
   */
  public void requireNoOpenApplication(ChangeApplication a) {
    Optional<ChangeApplication> open = openApplication(a);
    if (open.isPresent()) {
      throw new ConflictException(
          a.operation() == RegisterOperation.BIRTH
              ? "household.birth.alreadyDeclared"
              : "household.case.alreadyOpen",
          reference(open.get()));
    }
  }

  /**
   * The application that stands in the way of {@code a} (see {@link #requireNoOpenApplication}), if
   * any; for callers that must not fail (a bundle's part returns to the hall instead).
   */
  public Optional<ChangeApplication> openApplication(ChangeApplication a) {
    // applications for one person (for a birth, one household) take turns, so that two taken at
    // the same moment cannot both find the other not there yet
    if (a.operation() == RegisterOperation.BIRTH) {
      em.createQuery("select h from Household h where h.householdNo = :no", Household.class)
          .setParameter("no", a.particulars().get(ChangeApplication.JOINS_HOUSEHOLD))
          .setLockMode(LockModeType.PESSIMISTIC_WRITE)
          .getResultStream()
          .findFirst();
      return em.createQuery(
              "select o from ChangeApplication o join o.particulars p"
                  + " where key(p) = :name and value(p) = :value and o.status <> :refused",
              ChangeApplication.class)
          .setParameter("name", BirthDeclaration.CERTIFICATE_NO)
          .setParameter("value", a.particulars().get(BirthDeclaration.CERTIFICATE_NO))
          .setParameter("refused", ApplicationStatus.REFUSED)
          .setMaxResults(1)
          .getResultStream()
          .findFirst();
    }
    if (a.person() == null) {
      return Optional.empty(); // a newcomer moving in: see requireNoOpenMoveIn
    }
    List<cn.yicibang.domain.registry.Person> subjects = a.subjects();
    subjects.forEach(p -> em.lock(p, LockModeType.PESSIMISTIC_WRITE));
    Set<RegisterItem> items =
        a.items().stream().map(ApplicationItem::item).collect(Collectors.toSet());
    return em.createQuery(
            "select distinct o from ChangeApplication o left join o.others m"
                + " where (o.person in :people or m in :people) and o.status not in :closed",
            ChangeApplication.class)
        .setParameter("people", subjects)
        .setParameter("closed", List.of(ApplicationStatus.APPROVED, ApplicationStatus.REFUSED))
        .getResultStream()
        .filter(
            o ->
                o.operation() != RegisterOperation.ITEM_CHANGE
                    || a.operation() != RegisterOperation.ITEM_CHANGE
                    || o.items().stream().anyMatch(i -> items.contains(i.item())))
        .findFirst();
  }

  /** A newcomer is declared moving in once at a time, whichever station took it. */
  public void requireNoOpenMoveIn(ChangeApplication a) {
    openMoveIn(a)
        .ifPresent(
            o -> {
              throw new ConflictException("household.case.alreadyOpen", reference(o));
            });
  }

  /** The open move in of the same newcomer, if any (see {@link #requireNoOpenMoveIn}). */
  public Optional<ChangeApplication> openMoveIn(ChangeApplication a) {
    return em.createQuery(
            "select o from ChangeApplication o join o.particulars p"
                + " where key(p) = :name and value(p) = :value and o.status not in :closed",
            ChangeApplication.class)
        .setParameter("name", cn.yicibang.domain.household.MoveInDeclaration.RESIDENT_ID)
        .setParameter(
            "value",
            a.particulars().get(cn.yicibang.domain.household.MoveInDeclaration.RESIDENT_ID))
        .setParameter("closed", List.of(ApplicationStatus.APPROVED, ApplicationStatus.REFUSED))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** How a case is named to the clerk: its acceptance number, or its id while it has none. */
  static String reference(ChangeApplication a) {
    return a.acceptanceNo() != null ? a.acceptanceNo() : a.id().toString();
  }

  private static ChangeApplication visible(Caller caller, ChangeApplication a) {
    if (a == null || !(caller.roles().contains(Role.ADMINISTRATOR) || inChain(caller, a))) {
      throw new NotFoundException("household.case.notFound");
    }
    return a;
  }

  /** The accepting station's chain, or the station a move inside the district leaves. */
  private static boolean inChain(Caller caller, ChangeApplication a) {
    return approverOf(a.station(), caller.organisation()) != null
        || caller.organisation().equals(a.originStation());
  }

  /**
   * The level at which {@code organisation} decides cases accepted by {@code station}, or null when
   * it is not in that station's chain.
   */
  static ApprovalLevel approverOf(Organisation station, Organisation organisation) {
    Organisation o = station;
    for (ApprovalLevel level : ApprovalLevel.values()) {
      if (o == null) {
        return null;
      }
      if (o.equals(organisation) && o.kind() == level.organisationKind()) {
        return level;
      }
      o = o.parent();
    }
    return null;
  }
}
