package cn.yicibang.bench.faults;

import cn.yicibang.bench.Report;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What must hold after a fault, read straight from the database: each a count of what is wrong,
 * which must be zero. Each check adds a line to the report, with the first examples when it fails.
 */
final class Checks {

  private final Connection c;
  private final Report report;
  private final List<String> failed = new ArrayList<>();

  Checks(Connection c, Report report) {
    this.c = c;
    this.report = report;
  }

  List<String> failed() {
    return failed;
  }

  /** A check passes when {@code wrong} is zero; {@code of} says how many things were looked at. */
  void zero(String what, long wrong, long of, List<String> examples) {
    report.line(
        new Report.Line(what, "wrong", wrong, "of " + of, "—", Double.NaN, "0", wrong == 0));
    System.out.printf("  %-70s %d wrong of %d%n", what, wrong, of);
    if (wrong != 0) {
      failed.add(what + ": " + wrong + " " + examples.subList(0, Math.min(5, examples.size())));
      report.note(what + ": " + examples.subList(0, Math.min(5, examples.size())));
    }
  }

  /** Rows a query returns are the wrong ones (their first column names them). */
  void none(String what, long of, String sql) throws SQLException {
    List<String> rows = column(sql);
    zero(what, rows.size(), of, rows);
  }

  List<String> column(String sql, Object... args) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  long count(String sql, Object... args) throws SQLException {
    return Long.parseLong(column(sql, args).get(0));
  }

  /** Every acknowledged write is in the database once, under the number it was answered with. */
  void acknowledgedExactlyOnce(List<Workload.Acknowledged> acks) throws SQLException {
    Map<String, List<String>> changes =
        rows(
            "select p.resident_id, a.acceptance_no from change_application a join person p on p.id ="
                + " a.person_id where a.created_by = 'clerk.dongzhuang' and p.address like '%故障演练户'");
    Map<String, List<String>> bundles =
        rows(
            "select applicant_resident_id, tracking_no from bundle_application where"
                + " applicant_resident_id in (select resident_id from person where address like"
                + " '%故障演练户')");
    Map<String, List<String>> disputes =
        rows(
            "select source_ref, case_no from dispute_case where source_ref like '"
                + Workload.REF
                + "%'");
    Map<String, Long> decisions =
        counts(
            "select a.acceptance_no, count(*) from change_step s join change_application a on a.id ="
                + " s.application_id where s.kind = 'APPROVED' group by a.acceptance_no");
    Map<String, Long> rounds =
        counts(
            "select c.case_no, count(*) from mediation_round r join dispute_case c on c.id = r.case_id"
                + " group by c.case_no");
    List<String> wrong = new ArrayList<>();
    Map<String, Long> expectedDecisions = new HashMap<>();
    Map<String, Long> expectedRounds = new HashMap<>();
    long writes = 0;
    for (Workload.Acknowledged a : acks) {
      writes++;
      switch (a.kind()) {
        case "change" -> once(wrong, a, changes.get(a.subject()));
        case "bundle" -> once(wrong, a, bundles.get(a.subject()));
        case "dispute" -> once(wrong, a, disputes.get(a.subject()));
        case "round" -> expectedRounds.merge(a.number(), 1L, Long::sum);
        default -> {
          if (a.kind().startsWith("decision")) {
            expectedDecisions.merge(a.number(), 1L, Long::sum);
          }
        }
      }
    }
    expectedDecisions.forEach(
        (no, n) -> {
          if (!n.equals(decisions.getOrDefault(no, 0L))) {
            wrong.add(
                no + ": " + n + " decisions acknowledged, " + decisions.get(no) + " recorded");
          }
        });
    expectedRounds.forEach(
        (no, n) -> {
          if (!n.equals(rounds.getOrDefault(no, 0L))) {
            wrong.add(no + ": " + n + " rounds acknowledged, " + rounds.get(no) + " recorded");
          }
        });
    zero(
        "acknowledged writes that are missing, doubled or renumbered", wrong.size(), writes, wrong);
    long made =
        changes.values().stream().mapToLong(List::size).sum()
            + bundles.values().stream().mapToLong(List::size).sum()
            + disputes.values().stream().mapToLong(List::size).sum();
    long answered =
        acks.stream()
            .filter(a -> List.of("change", "bundle", "dispute").contains(a.kind()))
            .count();
    zero(
        "cases in the database that no answer acknowledged",
        Math.max(0, made - answered),
        made,
        List.of(made + " made, " + answered + " acknowledged"));
  }

  private static void once(List<String> wrong, Workload.Acknowledged a, List<String> found) {
    if (found == null || found.size() != 1 || !found.get(0).equals(a.number())) {
      wrong.add(a.kind() + " " + a.subject() + " answered " + a.number() + ", database " + found);
    }
  }

