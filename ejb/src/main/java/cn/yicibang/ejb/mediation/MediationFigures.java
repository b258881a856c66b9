package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.DisputeEventKind;
import cn.yicibang.domain.mediation.MediationBody;
import cn.yicibang.domain.mediation.MediationLevel;
import cn.yicibang.ejb.printing.FormPrinting;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the mediation figures as disputes change: a dispute received counts for the month it was
 * received, at the body it was first handed to; an acceptance, a settlement (with its sessions and
 * days since receipt) and a referral count for their month at the body that did it. The same
 * counting replays every dispute's timeline to rebuild the figures from the cases.
 */
@Stateless
@PermitAll
public class MediationFigures {

  private static final int REPLAY_FETCH = 10_000;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /** Counts a dispute just taken down. Inside the transaction that took it. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void received(DisputeCase c) {
    received(Timeline.of(c), levelOf(), database());
  }

  /** Counts what the events from {@code from} on did. Inside the transaction that added them. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void events(DisputeCase c, int from) {
    events(Timeline.of(c), from, levelOf(), database());
  }

  /** What the counting reads of a dispute: where, what, when, and its timeline. */
  record Timeline(
      java.time.Instant receivedAt,
      String place,
      String type,
      String firstBodyId,
      List<Fact> events) {

    static Timeline of(DisputeCase c) {
      return new Timeline(
          c.receivedAt(),
          c.place().code().value(),
          c.type().code(),
          c.firstBodyId(),
          c.events().stream().map(e -> new Fact(e.kind(), e.at(), e.organisationId())).toList());
    }
  }

  /** One event of a timeline. */
  record Fact(DisputeEventKind kind, java.time.Instant at, String organisationId) {}

  /** Where counts go: the cells in the database, or a tally in memory while rebuilding. */
  interface Tally {
    void add(
        Cell cell, int received, int accepted, int settled, int referred, long rounds, long days);

    void settledAfter(Cell cell, int days);
  }

  private static void received(
      Timeline c, java.util.function.Function<String, MediationLevel> levels, Tally tally) {
    String first = c.firstBodyId();
    tally.add(cell(day(c.receivedAt()), c, first, levels.apply(first)), 1, 0, 0, 0, 0, 0);
  }

  private static void events(
      Timeline c,
      int from,
      java.util.function.Function<String, MediationLevel> levels,
      Tally tally) {
    List<Fact> events = c.events();
    for (int i = from; i < events.size(); i++) {
      count(c, events, i, levels, tally);
    }
  }

  private java.util.function.Function<String, MediationLevel> levelOf() {
    return id -> em.find(MediationBody.class, id).level();
  }

  /** The cells in the database, advanced in the caller's transaction. */
  private Tally database() {
    return new Tally() {
      @Override
      public void add(
          Cell cell,
          int received,
          int accepted,
          int settled,
          int referred,
          long rounds,
          long days) {
        MediationFigures.this.add(
            cell,
            "received = received + "
                + received
                + ", accepted = accepted + "
                + accepted
                + ", settled = settled + "
                + settled
                + ", referred = referred + "
                + referred
                + ", rounds_used = rounds_used + "
                + rounds
                + ", settle_days_sum = settle_days_sum + "
                + days);
      }

      @Override
      public void settledAfter(Cell cell, int days) {
        addDays(cell, days);
      }
    };
  }

