package cn.yicibang.ejb.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Two years of mediated disputes in four towns, so that the supervisor's figures, charts and
 * monthly report have something to show: settled, referred and a few still open, each with its
 * parties, sessions and timeline, and a quarter fewer disputes this year than last (the seed's
 * "incidence down 22% year on year"). Deterministic. The figures are counted from these timelines
 * once the demo data is in ({@code MediationFigures.rebuild}).
 */
public class DemoMediationHistory implements JavaMigration {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Station, place, the body first handed the disputes, its level. */
  private static final String[][] PLACES = {
    {"PS-DONGZHUANG", "350305101201", "MC-V101201", "VILLAGE"},
    {"PS-DONGZHUANG", "350305101201", "MR-V101201", "VILLAGE"},
    {"PS-DONGZHUANG", "350305101", "MC-T101", "TOWN"},
    {"PS-YUETANG", "350305110201", "MS-V110201", "VILLAGE"},
    {"PS-YUETANG", "350305110202", "MC-V110202", "VILLAGE"},
    {"PS-DAITOU", "350305104202", "MC-V104202", "VILLAGE"},
    {"PS-PINGHAI", "350305105201", "MC-V105201", "VILLAGE"}
  };

  private static final String[] SURNAMES = {"林", "陈", "黄", "郑", "吴", "蔡", "许", "翁", "郭", "王"};
  private static final String[] GIVEN = {
    "金水", "秀英", "国平", "丽华", "志强", "美玲", "文彬", "春兰", "建华", "海燕"
  };

  /** Disputes a month at this time last year and this year; the later months a quarter fewer. */
  private static final int LAST_YEAR = 24;

  private static final int THIS_YEAR = 19;

