package cn.yicibang.bench.paths;

import cn.yicibang.bench.Bench;
import cn.yicibang.bench.Dataset;
import cn.yicibang.bench.Environment;
import cn.yicibang.bench.Report;
import cn.yicibang.bench.load.Load;
import cn.yicibang.bench.load.Rest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;

/**
 * Taking household-change applications at the counters of several stations at once: {@code POST
 * /api/household-changes} by 16 clerks, each application accepted at once with its station's
 * gapless number, audited and remembered under its idempotency key. Measured against raw JDBC
 * writing the very same rows (the counter row locked and advanced, the application, its item,
 * materials and steps, the audit entry, the idempotency record) with the same 16 clients.
 */
public final class Acceptance implements Bench.Benchmark {

  @Override
  public String name() {
    return "accept";
  }

  @Override
  public String describe() {
    return "household-change applications accepted by 16 clients over several stations vs raw"
        + " JDBC of the same rows";
  }

  @Override
  public Report run(Bench.Context context) throws Exception {
    context.data();
    Environment env = context.env();
    int clients = context.intOption("clients", 16);
    Duration each = Duration.ofSeconds(Math.max(5, context.seconds() / 2));
    List<String> stations;
    try (Connection c = env.jdbc()) {
      stations = Dataset.stations(c);
    }
    int perStation = Math.max(1, clients / stations.size() + 1);
    // residents with no application open, for the REST run; the JDBC run writes for any
    Map<String, ConcurrentLinkedQueue<String[]>> free = freeResidents(env, stations, 6_000);

    LinkedHashMap<String, IntFunction<Load.Operation>> loads = new LinkedHashMap<>();
    loads.put("raw JDBC of the same rows", i -> jdbc(env, stations.get(i % stations.size())));
    loads.put(
        "REST accept",
        i -> {
          String station = stations.get(i % stations.size());
          Rest rest =
              new Rest(env.base(), Dataset.clerk(station, (i / stations.size()) % perStation));
          ConcurrentLinkedQueue<String[]> queue = free.get(station);
          return () -> {
            String[] r = queue.poll();
            if (r == null) {
              throw new IllegalStateException("out of residents at " + station);
            }
            String body =
                Rest.expect(
                    rest.post("api/household-changes", body(r), "bench-" + UUID.randomUUID()), 201);
            acceptanceNo(body);
          };
        });
    Map<String, Load.Result> r = Load.alternating(1, clients, Duration.ofSeconds(3), each, loads);
    Load.Result raw = r.get("raw JDBC of the same rows");
    Load.Result rest = r.get("REST accept");
    cleanUpRaw(env);
    String gaps = gaps(env);
    Report report =
        new Report(name())
            .setup("residents", context.size())
            .setup("clients", clients)
            .setup("stations", stations.size());
    report.line(
        new Report.Line(
            "accept a household-change application",
            "accepted/s",
            rest.perSecond(),
            "1/s",
            "raw JDBC of the same rows",
            raw.perSecond(),
            "≥ 200/s with 16 clients",
            rest.perSecond() >= 200 && rest.errors() == 0));
    report.results(r);
    report.note("acceptance numbers: " + gaps);
    return report;
  }

  /**
   * An occupation change for the resident {resident id, name, occupation}, applied for in person:
   * teacher, or driver for a teacher.
   */
  static String body(String[] r) {
    return "{\"residentId\":\""
        + r[0]
        + "\",\"items\":{\"OCCUPATION\":\""
        + ("教师".equals(r[2]) ? "司机" : "教师")
        + "\"},\"applicantRelation\":\"SELF\","
        + "\"applicantName\":\""
        + r[1]
        + "\",\"applicantResidentId\":\""
        + r[0]
        + "\",\"reason\":\"本人申请\",\"materialsSeen\":[\"ID_CARD\",\"BOOKLET\","
        + "\"FORM_SIGNED\"]}";
  }

  /** The acceptance number in a created case; fails when it was not accepted at once. */
  static String acceptanceNo(String body) {
    String key = "\"acceptanceNo\":\"";
    int i = body.indexOf(key);
    if (i < 0) {
      throw new IllegalStateException("not accepted: " + body);
    }
    return body.substring(i + key.length(), body.indexOf('"', i + key.length()));
  }

