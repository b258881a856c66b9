package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.BusinessException;
import cn.yicibang.domain.audit.AuditAction;
import cn.yicibang.domain.mediation.LevelRule;
import cn.yicibang.domain.mediation.MediationLevel;
import cn.yicibang.domain.organisation.Division;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.domain.security.Role;
import cn.yicibang.ejb.audit.AuditLog;
import cn.yicibang.ejb.security.Caller;
import cn.yicibang.ejb.security.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mediation figures for a period of months, read from the cells kept as disputes change (a few
 * rows per month, however many years of cases): received, accepted, settled, referred, the
 * settlement rate, the median days to settle and the sessions used, in total and by body, level,
 * dispute type, town and month; and each town's disputes against the same months a year before.
 */
@Stateless
// district-wide figures: the supervisor's and the administrator's, not a station head's (the
// authorisation matrix review found the station head let in here but on no page or report)
@RolesAllowed({Role.MEDIATION_SUPERVISOR, Role.ADMINISTRATOR})
public class MediationStatistics {

  @PersistenceContext private EntityManager em;

  @Inject private Disputes disputes;

  @Inject private MediationRules rules;

  @Inject private MediationFigures cells;

  @Inject private Callers callers;

  @Inject private AuditLog audit;

  /**
   * Counts the figures again from every dispute's timeline: after cases were loaded in bulk (a
   * migration from an earlier system), or to check them. Administrators only; audited.
   *
   * @return how many disputes were counted
   */
  @RolesAllowed(Role.ADMINISTRATOR)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int rebuildFigures() {
    int counted = cells.rebuild();
    Caller caller = callers.current();
    audit.recordAlone(
        caller.username(),
        caller.organisation().id(),
        AuditAction.RULE_CHANGE,
        "MediationFigures",
        null,
        "rebuilt " + counted);
    return counted;
  }

  /** Counts of one group (or the total). */
  public record Row(
      String key,
      String name,
      long received,
      long accepted,
      long settled,
      long referred,
      long roundsUsed,
      Double settlementRate,
      Double roundsPerConcluded)
      implements Serializable {}

  /** A town's disputes received in the period and in the same months a year before. */
  public record TownTrend(
      String town, String name, long received, long receivedYearBefore, Double changePercent)
      implements Serializable {}

  /** The figures of a period. */
  public record Figures(
      String from,
      String to,
      Row total,
      Double medianDaysToSettle,
      List<Row> byBody,
      List<Row> byLevel,
      List<Row> byType,
      List<Row> byTown,
      List<Row> byMonth,
      List<TownTrend> incidence)
      implements Serializable {}

  /**
   * @param from first month, {@code yyyy-MM} (default: January of this year)
   * @param to last month, {@code yyyy-MM} (default: this month)
   */
  public Figures figures(String from, String to, Locale locale) {
    YearMonth now = YearMonth.from(Disputes.today());
    YearMonth first = month(from, YearMonth.of(now.getYear(), 1));
    YearMonth last = month(to, now);
    if (last.isBefore(first)) {
      throw new BusinessException("mediation.statistics.periodReversed");
    }
    LocalDate a = first.atDay(1);
    LocalDate b = last.atDay(1);
    Map<String, String> bodies = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    rules.types().forEach(t -> types.put(t.code(), t.name(locale)));
    Map<MediationLevel, LevelRule> levels = disputes.levels();
    List<Row> byBody =
        rows(
            "body_id",
            a,
            b,
            k ->
                bodies.computeIfAbsent(
                    k,
                    id -> {
                      Organisation o = em.find(Organisation.class, id);
                      return o == null ? id : o.name(locale);
                    }));
    List<Row> byLevel =
        rows("body_level", a, b, k -> levels.get(MediationLevel.valueOf(k)).name(locale));
    List<Row> byType = rows("dispute_type", a, b, k -> types.getOrDefault(k, k));
    List<Row> byTown = rows("town_code", a, b, k -> divisionName(k, locale));
    List<Row> byMonth = rows("stat_month", a, b, k -> k.substring(0, 7));
    List<Row> total = rows(null, a, b, k -> "");
    Map<String, Long> before = new HashMap<>();
    for (Row r : rows("town_code", a.minusYears(1), b.minusYears(1), k -> k)) {
      before.put(r.key(), r.received());
    }
    List<TownTrend> incidence = new ArrayList<>();
    for (Row r : byTown) {
      long was = before.getOrDefault(r.key(), 0L);
      incidence.add(
          new TownTrend(
              r.key(),
              r.name(),
              r.received(),
              was,
              was == 0 ? null : Math.round((r.received() - was) * 1000.0 / was) / 10.0));
    }
    return new Figures(
        first.toString(),
        last.toString(),
        total.isEmpty() ? empty() : total.get(0),
        medianDays(a, b),
        byBody,
        byLevel,
        byType,
        byTown,
        byMonth,
        incidence);
  }

