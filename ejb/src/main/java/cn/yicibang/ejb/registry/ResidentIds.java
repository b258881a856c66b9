package cn.yicibang.ejb.registry;

import cn.yicibang.domain.registry.ResidentId;
import cn.yicibang.domain.registry.ResidentIdSequence;
import cn.yicibang.domain.registry.Sex;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;

/**
 * Issues identity numbers (GB 11643) to people the register takes in by birth: the registering
 * station's region code, the birth date, the next sequence number of the sex's parity for that
 * region and date, and the check character. The sequence row is locked for the rest of the
 * registering transaction, so concurrent births on one date queue for it and never share a number;
 * a number already in the register is stepped over.
 */
@Stateless
public class ResidentIds {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public ResidentId issue(String regionCode, LocalDate birthDate, Sex sex) {
    ResidentIdSequence.Key key = new ResidentIdSequence.Key(regionCode, birthDate);
    ResidentIdSequence sequence =
        em.find(ResidentIdSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (sequence == null) {
      context.getBusinessObject(ResidentIds.class).createSequence(regionCode, birthDate);
      sequence = em.find(ResidentIdSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
    return sequence.next(sex, this::taken);
  }

  private boolean taken(ResidentId id) {
    return !em.createQuery("select p.id from Person p where p.residentId = :id")
        .setParameter("id", id)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Creates the date's sequence in its own transaction; when a concurrent registration created it
   * first, the duplicate insert fails harmlessly.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createSequence(String regionCode, LocalDate birthDate) {
    try {
      em.persist(new ResidentIdSequence(new ResidentIdSequence.Key(regionCode, birthDate)));
      em.flush();
    } catch (PersistenceException e) {
      // created meanwhile by another transaction: fine, it will be locked and used
    }
  }
}