  /**
   * Adult generated residents of each station (who apply for themselves), none with a case open.
   */
  static Map<String, ConcurrentLinkedQueue<String[]>> freeResidents(
      Environment env, List<String> stations, int each) throws Exception {
    Map<String, ConcurrentLinkedQueue<String[]>> free = new LinkedHashMap<>();
    try (Connection c = env.jdbc();
        PreparedStatement s =
            c.prepareStatement(
                "select p.resident_id, p.name, p.occupation from person p join household h on"
                    + " h.id = p.household_id where p.resident_id like '350322%'"
                    + Lookup.JURISDICTION
                    + " and p.birth_date < current_date - interval '18 years' and not exists"
                    + " (select 1 from change_application a where a.person_id = p.id and a.status"
                    + " not in ('APPROVED', 'REFUSED')) order by md5(p.resident_id) limit ?")) {
      for (String station : stations) {
        ConcurrentLinkedQueue<String[]> q = new ConcurrentLinkedQueue<>();
        s.setString(1, station);
        s.setInt(2, each);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            q.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
          }
        }
        free.put(station, q);
      }
    }
    return free;
  }

  private static final String BENCH_SERIES = "BENCHRAW";

  /**
   * One client writing what one acceptance writes, in one transaction, with plain JDBC: the
   * station's counter locked and advanced (in a series of its own, so that the real numbers stay
   * gapless), the application, item, required and seen materials, two steps, audit, idempotency.
   */
  private static Load.Operation jdbc(Environment env, String station) {
    try {
      Connection c = env.jdbc();
      c.setAutoCommit(false);
      PreparedStatement personOf =
          c.prepareStatement("select id from person where resident_id like '350322%' limit 5000");
      List<UUID> persons = new ArrayList<>();
      try (ResultSet rs = personOf.executeQuery()) {
        while (rs.next()) {
          persons.add((UUID) rs.getObject(1));
        }
      }
      PreparedStatement counter =
          c.prepareStatement(
              "insert into number_counter (organisation_id, series, counter_year, last_value)"
                  + " values (?, '"
                  + BENCH_SERIES
                  + "', 2026, 1) on conflict (organisation_id, series, counter_year) do update"
                  + " set last_value = number_counter.last_value + 1 returning last_value");
      PreparedStatement application =
          c.prepareStatement(
              "insert into change_application (id, station_id, person_id, applicant_relation,"
                  + " applicant_name, applicant_resident_id, minor, reason, status, acceptance_no,"
                  + " accepted_at, due_on, time_limit_days, final_level, current_level,"
                  + " created_by, created_at, version) values (?, ?, ?, 'SELF', ?, ?, false,"
                  + " '本人申请', 'APPROVED', ?, ?, ?, 10, 'STATION', 'STATION', ?, ?, 0)");
      PreparedStatement item =
          c.prepareStatement(
              "insert into change_application_item (id, application_id, item, item_class,"
                  + " old_value, new_value) values (?, ?, 'OCCUPATION', 'MINOR', '渔民', '教师')");
      PreparedStatement material =
          c.prepareStatement(
              "insert into change_application_material (application_id, material_code) values"
                  + " (?, ?)");
      PreparedStatement seen =
          c.prepareStatement(
              "insert into change_application_material_seen (application_id, material_code)"
                  + " values (?, ?)");
      PreparedStatement step =
          c.prepareStatement(
              "insert into change_step (id, application_id, seq, at, actor, kind, level, note)"
                  + " values (?, ?, ?, ?, ?, ?, null, null)");
      PreparedStatement audit =
          c.prepareStatement(
              "insert into audit_entry (occurred_at, actor, organisation_id, action,"
                  + " subject_type, subject_id, detail, remote_address) values (?, ?, ?,"
                  + " 'CASE_TRANSITION', 'ChangeApplication', ?, ?, '127.0.0.1')");
      PreparedStatement idempotent =
          c.prepareStatement(
              "insert into idempotent_request (idempotency_key, caller, operation, result,"
                  + " created_at) values (?, ?, 'household-change.create', ?, ?)");
      String clerk = Dataset.clerk(station, 0);
      int[] next = {0};
      return () -> {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        counter.setString(1, station);
        long number;
        try (ResultSet rs = counter.executeQuery()) {
          rs.next();
          number = rs.getLong(1);
        }
        String no = "BENCHRAW-" + station + "-" + number;
        application.setObject(1, id);
        application.setString(2, station);
        application.setObject(3, persons.get(next[0]++ % persons.size()));
        application.setString(4, "某某");
        application.setString(5, "350322199001010011");
        application.setString(6, no);
        application.setTimestamp(7, now);
        application.setObject(8, LocalDate.now().plusDays(14));
        application.setString(9, clerk);
        application.setTimestamp(10, now);
        application.executeUpdate();
        item.setObject(1, UUID.randomUUID());
        item.setObject(2, id);
        item.executeUpdate();
        for (String m : new String[] {"ID_CARD", "BOOKLET", "FORM_SIGNED"}) {
          material.setObject(1, id);
          material.setString(2, m);
          material.executeUpdate();
          seen.setObject(1, id);
          seen.setString(2, m);
          seen.executeUpdate();
        }
        int seq = 0;
        for (String kind : new String[] {"CREATED", "ACCEPTED"}) {
          step.setObject(1, UUID.randomUUID());
          step.setObject(2, id);
          step.setInt(3, seq++);
          step.setTimestamp(4, now);
          step.setString(5, clerk);
          step.setString(6, kind);
          step.executeUpdate();
        }
        audit.setTimestamp(1, now);
        audit.setString(2, clerk);
        audit.setString(3, station);
        audit.setString(4, id.toString());
        audit.setString(5, "CREATED IN_APPROVAL " + no);
        audit.executeUpdate();
        idempotent.setString(1, "bench-" + id);
        idempotent.setString(2, clerk);
        idempotent.setString(3, id.toString());
        idempotent.setTimestamp(4, now);
        idempotent.executeUpdate();
        c.commit();
      };
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Removes what the raw JDBC run wrote, so that only the application's own cases remain. */
  private static void cleanUpRaw(Environment env) throws Exception {
    try (Connection c = env.jdbc()) {
      c.setAutoCommit(false);
      try (var s = c.createStatement()) {
        String raw = "select id from change_application where acceptance_no like 'BENCHRAW-%'";
        s.execute("delete from change_step where application_id in (" + raw + ")");
        s.execute("delete from change_application_item where application_id in (" + raw + ")");
        s.execute("delete from change_application_material where application_id in (" + raw + ")");
        s.execute(
            "delete from change_application_material_seen where application_id in (" + raw + ")");
        s.execute(
            "delete from idempotent_request where idempotency_key like 'bench-%' and"
                + " result in (select id::text from change_application where acceptance_no like"
                + " 'BENCHRAW-%')");
        s.execute("delete from audit_entry where detail like 'CREATED IN_APPROVAL BENCHRAW-%'");
        s.execute("delete from change_application where acceptance_no like 'BENCHRAW-%'");
        s.execute("delete from number_counter where series = '" + BENCH_SERIES + "'");
      }
      c.commit();
    }
  }

  /** Whether every station's change numbers this year run 1..n without a gap. */
  static String gaps(Environment env) throws Exception {
    try (Connection c = env.jdbc();
        var s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select n.organisation_id, n.last_value, (select count(*) from change_application"
                    + " a where a.station_id = n.organisation_id and a.acceptance_no is not null"
                    + " and a.acceptance_no not like 'HIST-%' and extract(year from a.accepted_at"
                    + " at time zone 'Asia/Shanghai') = n.counter_year) from number_counter n"
                    + " where n.series = 'CHANGE' order by 1")) {
      StringBuilder out = new StringBuilder();
      boolean ok = true;
      while (rs.next()) {
        if (rs.getLong(2) != rs.getLong(3)) {
          ok = false;
          out.append(rs.getString(1)).append(" counter ").append(rs.getLong(2));
          out.append(" but ").append(rs.getLong(3)).append(" accepted; ");
        }
      }
      return ok
          ? "every station's counter equals its accepted applications (gapless)"
          : out.toString();
    }
  }
}