  private List<Row> rows(
      String dimension,
      LocalDate a,
      LocalDate b,
      java.util.function.Function<String, String> name) {
    String select = dimension == null ? "'total'" : dimension;
    @SuppressWarnings("unchecked")
    List<Object[]> result =
        em.createNativeQuery(
                "select "
                    + select
                    + ", sum(received), sum(accepted), sum(settled), sum(referred), sum(rounds_used)"
                    + " from mediation_stat where stat_month between ?1 and ?2"
                    + (dimension == null
                        ? ""
                        : " group by " + dimension + " order by " + dimension))
            .setParameter(1, Date.valueOf(a))
            .setParameter(2, Date.valueOf(b))
            .getResultList();
    List<Row> rows = new ArrayList<>();
    for (Object[] r : result) {
      if (r[1] == null) {
        continue; // no cell at all in the period
      }
      String key = String.valueOf(r[0]);
      long settled = n(r[3]);
      long referred = n(r[4]);
      long concluded = settled + referred;
      rows.add(
          new Row(
              key,
              name.apply(key),
              n(r[1]),
              n(r[2]),
              settled,
              referred,
              n(r[5]),
              concluded == 0 ? null : Math.round(settled * 1000.0 / concluded) / 10.0,
              concluded == 0 ? null : Math.round(n(r[5]) * 10.0 / concluded) / 10.0));
    }
    return rows;
  }

  /** The median of the days to settle, from the histogram of the period. */
  private Double medianDays(LocalDate a, LocalDate b) {
    @SuppressWarnings("unchecked")
    List<Object[]> histogram =
        em.createNativeQuery(
                "select days, sum(cases) from mediation_settle_days where stat_month between ?1 and ?2"
                    + " group by days order by days")
            .setParameter(1, Date.valueOf(a))
            .setParameter(2, Date.valueOf(b))
            .getResultList();
    long total = histogram.stream().mapToLong(r -> n(r[1])).sum();
    if (total == 0) {
      return null;
    }
    long lowIndex = (total - 1) / 2;
    long highIndex = total / 2;
    long seen = 0;
    Integer low = null;
    Integer high = null;
    for (Object[] r : histogram) {
      long count = n(r[1]);
      int days = ((Number) r[0]).intValue();
      if (low == null && lowIndex < seen + count) {
        low = days;
      }
      if (highIndex < seen + count) {
        high = days;
        break;
      }
      seen += count;
    }
    return (low + high) / 2.0;
  }

  private String divisionName(String code, Locale locale) {
    Division d = em.find(Division.class, code);
    return d == null ? code : d.name(locale);
  }

  private static YearMonth month(String value, YearMonth otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BusinessException("mediation.statistics.badMonth", value);
    }
  }

  private static long n(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }

  private static Row empty() {
    return new Row("total", "", 0, 0, 0, 0, 0, null, null);
  }
}