  /** Its version, by which start-up knows the figures need counting. */
  public static final String VERSION = "5";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(VERSION);
  }

  @Override
  public String getDescription() {
    return "two years of mediated disputes";
  }

  @Override
  public Integer getChecksum() {
    return 20261201;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    List<String> types = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select code from dispute_type order by sort_order")) {
      while (rs.next()) {
        types.add(rs.getString(1));
      }
    }
    Random random = new Random(20221201);
    YearMonth thisMonth = YearMonth.from(LocalDate.now(CHINA));
    try (PreparedStatement cases = c.prepareStatement(CASE);
        PreparedStatement parties = c.prepareStatement(PARTY);
        PreparedStatement rounds = c.prepareStatement(ROUND);
        PreparedStatement events = c.prepareStatement(EVENT)) {
      int n = 0;
      for (int back = 24; back >= 1; back--) {
        YearMonth month = thisMonth.minusMonths(back);
        int count = back > 12 ? LAST_YEAR : THIS_YEAR;
        for (int k = 0; k < count; k++) {
          write(++n, month, random, types, cases, parties, rounds, events);
        }
      }
      cases.executeBatch();
      parties.executeBatch();
      rounds.executeBatch();
      events.executeBatch();
    }
  }

  private static final String CASE =
      "insert into dispute_case (id, case_no, station_id, source, source_ref, dispute_type,"
          + " place_code, place_text, summary, urgency, status, body_id, body_level, first_body_id,"
          + " received_at, received_by, handed_over_at, accept_due_at, accepted_at, agreement_kind,"
          + " agreement_facts, agreement_matters, agreement_content, performance_manner,"
          + " performance_due, settled_at, confirmation_due, referral, referral_note, follow_up_due,"
          + " follow_up_result, followed_up_at, closed_at, version)"
          + " values (?, ?, ?, 'CALL', ?, ?, ?, ?, ?, 'NORMAL', ?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

  private static final String PARTY =
      "insert into dispute_party (case_id, seq, role, name, resident_id, id_kind, id_number, sex,"
          + " phone, address, consent) values (?, ?, ?, ?, null, 'OTHER', ?, null, null, null, true)";

  private static final String ROUND =
      "insert into mediation_round (case_id, seq, body_level, body_id, held_on, mediators,"
          + " attendees, record_text, result, recorded_by, recorded_at)"
          + " values (?, ?, ?, ?, ?, '调解员', ?, '双方陈述意见，调解员释明有关规定。', ?, 'demo', ?)";

  private static final String EVENT =
      "insert into dispute_event (case_id, seq, at, actor, organisation_id, kind, note)"
          + " values (?, ?, ?, 'demo', ?, ?, ?)";

  private static void write(
      int n,
      YearMonth month,
      Random random,
      List<String> types,
      PreparedStatement cases,
      PreparedStatement parties,
      PreparedStatement rounds,
      PreparedStatement events)
      throws Exception {
    String[] at = PLACES[random.nextInt(PLACES.length)];
    UUID id = UUID.nameUUIDFromBytes(("demo-dispute-" + n).getBytes());
    Instant received =
        month
            .atDay(1 + random.nextInt(month.lengthOfMonth()))
            .atTime(8, 30)
            .atZone(CHINA)
            .toInstant()
            .plusSeconds(random.nextInt(9 * 3600));
    Instant accepted = received.plusSeconds(1800 + random.nextInt(18 * 3600));
    boolean settled = random.nextInt(100) < 86;
    int sessions = settled ? 1 + random.nextInt(3) : 4;
    Instant concluded = accepted.plus(Duration.ofDays(1 + random.nextInt(12)));
    String a = name(random);
    String b = name(random);
    String type = types.get(random.nextInt(types.size()));

    int p = 1;
    cases.setObject(p++, id);
    cases.setString(p++, "TJDEMO-" + month + "-" + String.format("%04d", n));
    cases.setString(p++, at[0]);
    cases.setString(p++, "110-" + month.toString().replace("-", "") + String.format("%04d", n));
    cases.setString(p++, type);
    cases.setString(p++, at[1]);
    cases.setString(p++, "村道旁");
    cases.setString(p++, a + "与" + b + "发生纠纷，民警到场后双方同意调解。");
    cases.setString(p++, settled ? "CLOSED" : "REFERRED");
    cases.setString(p++, at[2]);
    cases.setString(p++, at[3]);
    cases.setString(p++, at[2]);
    cases.setTimestamp(p++, Timestamp.from(received));
    cases.setTimestamp(p++, Timestamp.from(received));
    cases.setTimestamp(p++, Timestamp.from(received.plusSeconds(86400)));
    cases.setTimestamp(p++, Timestamp.from(accepted));
    LocalDate settledOn = LocalDate.ofInstant(concluded, CHINA);
    cases.setString(p++, settled ? "WRITTEN" : null);
    cases.setString(p++, settled ? "双方因" + a + "家与" + b + "家之间的事项发生争执。" : null);
    cases.setString(p++, settled ? "双方各负相应责任。" : null);
    cases.setString(p++, settled ? "双方互谅互让，达成和解。" : null);
    cases.setString(p++, settled ? "当面履行，村调委会见证。" : null);
    cases.setObject(p++, settled ? settledOn.plusDays(7) : null);
    cases.setTimestamp(p++, settled ? Timestamp.from(concluded) : null);
    cases.setObject(p++, settled ? settledOn.plusDays(30) : null);
    cases.setString(p++, settled ? null : "LITIGATION");
    cases.setString(p++, settled ? null : "已告知双方可向人民法院提起诉讼。");
    cases.setObject(p++, settled ? settledOn.plusDays(7) : null);
    cases.setString(p++, settled ? "PERFORMED" : null);
    cases.setTimestamp(p++, settled ? Timestamp.from(concluded.plus(Duration.ofDays(7))) : null);
    cases.setTimestamp(
        p++, Timestamp.from(settled ? concluded.plus(Duration.ofDays(7)) : concluded));
    cases.addBatch();

    party(parties, id, 0, "APPLICANT", a, n * 2);
    party(parties, id, 1, "RESPONDENT", b, n * 2 + 1);

    int seq = 0;
    seq = event(events, id, seq, received, at[0], "RECEIVED", null);
    seq = event(events, id, seq, received, at[0], "HANDED_OVER", null);
    seq = event(events, id, seq, accepted, at[2], "ACCEPTED", null);
    for (int r = 0; r < sessions; r++) {
      boolean last = r == sessions - 1;
      String result = settled && last ? "SETTLED" : "NOT_SETTLED";
      Instant heldAt =
          accepted.plus(
              Duration.ofMillis(Duration.between(accepted, concluded).toMillis() * r / sessions));
      rounds.setObject(1, id);
      rounds.setInt(2, r);
      rounds.setString(3, at[3]);
      rounds.setString(4, at[2]);
      rounds.setObject(5, LocalDate.ofInstant(heldAt, CHINA));
      rounds.setString(6, a + "、" + b);
      rounds.setString(7, result);
      rounds.setTimestamp(8, Timestamp.from(heldAt));
      rounds.addBatch();
      seq = event(events, id, seq, heldAt, at[2], "ROUND", at[3] + " " + (r + 1) + " " + result);
    }
    if (settled) {
      seq = event(events, id, seq, concluded, at[2], "SETTLED", "WRITTEN");
      seq = event(events, id, seq, concluded, at[2], "OUTCOME_REPORTED", "SETTLED");
      Instant visit = concluded.plus(Duration.ofDays(7));
      seq = event(events, id, seq, visit, at[2], "FOLLOWED_UP", "PERFORMED");
      event(events, id, seq, visit, at[2], "CLOSED", null);
    } else {
      seq = event(events, id, seq, concluded, at[2], "REFERRED", "LITIGATION");
      event(events, id, seq, concluded, at[2], "OUTCOME_REPORTED", "REFERRED");
    }
  }

  private static String name(Random random) {
    return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
  }

  private static void party(
      PreparedStatement p, UUID id, int seq, String role, String name, int number)
      throws Exception {
    p.setObject(1, id);
    p.setInt(2, seq);
    p.setString(3, role);
    p.setString(4, name);
    p.setString(5, "DEMO" + String.format("%06d", number));
    p.addBatch();
  }

  private static int event(
      PreparedStatement p,
      UUID id,
      int seq,
      Instant at,
      String organisation,
      String kind,
      String note)
      throws Exception {
    p.setObject(1, id);
    p.setInt(2, seq);
    p.setTimestamp(3, Timestamp.from(at));
    p.setString(4, organisation);
    p.setString(5, kind);
    p.setString(6, note);
    p.addBatch();
    return seq + 1;
  }
}
