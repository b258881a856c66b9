package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.AcceptanceCounter;
import cn.yicibang.domain.organisation.Organisation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Numbers a household founded by a move (立户): the station's town code, the two-digit year and a
 * four-digit serial from the station's counter, e.g. {@code 350305101260001}; a number already
 * taken (imported before this system) is stepped over.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class HouseholdNumbers {

  @PersistenceContext private EntityManager em;

  @Inject private AcceptanceNumbers numbers;

  public String next(Organisation station, int year) {
    AcceptanceCounter counter = numbers.counter(station, AcceptanceCounter.Series.HOUSEHOLD, year);
    while (true) {
      String no =
          String.format(
              Locale.ROOT,
              "%s%02d%04d",
              station.seat().code().value(),
              year % 100,
              counter.nextValue());
      if (em.createQuery("select h.id from Household h where h.householdNo = :no")
          .setParameter("no", no)
          .setMaxResults(1)
          .getResultList()
          .isEmpty()) {
        return no;
      }
    }
  }
}