  /**
   * Throws the figures away and counts every dispute again from its timeline: after loading cases
   * in bulk, or to check the figures. Run it while nobody is working on disputes.
   *
   * @return how many disputes were counted
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int rebuild() {
    MediationFigures self = context.getBusinessObject(MediationFigures.class);
    self.clear();
    return self.replay();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void clear() {
    em.createNativeQuery("delete from mediation_settle_days").executeUpdate();
    em.createNativeQuery("delete from mediation_stat").executeUpdate();
  }

  /**
   * Counts every timeline in memory and writes the cells at once: read-only entities, read a page
   * of cases with their events at a time and let go after, so that years of a province's cases
   * replay in one pass with bounded memory.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int replay() {
    Map<String, MediationLevel> levels = new HashMap<>();
    em.createQuery("select b from MediationBody b", MediationBody.class)
        .getResultList()
        .forEach(b -> levels.put(b.id(), b.level()));
    Map<Cell, long[]> cells = new LinkedHashMap<>();
    Map<Cell, Map<Integer, Integer>> histogram = new LinkedHashMap<>();
    Tally memory =
        new Tally() {
          @Override
          public void add(
              Cell cell,
              int received,
              int accepted,
              int settled,
              int referred,
              long rounds,
              long days) {
            long[] v = cells.computeIfAbsent(cell, k -> new long[6]);
            v[0] += received;
            v[1] += accepted;
            v[2] += settled;
            v[3] += referred;
            v[4] += rounds;
            v[5] += days;
          }

          @Override
          public void settledAfter(Cell cell, int days) {
            histogram.computeIfAbsent(cell, k -> new HashMap<>()).merge(days, 1, Integer::sum);
          }
        };
    int[] counted = {0};
    // one pass over every dispute and its events in case order, grouped as they stream in
    em.unwrap(org.hibernate.Session.class)
        .doWork(
            connection -> {
              try (var query =
                  connection.prepareStatement(
                      "select c.id, c.received_at, c.place_code, c.dispute_type, c.first_body_id,"
                          + " e.kind, e.at, e.organisation_id from dispute_case c left join"
                          + " dispute_event e on e.case_id = c.id where c.first_body_id is not"
                          + " null order by c.id, e.seq")) {
                query.setFetchSize(REPLAY_FETCH);
                try (var rows = query.executeQuery()) {
                  Object current = null;
                  Timeline timeline = null;
                  List<Fact> facts = new ArrayList<>();
                  while (rows.next()) {
                    Object id = rows.getObject(1);
                    if (!id.equals(current)) {
                      count(timeline, levels, memory);
                      current = id;
                      facts = new ArrayList<>();
                      timeline =
                          new Timeline(
                              instant(rows, 2),
                              rows.getString(3),
                              rows.getString(4),
                              rows.getString(5),
                              facts);
                      counted[0]++;
                    }
                    String kind = rows.getString(6);
                    if (kind != null) {
                      facts.add(
                          new Fact(
                              DisputeEventKind.valueOf(kind), instant(rows, 7), rows.getString(8)));
                    }
                  }
                  count(timeline, levels, memory);
                }
              }
            });
    // tens of thousands of cells and histogram rows: written in JDBC batches
    em.unwrap(org.hibernate.Session.class)
        .doWork(
            connection -> {
              try (var insert =
                  connection.prepareStatement(
                      "insert into mediation_stat (stat_month, town_code, body_id, body_level,"
                          + " dispute_type, received, accepted, settled, referred, rounds_used,"
                          + " settle_days_sum) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Map.Entry<Cell, long[]> e : cells.entrySet()) {
                  bind(insert, e.getKey());
                  long[] v = e.getValue();
                  for (int i = 0; i < 6; i++) {
                    insert.setLong(6 + i, v[i]);
                  }
                  insert.addBatch();
                }
                insert.executeBatch();
              }
              try (var insert =
                  connection.prepareStatement(
                      "insert into mediation_settle_days (stat_month, town_code, body_id,"
                          + " body_level, dispute_type, days, cases) values (?, ?, ?, ?, ?, ?,"
                          + " ?)")) {
                for (Map.Entry<Cell, Map<Integer, Integer>> e : histogram.entrySet()) {
                  for (Map.Entry<Integer, Integer> d : e.getValue().entrySet()) {
                    bind(insert, e.getKey());
                    insert.setInt(6, d.getKey());
                    insert.setInt(7, d.getValue());
                    insert.addBatch();
                  }
                }
                insert.executeBatch();
              }
            });
    return counted[0];
  }

  private static void count(Timeline timeline, Map<String, MediationLevel> levels, Tally tally) {
    if (timeline != null) {
      received(timeline, levels::get, tally);
      events(timeline, 0, levels::get, tally);
    }
  }

  private static java.time.Instant instant(java.sql.ResultSet rows, int column)
      throws java.sql.SQLException {
    return rows.getObject(column, java.time.OffsetDateTime.class).toInstant();
  }

  private static void count(
      Timeline c,
      List<Fact> events,
      int i,
      java.util.function.Function<String, MediationLevel> levels,
      Tally tally) {
    Fact e = events.get(i);
    if (e.kind() != DisputeEventKind.ACCEPTED
        && e.kind() != DisputeEventKind.SETTLED
        && e.kind() != DisputeEventKind.REFERRED) {
      return;
    }
    String body = e.organisationId();
    Cell cell = cell(day(e.at()), c, body, levels.apply(body));
    long rounds =
        events.subList(0, i).stream().filter(x -> x.kind() == DisputeEventKind.ROUND).count();
    switch (e.kind()) {
      case ACCEPTED -> tally.add(cell, 0, 1, 0, 0, 0, 0);
      case SETTLED -> {
        long days = ChronoUnit.DAYS.between(day(c.receivedAt()), day(e.at()));
        tally.add(cell, 0, 0, 1, 0, rounds, days);
        tally.settledAfter(cell, (int) days);
      }
      case REFERRED -> tally.add(cell, 0, 0, 0, 1, rounds, 0);
      default -> {}
    }
  }

  /** The cell's key. */
  public record Cell(
      LocalDate month, String town, String body, MediationLevel level, String type) {}

