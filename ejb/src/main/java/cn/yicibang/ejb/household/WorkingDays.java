package cn.yicibang.ejb.household;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts working days: Saturdays, Sundays and the days in {@code public_holiday} (data, kept up to
 * date each year) do not count.
 */
@Stateless
public class WorkingDays {

  @PersistenceContext private EntityManager em;

  /** The date that lies the given number of working days after {@code from}. */
  public LocalDate after(LocalDate from, int days) {
    Set<LocalDate> holidays = holidays(from, from.plusDays(days * 3L + 30));
    LocalDate d = from;
    int counted = 0;
    while (counted < days) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY
          && d.getDayOfWeek() != DayOfWeek.SUNDAY
          && !holidays.contains(d)) {
        counted++;
      }
    }
    return d;
  }

  private Set<LocalDate> holidays(LocalDate from, LocalDate to) {
    Set<LocalDate> days = new HashSet<>();
    for (Object day :
        em.createNativeQuery(
                "select holiday_date from public_holiday where holiday_date between ?1 and ?2")
            // reads one table: the session need not flush everything else first
            .unwrap(org.hibernate.query.NativeQuery.class)
            .addSynchronizedQuerySpace("public_holiday")
            .setParameter(1, Date.valueOf(from))
            .setParameter(2, Date.valueOf(to))
            .getResultList()) {
      days.add(day instanceof Date sql ? sql.toLocalDate() : (LocalDate) day);
    }
    return days;
  }
}