  /** Acceptance, tracking and case numbers: per series, 1 … n with none missing or doubled. */
  void gapless() throws SQLException {
    for (String[] t :
        new String[][] {
          {"change_application", "acceptance_no", "acceptance numbers"},
          {"bundle_application", "tracking_no", "tracking numbers"},
          {"dispute_case", "case_no", "case numbers"}
        }) {
      Map<String, List<Long>> series = new TreeMap<>();
      // the demonstration's invented mediation history is numbered by month, not by the counter
      for (String no :
          column(
              "select "
                  + t[1]
                  + " from "
                  + t[0]
                  + " where "
                  + t[1]
                  + " is not null and "
                  + t[1]
                  + " not like 'TJDEMO%'")) {
        int i = no.length();
        while (i > 0 && Character.isDigit(no.charAt(i - 1))) {
          i--;
        }
        series
            .computeIfAbsent(no.substring(0, i), k -> new ArrayList<>())
            .add(Long.parseLong(no.substring(i)));
      }
      List<String> wrong = new ArrayList<>();
      long numbers = 0;
      for (var e : series.entrySet()) {
        List<Long> serials = e.getValue();
        numbers += serials.size();
        long max = serials.stream().mapToLong(Long::longValue).max().orElse(0);
        long distinct = serials.stream().distinct().count();
        if (max != serials.size() || distinct != serials.size()) {
          wrong.add(e.getKey() + ": " + serials.size() + " numbers, highest " + max);
        }
      }
      zero(t[2] + " series with a gap or a double", wrong.size(), numbers, wrong);
    }
  }

  /**
   * Every department notification delivered and acknowledged; each applied by the department once;
   * none written twice for one change.
   */
  void notifications(Department department) throws SQLException {
    List<String> all =
        column(
            "select cast(id as varchar) from notification where recipient_id in ('DEPT-MEDINS',"
                + " 'DEPT-PENSION')");
    List<String> open =
        column(
            "select subject_ref || ' ' || recipient_id || ' ' || status from notification where"
                + " recipient_id in ('DEPT-MEDINS', 'DEPT-PENSION') and status <> 'ACKNOWLEDGED'");
    zero("department notifications not delivered and acknowledged", open.size(), all.size(), open);
    zero(
        "acknowledgements the API refused",
        department.ackFailures.get(),
        all.size(),
        department.firstAckFailures);
    List<String> wrong = new ArrayList<>();
    for (String id : all) {
      AtomicLong n = department.applied().get(id);
      if (n == null || n.get() != 1) {
        wrong.add(id + " applied " + (n == null ? 0 : n.get()) + " times");
      }
    }
    zero(
        "notifications not applied exactly once by their department",
        wrong.size(),
        all.size(),
        wrong);
    zero(
        "notifications sent again under another key",
        department.keyChanged.get(),
        all.size(),
        List.of("a department applies by key: a new key would have applied it twice"));
    none(
        "changes notified twice to one department",
        all.size(),
        "select subject_ref || ' ' || recipient_id from notification group by subject_ref,"
            + " recipient_id, topic having count(*) > 1");
    none(
        "acknowledgements recorded twice in the audit log",
        all.size(),
        "select subject_id from audit_entry where action = 'NOTIFICATION' and detail ="
            + " 'ACKNOWLEDGED' group by subject_id having count(*) > 1");
  }

  /** No case is half made: what one transaction writes is there whole or not at all. */
  void wholeCases() throws SQLException {
    long changes = count("select count(*) from change_application");
    none(
        "applications without their items or their acceptance step",
        changes,
        "select coalesce(a.acceptance_no, cast(a.id as varchar)) from change_application a where"
            + " not exists (select 1 from change_application_item i where i.application_id = a.id)"
            + " or (a.acceptance_no is not null and not exists (select 1 from change_step s where"
            + " s.application_id = a.id and s.kind = 'ACCEPTED'))");
    none(
        "approved applications whose register change, duties or notifications are missing",
        changes,
        "select a.acceptance_no from change_application a join change_application_item i on"
            + " i.application_id = a.id join person p on p.id = a.person_id where a.status ="
            + " 'APPROVED' and p.address like '%故障演练户' and (i.item = 'OCCUPATION' and"
            + " p.occupation <> i.new_value or not exists (select 1 from register_change r where"
            + " r.person_id = p.id and r.basis like '%' || a.acceptance_no) or not exists (select 1"
            + " from follow_on_duty d where d.application_id = a.id and d.kind = 'BOOKLET_PAGE') or"
            + " (select count(*) from notification n where n.subject_ref = a.acceptance_no) <> 2)");
    none(
        "applications in approval that already changed the register or notified",
        changes,
        "select a.acceptance_no from change_application a join person p on p.id = a.person_id"
            + " where a.status = 'IN_APPROVAL' and p.address like '%故障演练户' and (p.occupation"
            + " <> '农民' or exists (select 1 from follow_on_duty d where d.application_id = a.id)"
            + " or exists (select 1 from notification n where n.subject_ref = a.acceptance_no))");
    long bundles = count("select count(*) from bundle_application");
    none(
        "bundle applications without a task for every item",
        bundles,
        "select a.tracking_no from bundle_application a where (select count(*) from bundle_task t"
            + " where t.application_id = a.id) <> (select count(*) from bundle_item i where"
            + " i.version_id = a.version_id)");
    long disputes =
        count("select count(*) from dispute_case where source_ref like '" + Workload.REF + "%'");
    none(
        "disputes without two parties, with a gap in their rounds, or settled without agreement",
        disputes,
        "select c.case_no from dispute_case c where c.source_ref like '"
            + Workload.REF
            + "%' and"
            + " ((select count(*) from dispute_party p where p.case_id = c.id) < 2 or (select coalesce(max(seq) + 1, 0) - count(*) from"
            + " mediation_round r where r.case_id = c.id) <> 0 or (c.status = 'SETTLED' and"
            + " (c.agreement_content is null or c.settled_at is null)))");
  }

  private Map<String, List<String>> rows(String sql) throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return out;
  }

  private Map<String, Long> counts(String sql) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }
}