  private static Cell cell(LocalDate day, Timeline c, String body, MediationLevel level) {
    return new Cell(day.withDayOfMonth(1), c.place().substring(0, 9), body, level, c.type());
  }

  private void add(Cell cell, String increments) {
    if (update("update mediation_stat set " + increments + WHERE, cell) == 0) {
      context.getBusinessObject(MediationFigures.class).createCell(cell);
      update("update mediation_stat set " + increments + WHERE, cell);
    }
  }

  private void addDays(Cell cell, int days) {
    String sql = "update mediation_settle_days set cases = cases + 1" + WHERE + " and days = ?6";
    if (update(sql, cell, days) == 0) {
      context.getBusinessObject(MediationFigures.class).createDays(cell, days);
      update(sql, cell, days);
    }
  }

  private static final String WHERE =
      " where stat_month = ?1 and town_code = ?2 and body_id = ?3 and body_level = ?4"
          + " and dispute_type = ?5";

  private int update(String sql, Cell cell, Object... more) {
    var q = em.createNativeQuery(sql);
    bind(q, cell);
    for (int i = 0; i < more.length; i++) {
      q.setParameter(6 + i, more[i]);
    }
    return q.executeUpdate();
  }

  private static void bind(java.sql.PreparedStatement s, Cell cell) throws java.sql.SQLException {
    s.setDate(1, Date.valueOf(cell.month()));
    s.setString(2, cell.town());
    s.setString(3, cell.body());
    s.setString(4, cell.level().name());
    s.setString(5, cell.type());
  }

  private static void bind(jakarta.persistence.Query q, Cell cell) {
    q.setParameter(1, Date.valueOf(cell.month()))
        .setParameter(2, cell.town())
        .setParameter(3, cell.body())
        .setParameter(4, cell.level().name())
        .setParameter(5, cell.type());
  }

  /**
   * Creates an empty cell in its own transaction, so that two transactions counting into a new cell
   * at once do not fail each other: the loser's insert fails harmlessly, both then add.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createCell(Cell cell) {
    try {
      var q =
          em.createNativeQuery(
              "insert into mediation_stat (stat_month, town_code, body_id, body_level, dispute_type,"
                  + " received, accepted, settled, referred, rounds_used, settle_days_sum)"
                  + " values (?1, ?2, ?3, ?4, ?5, 0, 0, 0, 0, 0, 0)");
      bind(q, cell);
      q.executeUpdate();
      em.flush();
    } catch (PersistenceException e) {
      // created meanwhile by another transaction
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void createDays(Cell cell, int days) {
    try {
      var q =
          em.createNativeQuery(
              "insert into mediation_settle_days (stat_month, town_code, body_id, body_level,"
                  + " dispute_type, days, cases) values (?1, ?2, ?3, ?4, ?5, ?6, 0)");
      bind(q, cell);
      q.setParameter(6, days);
      q.executeUpdate();
      em.flush();
    } catch (PersistenceException e) {
      // created meanwhile by another transaction
    }
  }

  private static LocalDate day(java.time.Instant at) {
    return LocalDate.ofInstant(at, FormPrinting.DISTRICT_ZONE);
  }
}
