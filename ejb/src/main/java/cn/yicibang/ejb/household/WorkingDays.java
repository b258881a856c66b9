package cn.yicibang.ejb.household;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts working days with the official calendar ({@code calendar_day}, data seeded from the State
 * Council's yearly notices and kept up each year): a statutory holiday does not count, a weekend
 * day named a working day (调休) does, any other Saturday or Sunday does not.
 */
@Stateless
public class WorkingDays {

  @PersistenceContext private EntityManager em;

  /** The date that lies the given number of working days after {@code from}. */
  public LocalDate after(LocalDate from, int days) {
    Map<LocalDate, Boolean> calendar = calendar(from, from.plusDays(days * 3L + 30));
    LocalDate d = from;
    int counted = 0;
    while (counted < days) {
      d = d.plusDays(1);
      if (working(d, calendar)) {
        counted++;
      }
    }
    return d;
  }

  private static boolean working(LocalDate d, Map<LocalDate, Boolean> calendar) {
    Boolean official = calendar.get(d);
    if (official != null) {
      return official;
    }
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The days the calendar names between the two dates: true for a working day, false a holiday. */
  private Map<LocalDate, Boolean> calendar(LocalDate from, LocalDate to) {
    Map<LocalDate, Boolean> days = new HashMap<>();
    @SuppressWarnings("unchecked")
    java.util.List<Object[]> rows =
        em.createNativeQuery(
                "select calendar_date, kind from calendar_day where calendar_date between ?1 and ?2")
            // reads one table: the session need not flush everything else first
            .unwrap(org.hibernate.query.NativeQuery.class)
            .addSynchronizedQuerySpace("calendar_day")
            .setParameter(1, Date.valueOf(from))
            .setParameter(2, Date.valueOf(to))
            .getResultList();
    for (Object[] row : rows) {
      LocalDate day = row[0] instanceof Date sql ? sql.toLocalDate() : (LocalDate) row[0];
      days.put(day, "WORKDAY".equals(row[1]));
    }
    return days;
  }
}
