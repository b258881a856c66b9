package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.AcceptanceCounter;
import cn.yicibang.domain.organisation.Organisation;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Issues acceptance numbers, unique and gapless per organisation, series and year. The counter row
 * is locked for the rest of the accepting transaction, so concurrent acceptances at one station
 * queue for it, and a rolled-back acceptance gives its number back.
 */
@Stateless
public class AcceptanceNumbers {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /** Must run inside the transaction that accepts the application. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public String next(Organisation station, AcceptanceCounter.Series series, int year) {
    return counter(station, series, year).next(station.seat().code().value());
  }

  /**
   * The organisation's counter of the series and year, locked for the rest of the transaction (for
   * numbers of another shape than an acceptance number's).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public AcceptanceCounter counter(
      Organisation station, AcceptanceCounter.Series series, int year) {
    AcceptanceCounter.Key key = new AcceptanceCounter.Key(station.id(), series, year);
    AcceptanceCounter counter =
        em.find(AcceptanceCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (counter == null) {
      context.getBusinessObject(AcceptanceNumbers.class).createCounter(station.id(), series, year);
      counter = em.find(AcceptanceCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
    return counter;
  }

  /**
   * Creates the year's counter in its own transaction; when a concurrent acceptance created it
   * first, the duplicate insert fails harmlessly.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createCounter(String stationId, AcceptanceCounter.Series series, int year) {
    try {
      em.persist(new AcceptanceCounter(stationId, series, year));
      em.flush();
    } catch (PersistenceException e) {
      // created meanwhile by another transaction: fine, it will be locked and used
    }
  }
}
